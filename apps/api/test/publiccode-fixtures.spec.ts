import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePubliccode, validatePubliccodeBytes } from '../src/publiccode/publiccode-validator';

const DIR = join(__dirname, 'fixtures/publiccode');
interface Verdict {
  valid: boolean;
  errorKeys: string[];
  warningKeys?: string[];
}
const { fixtures } = JSON.parse(readFileSync(join(DIR, 'verdicts.json'), 'utf8')) as {
  fixtures: Record<string, Verdict>;
};

describe('publiccode.yml fixtures get the official parser’s verdict', () => {
  it.each(Object.entries(fixtures))('%s', (file, expected) => {
    const { problems, data } = validatePubliccodeBytes(readFileSync(join(DIR, file)));
    const errors = problems.filter((p) => p.severity === 'ERROR');
    expect({ valid: errors.length === 0, errorKeys: [...new Set(errors.map((p) => p.key))].sort() }).toEqual({
      valid: expected.valid,
      errorKeys: [...expected.errorKeys].sort(),
    });
    expect(data === null).toBe(!expected.valid);
    if (expected.warningKeys)
      expect(problems.filter((p) => p.severity === 'WARNING').map((p) => p.key)).toEqual(
        expect.arrayContaining(expected.warningKeys),
      );
    for (const problem of errors.filter((p) => p.key !== ''))
      expect(problem.line).toEqual(expect.any(Number));
  });
});

describe('problems stand where the parser puts them', () => {
  const AT: [string, string, number, number][] = [
    ['invalid/developmentStatus_invalid.yml', 'developmentStatus', 16, 1],
    ['invalid/unknown_field.yml', 'foobar', 10, 1],
    ['invalid/legal_license_invalid.yml', 'legal.license', 42, 3],
    ['invalid/maintenance_contacts_email_invalid.yml', 'maintenance.contacts[0].email', 49, 9],
    ['invalid/intendedAudience_countries_invalid_country.yml', 'intendedAudience.countries[2]', 22, 7],
    [
      'invalid/description_en_longDescription_too_short_grapheme_clusters.yml',
      'description.en.longDescription',
      28,
      5,
    ],
    ['invalid/maintenance_contractors_when_type_is_community.yml', 'maintenance.contractors', 46, 3],
  ];
  it.each(AT)('%s: %s at %i:%i', (file, key, line, column) => {
    const { problems } = validatePubliccode(readFileSync(join(DIR, file), 'utf8'));
    expect(problems.find((p) => p.key === key)).toMatchObject({ severity: 'ERROR', line, column });
  });
});
