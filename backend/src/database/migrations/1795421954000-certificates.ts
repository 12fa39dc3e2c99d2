import { Table, TableForeignKey, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

/** Certificates of completion, checkable by anyone who has the code. */
export class Certificates1795421954000 implements MigrationInterface {
  name = 'Certificates1795421954000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const text = (name: string, length: number) => ({ name, type: 'varchar', length: String(length) });
    await queryRunner.createTable(
      new Table({
        name: 'certificates',
        columns: [
          { ...text('code', 16), isPrimary: true }, { ...text('membership_id', 36), isUnique: true }, text('nickname', 40),
          text('group_name', 120), { name: 'course_title', type: 'text' }, text('starts_on', 10), text('ends_on', 10),
          { name: 'issued_at', type: timestampType(queryRunner) },
        ],
        // A participant who leaves the group is forgotten, certificate included.
        foreignKeys: [
          new TableForeignKey({ columnNames: ['membership_id'], referencedTableName: 'memberships', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('certificates');
  }
}
