import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

/** Trainers' groups and the anonymous learners who joined them with a code. */
export class Groups1795420071000 implements MigrationInterface {
  name = 'Groups1795420071000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType(queryRunner);
    const text = (name: string, length: number, isNullable = false) => ({ name, type: 'varchar', length: String(length), isNullable });
    await queryRunner.createTable(
      new Table({
        name: 'groups',
        columns: [
          { ...text('id', 36), isPrimary: true }, text('trainer_id', 36), text('name', 120), text('course_id', 120),
          text('starts_on', 10), text('ends_on', 10), text('region', 80, true), text('location', 120, true),
          { name: 'expected_disciplines', type: 'text' }, { name: 'profile_fields', type: 'text' },
          { ...text('join_code', 16), isUnique: true }, { name: 'created_at', type: ts },
        ],
        foreignKeys: [
          new TableForeignKey({ columnNames: ['trainer_id'], referencedTableName: 'staff_accounts', referencedColumnNames: ['id'] }),
        ],
        indices: [new TableIndex({ columnNames: ['trainer_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'memberships',
        columns: [
          { ...text('id', 36), isPrimary: true }, text('group_id', 36), text('learner_id', 36), text('nickname', 40),
          text('gender', 20, true), text('discipline', 30, true), text('region', 80, true),
          { name: 'consented_at', type: ts }, { name: 'joined_at', type: ts },
        ],
        foreignKeys: [
          new TableForeignKey({ columnNames: ['group_id'], referencedTableName: 'groups', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
          new TableForeignKey({ columnNames: ['learner_id'], referencedTableName: 'learners', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
        ],
        indices: [new TableIndex({ columnNames: ['group_id', 'learner_id'], isUnique: true })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('memberships');
    await queryRunner.dropTable('groups');
  }
}
