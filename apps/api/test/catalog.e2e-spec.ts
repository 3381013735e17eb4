import { OrganizationKind } from '../src/organizations/organization-kind';
import { Seeder } from '../src/seed/seeder';
import { validateDcat } from './support/shacl';
import { CREATE_SOLUTION, PUBLISH_SOLUTION, solutionInput } from './support/solution-operations';
import { TestApp, type TestUser } from './support/test-app';

const DCT = 'http://purl.org/dc/terms/';
const BRREG = 'https://data.brreg.no/enhetsregisteret/api/enheter/';
const PUBLIC_URL = 'https://lokomotiv.example';

type JsonLdNode = Record<string, unknown> & { '@id': string; '@type'?: string[] };

describe('the DCAT-AP-NO catalogue at /catalog', () => {
  let api: TestApp;
  let owner: TestUser;
  let base: string;
  let organizationNumber: string;
  const ids: Record<string, string> = {};

  const create = async (name: string, input: Record<string, unknown>, publish = true) => {
    const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE_SOLUTION,
      { input: solutionInput(input) },
      owner.token,
    );
    if (publish) await api.gqlOk(PUBLISH_SOLUTION, { id: createSolution.id }, owner.token);
    ids[name] = createSolution.id;
  };

  const get = (accept?: string) =>
    fetch(`${base}/catalog`, { headers: accept ? { accept } : {} }).then(async (response) => ({
      response,
      body: await response.text(),
    }));

  const jsonLdNodes = async () => {
    const { body } = await get('application/ld+json');
    return (JSON.parse(body) as { '@graph': JsonLdNode[] })['@graph'];
  };

  beforeAll(async () => {
    api = await TestApp.start({ PUBLIC_URL, CATALOG_PUBLISHER_ORGANIZATION_NUMBER: '991825827' });
    base = new URL(api.url).origin;
    owner = await api.createMember(OrganizationKind.MUNICIPALITY);
    [{ organization_number: organizationNumber }] = await api.dataSource.query(
      'SELECT organization_number FROM organizations WHERE id = $1',
      [owner.organizationId],
    );
    await create('dataset', {
      title: 'Ledige barnehageplasser "nå"\nper bydel',
      serviceArea: 'oppvekst-og-utdanning',
      kind: 'DATASET',
      datasetFormat: 'CSV, JSON',
      licenseId: 'NLOD-2.0',
      links: [{ label: 'Nedlasting', url: 'https://data.kommune.example/barnehage.csv' }],
      contact: { name: 'Kari Data', email: 'data@kommune.example', phone: '+47 22 00 00 00' },
    });
    await create('api', {
      title: 'Vannmåler-API',
      serviceArea: 'teknikk-vann-og-miljo',
      kind: 'INTEGRATION',
      endpointUrl: 'https://api.kommune.example/vann/v1',
      licenseId: 'MIT',
      contactEmail: 'vann@kommune.example',
    });
    await create('apiWithoutEndpoint', { kind: 'INTEGRATION', licenseId: 'MIT' });
    await create('software', { kind: 'SOFTWARE', licenseId: 'MIT' });
    await create('draftDataset', { kind: 'DATASET', title: 'Utkast' }, false);
  });
  afterAll(() => api.stop());

  it('is Turtle by default and passes the DCAT-AP-NO shapes', async () => {
    const { response, body } = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(response.headers.get('vary')).toMatch(/accept/i);
    const report = await validateDcat(body, 'text/turtle');
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('is JSON-LD when asked for, with the same triples, and passes the shapes too', async () => {
    const turtle = await validateDcat((await get('text/turtle')).body, 'text/turtle');
    const { response, body } = await get('application/ld+json, text/turtle;q=0.5');
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const report = await validateDcat(body, 'application/ld+json');
    expect(report.results).toEqual([]);
    expect(report.triples).toBe(turtle.triples);
  });

  it('lists published datasets and APIs with an endpoint, each with its publisher, licence and theme', async () => {
    const nodes = await jsonLdNodes();
    const node = (id: string) => nodes.find((n) => n['@id'] === id) as JsonLdNode;
    const uri = (name: string) => `${PUBLIC_URL}/losninger/${ids[name]}`;
    const catalog = node(`${PUBLIC_URL}/catalog`);
    expect(catalog['@type']).toEqual(['http://www.w3.org/ns/dcat#Catalog']);
    expect(catalog[`${DCT}publisher`]).toEqual([{ '@id': `${BRREG}991825827` }]);
    expect(catalog['http://www.w3.org/ns/dcat#dataset']).toEqual([{ '@id': uri('dataset') }]);
    expect(catalog['http://www.w3.org/ns/dcat#service']).toEqual([{ '@id': uri('api') }]);
    for (const left of ['apiWithoutEndpoint', 'software', 'draftDataset'])
      expect(node(uri(left))).toBeUndefined();

    const dataset = node(uri('dataset'));
    expect(dataset[`${DCT}title`]).toEqual([
      { '@value': 'Ledige barnehageplasser "nå"\nper bydel', '@language': 'nb' },
    ]);
    expect(dataset[`${DCT}publisher`]).toEqual([{ '@id': `${BRREG}${organizationNumber}` }]);
    expect(dataset['http://www.w3.org/ns/dcat#theme']).toEqual([
      { '@id': 'http://publications.europa.eu/resource/authority/data-theme/EDUC' },
    ]);
    const distribution = node(`${uri('dataset')}#distribusjon`);
    expect(distribution[`${DCT}license`]).toEqual([
      { '@id': 'http://publications.europa.eu/resource/authority/licence/NLOD_2_0' },
    ]);
    expect(node(`${uri('dataset')}#kontaktpunkt`)['http://www.w3.org/2006/vcard/ns#hasEmail']).toEqual([
      { '@id': 'mailto:data@kommune.example' },
    ]);
    const service = node(uri('api'));
    expect(service['http://www.w3.org/ns/dcat#endpointURL']).toEqual([
      { '@id': 'https://api.kommune.example/vann/v1' },
    ]);
    expect(service[`${DCT}license`]).toEqual([
      { '@id': 'http://publications.europa.eu/resource/authority/licence/MIT' },
    ]);
    expect(
      node('http://publications.europa.eu/resource/authority/licence/MIT')[
        'http://www.w3.org/2004/02/skos/core#inScheme'
      ],
    ).toEqual([{ '@id': 'http://publications.europa.eu/resource/authority/licence' }]);
  });

  it('fails the shapes when a dataset lacks its title or a concept its scheme', async () => {
    const nodes = await jsonLdNodes();
    const dataset = nodes.find((n) => n['@id'].endsWith(ids.dataset)) as JsonLdNode;
    delete dataset[`${DCT}title`];
    const nlod = nodes.find((n) => n['@id'].endsWith('/licence/NLOD_2_0')) as JsonLdNode;
    delete nlod['http://www.w3.org/2004/02/skos/core#inScheme'];
    const report = await validateDcat(JSON.stringify({ '@graph': nodes }), 'application/ld+json');
    expect(report.conforms).toBe(false);
    expect(
      report.results.filter((r) => r.severity === 'Violation').map((r) => [r.focusNode, r.path]),
    ).toEqual(
      expect.arrayContaining([
        [dataset['@id'], `${DCT}title`],
        [`${dataset['@id']}#distribusjon`, `${DCT}license`],
      ]),
    );
  });

  it('holds the demo data’s dataset and APIs, and still passes the shapes', async () => {
    await api.app.get(Seeder).seedDemo();
    const nodes = await jsonLdNodes();
    const titled = (type: string) =>
      nodes
        .filter((n) => n['@type']?.includes(`http://www.w3.org/ns/dcat#${type}`))
        .map((n) => (n[`${DCT}title`] as { '@value': string }[])[0]['@value']);
    expect(titled('Dataset')).toContain('Åpne data om ledige barnehageplasser');
    expect(titled('DataService')).toEqual(
      expect.arrayContaining([
        'Sensorbasert vannmåling og lekkasjevarsling',
        'Beredskapsvarsling til innbyggere på SMS',
      ]),
    );
    const report = await validateDcat((await get()).body, 'text/turtle');
    expect(report.results).toEqual([]);
  });
});
