/** A write refused by a unique index, on SQLite ("UNIQUE constraint failed") or PostgreSQL (code 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT' || /UNIQUE constraint failed|duplicate key/i.test(String(error));
}
