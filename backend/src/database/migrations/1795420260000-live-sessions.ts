import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

/** Trainer-paced live sessions: what is on screen, who attended, and the room's answers. */
export class LiveSessions1795420260000 implements MigrationInterface {
  name = 'LiveSessions1795420260000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType(queryRunner);
    const text = (name: string, length: number, isNullable = false) => ({ name, type: 'varchar', length: String(length), isNullable });
    const cascade = (column: string, table: string) =>
      new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'CASCADE' });
    await queryRunner.createTable(
      new Table({
        name: 'live_sessions',
        columns: [
          { ...text('id', 36), isPrimary: true }, text('group_id', 36), { name: 'step', type: 'text', isNullable: true },
          { name: 'revealed', type: 'boolean' }, { name: 'started_at', type: ts }, { name: 'ended_at', type: ts, isNullable: true },
        ],
        foreignKeys: [cascade('group_id', 'groups')],
        indices: [new TableIndex({ columnNames: ['group_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'live_attendance',
        columns: [
          { ...text('session_id', 36), isPrimary: true }, { ...text('membership_id', 36), isPrimary: true },
          { name: 'joined_at', type: ts },
        ],
        foreignKeys: [cascade('session_id', 'live_sessions'), cascade('membership_id', 'memberships')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'live_answers',
        columns: [
          { ...text('id', 36), isPrimary: true }, text('session_id', 36), text('membership_id', 36), text('step_key', 400),
          { name: 'option_ids', type: 'text' }, { name: 'answered_at', type: ts },
        ],
        foreignKeys: [cascade('session_id', 'live_sessions'), cascade('membership_id', 'memberships')],
        indices: [
          new TableIndex({ columnNames: ['session_id', 'step_key'] }),
          new TableIndex({ columnNames: ['session_id', 'membership_id', 'step_key'], isUnique: true }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('live_answers');
    await queryRunner.dropTable('live_attendance');
    await queryRunner.dropTable('live_sessions');
  }
}
