/** True when a database error is PostgreSQL's unique_violation (optionally on one constraint or index). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pgError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError ?? error;
  const { code, constraint: violated } = pgError as { code?: string; constraint?: string };
  return code === '23505' && (constraint === undefined || violated === constraint);
}
