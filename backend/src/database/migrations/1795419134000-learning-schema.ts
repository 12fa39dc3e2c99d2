import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

/** Content (courses, lessons, quizzes, scenarios, help lines), anonymous learners and their progress, staff. */
export class LearningSchema1795419134000 implements MigrationInterface {
  name = 'LearningSchema1795419134000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType(queryRunner);
    const id = (length: number) => ({ name: 'id', type: 'varchar', length: String(length), isPrimary: true });
    const json = (name: string, isNullable = false) => ({ name, type: 'text', isNullable });
    const text = (name: string, length: number, isNullable = false) => ({ name, type: 'varchar', length: String(length), isNullable });
    const int = (name: string) => ({ name, type: 'integer' });
    const time = (name: string, isNullable = false) => ({ name, type: ts, isNullable });
    const imported = [text('content_hash', 64), time('retired_at', true)];

    await queryRunner.createTable(
      new Table({
        name: 'courses',
        columns: [
          id(120), text('audience', 20), json('age_bands'), json('languages'), int('estimated_minutes'),
          json('title'), json('summary'), json('steps'), text('pre_test_id', 240, true), text('post_test_id', 240, true),
          text('linked_course_id', 120, true), ...imported, time('updated_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({ name: 'lessons', columns: [id(240), text('course_id', 120), json('versions'), ...imported] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'quizzes',
        columns: [id(240), text('course_id', 120), json('title'), int('pass_mark'), json('questions'), ...imported],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'scenarios',
        columns: [
          id(240), text('course_id', 120), json('title'), text('role', 20), json('counterpart'),
          text('linked_scenario_id', 240, true), text('start_node', 120), json('nodes'), ...imported,
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'helplines',
        columns: [
          id(120), int('position'), json('name'), json('phones'), json('hours'), json('languages'), json('topics'),
          { name: 'free', type: 'boolean' }, ...imported,
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'learners',
        columns: [id(36), { ...text('recovery_hash', 64, true), isUnique: true }, time('created_at'), time('last_seen_at')],
      }),
    );
    const learnerFk = new TableForeignKey({
      columnNames: ['learner_id'], referencedTableName: 'learners', referencedColumnNames: ['id'], onDelete: 'CASCADE',
    });
    await queryRunner.createTable(
      new Table({
        name: 'learner_tokens',
        columns: [{ ...text('token_hash', 64), isPrimary: true }, text('learner_id', 36), time('created_at')],
        foreignKeys: [learnerFk],
        indices: [new TableIndex({ columnNames: ['learner_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'lesson_completions',
        columns: [
          { ...text('learner_id', 36), isPrimary: true }, { ...text('lesson_id', 240), isPrimary: true }, time('completed_at'),
        ],
        foreignKeys: [learnerFk],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'quiz_attempts',
        columns: [
          id(36), text('learner_id', 36), text('quiz_id', 240), text('client_id', 64, true), int('score'),
          { name: 'passed', type: 'boolean' }, json('answers'), time('submitted_at'),
        ],
        foreignKeys: [learnerFk],
        indices: [
          new TableIndex({ columnNames: ['learner_id', 'quiz_id'] }),
          new TableIndex({ columnNames: ['learner_id', 'client_id'], isUnique: true }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'scenario_runs',
        columns: [
          id(36), text('learner_id', 36), text('scenario_id', 240), text('current_node', 120), text('outcome', 10, true),
          text('last_choice_id', 120, true), time('started_at'), time('finished_at', true),
        ],
        foreignKeys: [learnerFk],
        indices: [new TableIndex({ columnNames: ['learner_id', 'scenario_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'scenario_choices',
        columns: [id(36), text('run_id', 36), text('node_id', 120), text('choice_id', 120), int('position'), time('chosen_at')],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['run_id'], referencedTableName: 'scenario_runs', referencedColumnNames: ['id'], onDelete: 'CASCADE',
          }),
        ],
        indices: [new TableIndex({ columnNames: ['run_id'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'staff_accounts',
        columns: [
          id(36), { ...text('email', 254), isUnique: true }, text('password_hash', 200), text('role', 20),
          text('display_name', 100), time('created_at'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'staff_accounts', 'scenario_choices', 'scenario_runs', 'quiz_attempts', 'lesson_completions',
      'learner_tokens', 'learners', 'helplines', 'scenarios', 'quizzes', 'lessons', 'courses',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
