import { parse } from 'csv-parse/sync';
import { outboxDrained } from './support/search-helpers';
import { CREATE_SOLUTION, PUBLISH_SOLUTION, solutionInput } from './support/solution-operations';
import { TestApp, type TestUser } from './support/test-app';

const HOSTILE_TITLES = [
  '=HYPERLINK("https://evil.example","Klikk")',
  '+47 Kåfjord-løsning',
  '-1+2 Ærlig',
  '@SUM(A1) Øvre',
];

describe('GET /sok.csv', () => {
  let api: TestApp;
  let owner: TestUser;
  let base: string;

  const create = async (input: Record<string, unknown>) => {
    const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE_SOLUTION,
      { input: solutionInput(input) },
      owner.token,
    );
    await api.gqlOk(PUBLISH_SOLUTION, { id: createSolution.id }, owner.token);
    return createSolution.id;
  };

  const download = async (query: string) => {
    const response = await fetch(`${base}/sok.csv?${query}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    return { response, bytes, text: bytes.toString('utf8') };
  };

  const rows = (text: string): string[][] => parse(text, { delimiter: ';', bom: true, relax_quotes: false });

  beforeAll(async () => {
    api = await TestApp.start({ PUBLIC_URL: 'https://lokomotiv.example' });
    base = new URL(api.url).origin;
    owner = await api.createMember();
    for (const title of HOSTILE_TITLES) await create({ title, tags: ['regnearkprøve'] });
    await create({
      title: 'Datasett med "anførsel"; og semikolon',
      tags: ['regnearkprøve'],
      kind: 'DATASET',
      summary: 'Linje én\nlinje to',
    });
    await outboxDrained(api);
  });
  afterAll(() => api.stop());

  it('is UTF-8 with a byte order mark, semicolon separated, one row per hit under a header', async () => {
    const { response, bytes, text } = await download('q=regnearkprøve');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.csv"$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...body] = rows(text);
    expect(header.slice(0, 4)).toEqual(['Type', 'Tittel', 'Sammendrag', 'Eier']);
    expect(body).toHaveLength(HOSTILE_TITLES.length + 1);
    const dataset = body.find((row) => row[1].startsWith('Datasett'));
    expect(dataset?.slice(1, 3)).toEqual(['Datasett med "anførsel"; og semikolon', 'Linje én\nlinje to']);
    expect(dataset?.at(-1)).toMatch(/^https:\/\/lokomotiv\.example\/losninger\/[0-9a-f-]{36}$/);
  });

  it('neutralises cells a spreadsheet would run as a formula with a leading apostrophe', async () => {
    const titles = rows((await download('q=regnearkprøve')).text).map((row) => row[1]);
    for (const title of HOSTILE_TITLES) expect(titles).toContain(`'${title}`);
    expect(titles.filter((title) => /^[=+\-@\t\r]/.test(title))).toEqual([]);
  });

  it('takes the search page’s filters, leaving out values it does not know', async () => {
    const datasets = rows((await download('q=regnearkprøve&losningstype=DATASET&losningstype=NOPE')).text);
    expect(datasets.slice(1).map((row) => row[5])).toEqual(['DATASET']);
    const none = rows((await download('q=regnearkprøve&type=NEED')).text);
    expect(none).toHaveLength(1);
  });

  it('keeps the search page’s order', async () => {
    const titles = async (sort: string) =>
      rows((await download(`q=regnearkprøve&sortering=${sort}`)).text)
        .slice(1)
        .map((row) => row[1]);
    const newest = await titles('nyeste');
    expect(newest[0]).toBe('Datasett med "anførsel"; og semikolon');
    expect(newest.slice(1)).toEqual(HOSTILE_TITLES.map((title) => `'${title}`).reverse());
  });

  it('refuses a filter value the search refuses, with 400', async () => {
    const { response } = await download('org=not-a-uuid');
    expect(response.status).toBe(400);
  });
});
