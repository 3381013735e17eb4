import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OrganizationKind } from '../src/organizations/organization-kind';
import { validatePubliccode } from '../src/publiccode/publiccode-validator';
import { ADOPT, CREATE_SOLUTION, PUBLISH_SOLUTION, solutionInput } from './support/solution-operations';
import { errorCode, errorReason, TestApp, type TestUser } from './support/test-app';

const DIR = join(__dirname, 'fixtures/publiccode');
const fixture = (file: string) => readFileSync(join(DIR, file), 'utf8');
const VALID_FIXTURES = ['valid', 'valid_with_warnings', 'real'].flatMap((folder) =>
  readdirSync(join(DIR, folder)).map((file) => `${folder}/${file}`),
);

const PROBLEM = 'severity key message line column';
const VALIDATE = `query ($yaml: String!) { validatePubliccode(yaml: $yaml) { ${PROBLEM} } }`;
const SOLUTION_FIELDS = `id status title summary description serviceArea tags licenseId kind maturity
  contact { name email phone } links { label url } declaredUsers reuseCount owner { id }`;
const IMPORT = `mutation ($yaml: String!) {
  importPubliccode(yaml: $yaml) { solution { ${SOLUTION_FIELDS} } problems { ${PROBLEM} } }
}`;
const EXPORT = 'query ($id: ID!) { solution(id: $id) { id publiccodeYml publiccodeMissing } }';

interface Problem {
  severity: string;
  key: string;
  message: string;
  line: number | null;
}
interface ImportedSolution {
  id: string;
  status: string;
  declaredUsers: string[];
  [field: string]: unknown;
}
interface ImportResult {
  importPubliccode: { solution: ImportedSolution | null; problems: Problem[] };
}

