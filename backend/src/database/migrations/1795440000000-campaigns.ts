import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { timestampType } from '../column-types';

/** Campaigns, their materials, tracked links and ledger; raw reach events and their daily roll-ups. */
export class Campaigns1795440000000 implements MigrationInterface {
  name = 'Campaigns1795440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType(queryRunner);
    const text = (name: string, length: number, isNullable = false) => ({ name, type: 'varchar', length: String(length), isNullable });
    const longText = (name: string, isNullable = false) => ({ name, type: 'text', isNullable });
    const int = (name: string) => ({ name, type: 'integer' });
    const campaignFk = () =>
      new TableForeignKey({ columnNames: ['campaign_id'], referencedTableName: 'campaigns', referencedColumnNames: ['id'], onDelete: 'CASCADE' });

    await queryRunner.createTable(
      new Table({
        name: 'campaigns',
        columns: [
          { ...text('id', 36), isPrimary: true }, { ...text('slug', 80), isUnique: true }, text('origin', 10), text('title', 160),
          longText('goal'), text('audience', 240), longText('languages'), text('starts_on', 10, true), text('ends_on', 10, true),
          text('status', 8), text('content_hash', 64, true), { name: 'rolled_up_at', type: ts, isNullable: true },
          { name: 'created_at', type: ts }, { name: 'updated_at', type: ts },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'campaign_materials',
        columns: [
          { ...text('id', 36), isPrimary: true }, text('campaign_id', 36), text('slug', 80), text('kind', 10), text('title', 160),
          longText('summary'), int('position'), text('locale', 2), longText('article_markdown', true), longText('article_html', true),
          text('video_file', 120, true), text('captions_file', 120, true), longText('transcript_html', true), text('poster_file', 120, true), text('embed_url', 200, true),
          text('course_id', 120, true), { name: 'updated_at', type: ts },
        ],
        foreignKeys: [campaignFk()],
        indices: [new TableIndex({ columnNames: ['campaign_id', 'slug'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'campaign_links',
        columns: [
          { ...text('id', 36), isPrimary: true }, text('campaign_id', 36), { ...text('code', 8), isUnique: true }, text('channel', 120),
          text('utm_source', 80), text('utm_medium', 80), text('utm_campaign', 80), text('material_id', 36, true), { name: 'created_at', type: ts },
        ],
        foreignKeys: [campaignFk()],
        indices: [new TableIndex({ columnNames: ['campaign_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'campaign_ledger_entries',
        columns: [
          { ...text('id', 36), isPrimary: true }, text('campaign_id', 36), text('source', 160), text('kind', 40), int('reach'),
          text('date', 10), text('note', 500, true), { name: 'created_at', type: ts },
        ],
        foreignKeys: [campaignFk()],
        indices: [new TableIndex({ columnNames: ['campaign_id', 'date'] })],
      }),
    );
    // Raw events: no foreign keys, so that the hot insert path checks nothing it does not need to.
    await queryRunner.createTable(
      new Table({
        name: 'campaign_events',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          text('day', 10), text('campaign_id', 36), text('material_id', 36, true), text('link_id', 36, true), text('kind', 16),
          text('visitor_hash', 22), text('source_host', 120, true),
        ],
        indices: [new TableIndex({ columnNames: ['campaign_id', 'day'] }), new TableIndex({ columnNames: ['day'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'campaign_daily_rollups',
        columns: [
          { ...text('campaign_id', 36), isPrimary: true }, { ...text('day', 10), isPrimary: true }, { ...text('dimension', 10), isPrimary: true },
          { ...text('dimension_key', 120), isPrimary: true }, { ...text('kind', 16), isPrimary: true }, int('events'), int('visitors'),
        ],
        foreignKeys: [campaignFk()],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['campaign_daily_rollups', 'campaign_events', 'campaign_ledger_entries', 'campaign_links', 'campaign_materials', 'campaigns']) {
      await queryRunner.dropTable(table);
    }
  }
}
