import { DomainError } from '../common/domain-error';
import { cpvEntry, cpvProblem, searchCpv, validateCpvCodes } from './cpv';

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
