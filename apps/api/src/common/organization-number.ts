const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** A Norwegian organisasjonsnummer: 9 digits, the last a mod-11 check digit over the first 8. */
export function isValidOrganizationNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(value[8]);
}
