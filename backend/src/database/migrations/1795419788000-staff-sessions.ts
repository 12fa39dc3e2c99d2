import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

/** Signed-in staff: one row per browser session, holding only the SHA-256 of the cookie's token. */
export class StaffSessions1795419788000 implements MigrationInterface {
  name = 'StaffSessions1795419788000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'staff_sessions',
        columns: [
          { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'account_id', type: 'varchar', length: '36' },
          { name: 'created_at', type: ts },
          { name: 'expires_at', type: ts },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['account_id'], referencedTableName: 'staff_accounts', referencedColumnNames: ['id'], onDelete: 'CASCADE',
          }),
        ],
        indices: [new TableIndex({ columnNames: ['account_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('staff_sessions');
  }
}
