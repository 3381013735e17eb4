import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes UTF-8 with a BOM, semicolons, decimal commas and CRLF, quoting only what needs it', () => {
    expect(
      toCsv([
        ['Kommune', 'Kroner'],
        ['Bodø', 1250.5],
        ['Nes; "Akershus"', 3],
        [' Ås', 0],
      ]),
    ).toBe('\uFEFFKommune;Kroner\r\nBodø;1250,5\r\n"Nes; ""Akershus""";3\r\n" Ås";0\r\n');
  });
});
