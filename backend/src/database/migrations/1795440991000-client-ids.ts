import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Writes a client may resend (retry, reconnect, offline queue) carry a client-generated id, stored once per owner. */
const RESENDABLE = [
  { table: 'scenario_runs', owner: 'learner_id' },
  { table: 'scenario_choices', owner: 'run_id' },
  { table: 'groups', owner: 'trainer_id' },
  { table: 'live_sessions', owner: 'group_id' },
] as const;

export class ClientIds1795440991000 implements MigrationInterface {
  name = 'ClientIds1795440991000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, owner } of RESENDABLE) {
      // Plain ADD COLUMN (same SQL on SQLite and PostgreSQL): TypeORM's addColumn would copy the whole table on SQLite.
      await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "client_id" varchar(64)`);
      // NULLs never collide, so writes without a client id are unaffected.
      await queryRunner.createIndex(table, new TableIndex({ name: `uq_${table}_client_id`, columnNames: [owner, 'client_id'], isUnique: true }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of [...RESENDABLE].reverse()) {
      await queryRunner.dropIndex(table, `uq_${table}_client_id`);
      await queryRunner.dropColumn(table, 'client_id');
    }
  }
}
