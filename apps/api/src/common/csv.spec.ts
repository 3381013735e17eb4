import { csvCell, toCsv } from './csv';

describe('CSV for spreadsheets', () => {
  it('puts an apostrophe before every cell that starts like a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}1+1`).replace(/^"|"$/g, '')).toBe(`'${start}1+1`);
    expect(csvCell('1+1=2')).toBe('1+1=2');
    expect(csvCell(-5)).toBe("'-5");
  });

  it('quotes cells with a separator, quote or line break, and starts with a byte order mark', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('si "hei"')).toBe('"si ""hei"""');
    expect(
      toCsv([
        ['æ', null],
        ['ø\nå', 2],
      ]),
    ).toBe('\uFEFFæ;\r\n"ø\nå";2\r\n');
  });
});
