import { DomainError } from '../common/domain-error';
import { cpvChildren, cpvEntry, cpvProblem, cpvStem, searchCpv, validateCpvCodes } from './cpv';

describe('CPV codes', () => {
  it.each(['72000000-5', '48000000-8', '03000000-1', '85000000-9', '72212000-4'])(
    'accepts the official code %s',
    (code) => expect(cpvProblem(code)).toBeNull(),
  );

  it.each([
    ['72000000-4', 'WRONG_CHECK_DIGIT'],
    ['48000000-0', 'WRONG_CHECK_DIGIT'],
    ['72000001-5', 'UNKNOWN_CODE'],
    ['99999999-9', 'UNKNOWN_CODE'],
    ['72000000', 'MALFORMED'],
    ['7200000-5', 'MALFORMED'],
    ['72000000-55', 'MALFORMED'],
    ['IT-tjenester', 'MALFORMED'],
    ['', 'MALFORMED'],
  ])('reports %s as %s', (code, problem) => expect(cpvProblem(code)).toBe(problem));

  it('gives the Norwegian and English labels and the division', () => {
    expect(cpvEntry('72000000-5')).toEqual({
      code: '72000000-5',
      division: '72',
      labelNb: 'Datatjenester: rådgivning, programvareutvikling, internett og systemstøtte',
      labelEn: 'IT services: consulting, software development, Internet and support',
    });
    expect(cpvEntry('72000000-4')).toBeNull();
  });

  it('validates a list: trims, removes repeats, and names the field in the error', () => {
    expect(validateCpvCodes('cpvCodes', [' 72000000-5', '72000000-5', '48000000-8'])).toEqual([
      '72000000-5',
      '48000000-8',
    ]);
    for (const bad of [[], ['72000000-4'], ['72000000']]) {
      try {
        validateCpvCodes('cpvCodes', bad);
        throw new Error('expected a DomainError');
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).field).toBe('cpvCodes');
      }
    }
  });

  it('finds codes by number prefix and by words of either label', () => {
    expect(searchCpv('722', 3).map((e) => e.code)).toEqual(['72200000-7', '72210000-0', '72211000-7']);
    expect(searchCpv('programvare', 50).some((e) => e.code === '48000000-8')).toBe(true);
    expect(searchCpv('software package', 10).map((e) => e.code)).toContain('48000000-8');
    expect(searchCpv('', 4)).toHaveLength(4);
  });
});

describe('the CPV tree', () => {
  it.each([
    ['72000000-5', '72'],
    ['30000000-9', '30'],
    ['03000000-1', '03'],
    ['72200000-7', '722'],
    ['72212000-4', '72212'],
  ])('the stem of %s is %s', (code, stem) => expect(cpvStem(code)).toBe(stem));

  it('has the 45 divisions at the top, their groups below, and the groups’ classes below those', () => {
    const divisions = cpvChildren(null);
    expect(divisions).toHaveLength(45);
    expect(divisions.every((d) => /^\d{2}000000-\d$/.test(d.code))).toBe(true);
    const groups = cpvChildren('72000000-5').map((g) => g.code);
    expect(groups).toContain('72200000-7');
    expect(groups.every((code) => /^72[1-9]00000-\d$/.test(code))).toBe(true);
    const classes = cpvChildren('72200000-7').map((c) => c.code);
    expect(classes).toContain('72210000-0');
    expect(classes.every((code) => /^722[1-9]0000-\d$/.test(code))).toBe(true);
  });

  it('refuses a parent that is not a valid code, naming the field', () => {
    expect(() => cpvChildren('72000000-4')).toThrow(
      expect.objectContaining({ reason: 'INVALID_CPV_CHECK_DIGIT', field: 'parent' }),
    );
  });
});
