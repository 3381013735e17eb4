import { isValidOrganizationNumber } from './organization-number';

describe('isValidOrganizationNumber', () => {
  it.each(['958935420', '964338531', '974760673'])('accepts the real number %s', (n) => {
    expect(isValidOrganizationNumber(n)).toBe(true);
  });

  it.each(['958935421', '95893542', '9589354200', '95893542a', '', '123456789'])('rejects %p', (n) => {
    expect(isValidOrganizationNumber(n)).toBe(false);
  });
});
