import type { QueryRunner } from 'typeorm';

/** The few column types whose names differ between SQLite and PostgreSQL, for migrations. */
export function timestampType(queryRunner: QueryRunner): string {
  return queryRunner.connection.driver.options.type === 'postgres' ? 'timestamp' : 'datetime';
}
