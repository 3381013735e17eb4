import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../common/domain-error';
import { MAX_PUBLICCODE_BYTES, validatePubliccode } from './publiccode-validator';

const MINIMAL = readFileSync(
  join(__dirname, '../../test/fixtures/publiccode/valid/valid.minimal.yml'),
  'utf8',
);
const errorsOf = (text: string) =>
  validatePubliccode(text).problems.filter((problem) => problem.severity === 'ERROR');

describe('validatePubliccode', () => {
  it('accepts the minimal file and returns its data', () => {
    const { problems, data } = validatePubliccode(MINIMAL);
    expect(problems).toEqual([]);
    expect(data).toMatchObject({ name: 'Medusa', legal: { license: 'AGPL-3.0-or-later' } });
  });

  it('reads YAML 1.2: "yes" in a boolean field is a string, so the wrong type', () => {
    expect(errorsOf(MINIMAL.replace('localisationReady: true', 'localisationReady: yes'))).toEqual([
      expect.objectContaining({
        key: 'localisation.localisationReady',
        message: 'wrong type for this field',
      }),
    ]);
  });

  it('wants the version as a quoted string and refuses "1" and "0.6"', () => {
    for (const version of ['0', '"1"', '"0.6"'])
      expect(
        errorsOf(MINIMAL.replace('publiccodeYmlVersion: "0"', `publiccodeYmlVersion: ${version}`)),
      ).toEqual([expect.objectContaining({ key: 'publiccodeYmlVersion', line: 1, column: 1 })]);
  });

  it('warns of an older version and reads the file all the same', () => {
    const { problems, data } = validatePubliccode(MINIMAL.replace('"0"', '"0.3"'));
    expect(problems).toEqual([expect.objectContaining({ severity: 'WARNING', key: 'publiccodeYmlVersion' })]);
    expect(data).not.toBeNull();
  });

  it('wants contractors, with until, only when maintenance is contract', () => {
    const contract = MINIMAL.replace('type: "community"', 'type: "contract"');
    expect(errorsOf(contract).map((p) => p.key)).toEqual(['maintenance.contractors']);
    const withContractor = contract.replace(
      '  contacts:',
      '  contractors:\n    - name: Firma AS\n      until: "2027-02-30"\n  contacts:',
    );
    expect(errorsOf(withContractor).map((p) => p.key)).toEqual(['maintenance.contractors[0].until']);
  });

  it('refuses a second document', () => {
    expect(errorsOf(`${MINIMAL}\n---\nname: other\n`)).toEqual([
      expect.objectContaining({ key: '', message: 'A publiccode.yml holds exactly one YAML document' }),
    ]);
  });

  it('refuses a file over the size limit with a reason naming the field', () => {
    const huge = `${MINIMAL}\n# ${'x'.repeat(MAX_PUBLICCODE_BYTES)}\n`;
    expect(() => validatePubliccode(huge)).toThrow(
      expect.objectContaining({ reason: 'PUBLICCODE_TOO_LARGE', field: 'yaml' }) as unknown as DomainError,
    );
  });

  it('answers a billion-laughs alias bomb with problems instead of expanding it', () => {
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const name of 'bcdefghi') {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1);
      laughs.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const bomb = MINIMAL.replace('platforms:\n  - web', `${laughs.join('\n')}\nplatforms: *i`);
    const { problems, data } = validatePubliccode(bomb);
    expect(data).toBeNull();
    expect(problems.length).toBeLessThan(100);
    expect(problems).toContainEqual(expect.objectContaining({ key: 'a', message: 'unknown field "a"' }));
  });

  it('answers anchors repeated past the limit of a valid-looking file', () => {
    const repeated = MINIMAL.replace(
      'platforms:\n  - web',
      `platforms: [&p web, ${Array(150).fill('*p').join(', ')}]`,
    );
    const { problems, data } = validatePubliccode(repeated);
    expect(data).toBeNull();
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'ERROR', key: '' }));
  });

  it('survives deep nesting', () => {
    const deep = MINIMAL.replace(
      'platforms:\n  - web',
      `platforms: ${'['.repeat(50_000)}${']'.repeat(50_000)}`,
    );
    expect(errorsOf(deep).length).toBeGreaterThan(0);
  });

  it('counts lengths in grapheme clusters', () => {
    const short = `${'👍🏽'.repeat(150)}`;
    const text = MINIMAL.replace(/shortDescription: >\n.*\n.*\n/, `shortDescription: "${short}"\n`);
    expect(errorsOf(text)).toEqual([]);
    expect(errorsOf(text.replace(short, `${short}!`)).map((p) => p.key)).toEqual([
      'description.en-GB.shortDescription',
    ]);
  });
});
