import { Table, TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

/**
 * Admins invite staff: a one-time link whose token is kept only as its SHA-256, valid 7 days,
 * revocable. Staff accounts can be deactivated (kept for the groups they ran) and show their last sign-in.
 */
export class StaffInvitations1795430000000 implements MigrationInterface {
  name = 'StaffInvitations1795430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType(queryRunner);
    await queryRunner.addColumns('staff_accounts', [
      new TableColumn({ name: 'active', type: 'boolean', default: true }),
      new TableColumn({ name: 'last_sign_in_at', type: ts, isNullable: true }),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'staff_invitations',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'role', type: 'varchar', length: '20' },
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'invited_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: ts },
          { name: 'expires_at', type: ts },
          { name: 'accepted_at', type: ts, isNullable: true },
          { name: 'revoked_at', type: ts, isNullable: true },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['invited_by'], referencedTableName: 'staff_accounts', referencedColumnNames: ['id'], onDelete: 'SET NULL',
          }),
        ],
        indices: [new TableIndex({ columnNames: ['email'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('staff_invitations');
    await queryRunner.dropColumn('staff_accounts', 'last_sign_in_at');
    await queryRunner.dropColumn('staff_accounts', 'active');
  }
}