describe('publiccode.yml through the API', () => {
  let api: TestApp;
  let member: TestUser;
  let stranger: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    member = await api.createMember();
    stranger = await api.createMember();
  });
  afterAll(() => api.stop());

  const importFile = async (yaml: string, user = member) =>
    (await api.gqlOk<ImportResult>(IMPORT, { yaml }, user.token)).importPubliccode;
  const exported = async (id: string, user?: TestUser) =>
    (
      await api.gqlOk<{ solution: { publiccodeYml: string | null; publiccodeMissing: string[] } | null }>(
        EXPORT,
        { id },
        user?.token,
      )
    ).solution;
  const download = (id: string, token?: string) =>
    fetch(api.url.replace('/graphql', `/losninger/${id}/publiccode.yml`), {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  describe('validatePubliccode', () => {
    it('names the offending key and its line, for anyone', async () => {
      const { validatePubliccode: problems } = await api.gqlOk<{ validatePubliccode: Problem[] }>(VALIDATE, {
        yaml: fixture('invalid/developmentStatus_invalid.yml'),
      });
      expect(problems).toEqual([
        expect.objectContaining({ severity: 'ERROR', key: 'developmentStatus', line: 16, column: 1 }),
      ]);
    });

    it('finds nothing wrong with a valid file', async () => {
      const { validatePubliccode: problems } = await api.gqlOk<{ validatePubliccode: Problem[] }>(VALIDATE, {
        yaml: fixture('valid/valid.minimal.yml'),
      });
      expect(problems).toEqual([]);
    });

    it('refuses a file that is too large with a reason naming the field', async () => {
      const result = await api.gql(VALIDATE, { yaml: `# ${'x'.repeat(300 * 1024)}\n` });
      expect([errorCode(result), errorReason(result), result.errors?.[0]?.extensions?.field]).toEqual([
        'BAD_USER_INPUT',
        'PUBLICCODE_TOO_LARGE',
        'yaml',
      ]);
    });

    it('answers an alias bomb and deep nesting with problems, and keeps answering', async () => {
      const laughs = ['a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]'];
      for (const name of 'bcdefgh')
        laughs.push(
          `${name}: &${name} [${Array(9)
            .fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`)
            .join(',')}]`,
        );
      for (const yaml of [
        `${laughs.join('\n')}\nusedBy: *h\n`,
        `name: ${'['.repeat(40_000)}${']'.repeat(40_000)}\n`,
      ]) {
        const result = await api.gql<{ validatePubliccode: Problem[] }>(VALIDATE, { yaml });
        expect(result.errors).toBeUndefined();
        expect(result.data?.validatePubliccode.some((problem) => problem.severity === 'ERROR')).toBe(true);
      }
      const after = await api.gqlOk<{ validatePubliccode: Problem[] }>(VALIDATE, {
        yaml: fixture('valid/valid.minimal.yml'),
      });
      expect(after.validatePubliccode).toEqual([]);
    });

    it('checks that URLs answer only for a signed-in caller', async () => {
      const result = await api.gql(
        'query ($yaml: String!) { validatePubliccode(yaml: $yaml, checkUrls: true) { key } }',
        {
          yaml: fixture('valid/valid.minimal.yml'),
        },
      );
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
    });
  });

  describe('importPubliccode', () => {
    it('needs a signed-in caller', async () => {
      expect(errorCode(await api.gql(IMPORT, { yaml: fixture('valid/valid.minimal.yml') }))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('creates nothing when a problem is an ERROR, and says which key', async () => {
      const before = await api.count('solutions');
      const result = await importFile(fixture('invalid/maintenance_contacts_email_invalid.yml'));
      expect(result.solution).toBeNull();
      expect(result.problems).toContainEqual(
        expect.objectContaining({ severity: 'ERROR', key: 'maintenance.contacts[0].email', line: 49 }),
      );
      expect(await api.count('solutions')).toBe(before);
    });

    it('creates a DRAFT of the caller’s organisation, keeping usedBy as declared, not as adoptions', async () => {
      const { solution, problems } = await importFile(fixture('valid/valid.yml'));
      expect(problems.filter((problem) => problem.severity === 'ERROR')).toEqual([]);
      expect(solution).toMatchObject({
        status: 'DRAFT',
        owner: { id: member.organizationId },
        title: 'Medusa',
        summary: 'A really interesting software.',
        licenseId: 'AGPL-3.0-or-later',
        kind: 'SOFTWARE',
        maturity: 'PILOT',
        tags: [
          'Very important feature',
          'Will run without a problem',
          'Has zero bugs',
          'Solves all the problems of the world',
        ],
        contact: { name: 'Francesco Rossi', email: 'francesco.rossi@example.org', phone: '+39 231 13215112' },
        declaredUsers: ['Comune di Firenze', 'Comune di Roma'],
        reuseCount: 0,
      });
      expect(solution?.links).toEqual(
        expect.arrayContaining([
          { label: 'Kildekode', url: 'https://github.com/italia/developers.italia.it.git' },
          { label: 'Nettside', url: 'https://developers.italia.it/' },
          { label: 'Dokumentasjon', url: 'https://docs.italia.it/' },
        ]),
      );
      expect(await api.count('adoptions', 'solution_id = $1', [solution?.id])).toBe(0);
    });

    it('prefers a Norwegian description and keeps the others', async () => {
      const bilingual = fixture('valid/valid.minimal.yml').replace(
        'description:\n',
        `description:\n  nb:\n    shortDescription: Et kort sammendrag\n    longDescription: "${'Lang beskrivelse på norsk. '.repeat(8)}"\n    features:\n      - Én funksjon\n`,
      );
      const { solution } = await importFile(bilingual);
      expect(solution?.summary).toBe('Et kort sammendrag');
      expect(solution?.description).toMatch(/^Lang beskrivelse på norsk\./);
      expect(solution?.description).toContain('(en-GB)');
      expect(solution?.description).toContain('A rather short description');
    });
  });

  describe('Solution.publiccodeYml and GET /losninger/<id>/publiccode.yml', () => {
    it('gives a file the validator accepts, with counting adopters and declared users in usedBy', async () => {
      const { solution } = await importFile(fixture('valid/valid.yml'));
      const id = solution?.id as string;
      const adopter = await api.createUser(
        await api.createOrganization(OrganizationKind.MUNICIPALITY, `Bodø kommune ${process.pid}`),
      );
      await api.gqlOk(PUBLISH_SOLUTION, { id }, member.token);
      await api.gqlOk(ADOPT, { solutionId: id, stage: 'IN_USE' }, adopter.token);
      const yaml = (await exported(id))?.publiccodeYml as string;
      const { problems, data } = validatePubliccode(yaml);
      expect(problems.filter((problem) => problem.severity === 'ERROR')).toEqual([]);
      expect(data?.publiccodeYmlVersion).toBe('0');
      expect(data?.usedBy).toEqual([`Bodø kommune ${process.pid}`, 'Comune di Firenze', 'Comune di Roma']);
      const response = await download(id);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/yaml/);
      expect(await response.text()).toBe(yaml);
    });

    it('shows a draft’s file to its owner only', async () => {
      const { solution } = await importFile(fixture('valid/valid.minimal.yml'));
      const id = solution?.id as string;
      expect((await exported(id, member))?.publiccodeYml).toMatch(/^publiccodeYmlVersion: "0"/);
      expect(await exported(id, stranger)).toBeNull();
      expect((await download(id)).status).toBe(404);
      expect((await download(id, stranger.token)).status).toBe(404);
      expect((await download(id, member.token)).status).toBe(200);
    });

    it('exports nothing for a solution that lacks what the standard requires, and says what', async () => {
      const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
        CREATE_SOLUTION,
        { input: solutionInput({ summary: 'x'.repeat(151) }) },
        member.token,
      );
      expect(await exported(createSolution.id, member)).toEqual({
        id: createSolution.id,
        publiccodeYml: null,
        publiccodeMissing: ['SOURCE_CODE_URL', 'LICENSE', 'SUMMARY_AT_MOST_150', 'DESCRIPTION_150_TO_10000'],
      });
      expect((await download(createSolution.id, member.token)).status).toBe(404);
    });
  });

  describe('import → export → import gives the same solution', () => {
    const comparable = ({ id, status, ...fields }: ImportedSolution) => fields;
    it.each(VALID_FIXTURES)('%s', async (file) => {
      const first = (await importFile(fixture(file))).solution as ImportedSolution;
      expect(first).not.toBeNull();
      const yaml = (await exported(first.id, member))?.publiccodeYml as string;
      expect(validatePubliccode(yaml).problems.filter((problem) => problem.severity === 'ERROR')).toEqual([]);
      const second = (await importFile(yaml)).solution as ImportedSolution;
      expect(comparable(second)).toEqual(comparable(first));
    });
  });
});
