import { Table, TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

/**
 * Pre- and post-tests taken outside a session count for a group by a self-chosen pairing code:
 * only a salted hash of it is kept, the salt being the group's own (so a code means nothing in another group).
 */
export class TestPairing1795430100000 implements MigrationInterface {
  name = 'TestPairing1795430100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType(queryRunner);
    await queryRunner.addColumn('groups', new TableColumn({ name: 'pairing_salt', type: 'varchar', length: '32', isNullable: true }));
    await queryRunner.addColumn('memberships', new TableColumn({ name: 'pairing_hash', type: 'varchar', length: '64', isNullable: true }));
    await queryRunner.createTable(
      new Table({
        name: 'test_pairings',
        columns: [
          { name: 'attempt_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'group_id', type: 'varchar', length: '36' },
          { name: 'learner_id', type: 'varchar', length: '36' },
          { name: 'quiz_id', type: 'varchar', length: '240' },
          { name: 'pairing_hash', type: 'varchar', length: '64' },
          { name: 'created_at', type: ts },
        ],
        foreignKeys: [
          new TableForeignKey({ columnNames: ['attempt_id'], referencedTableName: 'quiz_attempts', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
          new TableForeignKey({ columnNames: ['group_id'], referencedTableName: 'groups', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
          new TableForeignKey({ columnNames: ['learner_id'], referencedTableName: 'learners', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
        ],
        indices: [new TableIndex({ columnNames: ['group_id', 'pairing_hash'] }), new TableIndex({ columnNames: ['learner_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('test_pairings');
    await queryRunner.dropColumn('memberships', 'pairing_hash');
    await queryRunner.dropColumn('groups', 'pairing_salt');
  }
}
