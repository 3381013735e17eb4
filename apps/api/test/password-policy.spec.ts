import { DEMO_PASSWORD } from '../src/seed/demo-accounts';
import { isCommonPassword, validatePassword } from '../src/users/password-policy';

const reasonFor = (password: string) => {
  try {
    validatePassword('password', password);
    return 'ACCEPTED';
  } catch (error) {
    return (error as { reason: string }).reason;
  }
};

describe('password policy', () => {
  it.each([
    ['1234567890', 'TOO_SHORT'],
    ['password12', 'TOO_SHORT'],
    [' '.repeat(10), 'TOO_SHORT'],
    ['elevenchars', 'TOO_SHORT'],
    [' '.repeat(12), 'PASSWORD_TOO_REPETITIVE'],
    ['abababababab', 'PASSWORD_TOO_REPETITIVE'],
    ['123412341234', 'PASSWORD_TOO_REPETITIVE'],
    ['123456789012', 'PASSWORD_TOO_COMMON'],
    ['qwerty123456', 'PASSWORD_TOO_COMMON'],
    ['password1234', 'PASSWORD_TOO_COMMON'],
    ['Password1234!', 'PASSWORD_TOO_COMMON'],
    ['Iloveyou2024!', 'PASSWORD_TOO_COMMON'],
    ['!!Sunshine2025', 'PASSWORD_TOO_COMMON'],
  ])('refuses %j (%s)', (password, reason) => {
    expect(reasonFor(password)).toBe(reason);
  });

  it('refuses more than 1000 characters', () => {
    expect(reasonFor('correct-horse-'.repeat(72))).toBe('TOO_LONG');
  });

  it.each([
    DEMO_PASSWORD,
    'correct-horse-battery',
    'a-long-enough-password',
    'blåbærsyltetøy',
    'kommune-2024-bergen',
    'Tr0ndheim-kaffe',
  ])('accepts %j', (password) => {
    expect(reasonFor(password)).toBe('ACCEPTED');
  });

  it('names the field and never trims what was typed', () => {
    expect(() => validatePassword('newPassword', '  short  ')).toThrow(
      expect.objectContaining({ field: 'newPassword', reason: 'TOO_SHORT' }),
    );
    expect(reasonFor(' correct-horse ')).toBe('ACCEPTED');
  });

  it('reads the whole shipped list: its first and last password, and one that begins with #', () => {
    expect(isCommonPassword('123456')).toBe(true);
    expect(isCommonPassword('xpcrew')).toBe(true);
    expect(isCommonPassword('#name?')).toBe(true);
    expect(isCommonPassword('lokomotiv-demo')).toBe(false);
  });
});
