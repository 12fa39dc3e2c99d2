import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ScenarioNodeContent, ScenarioRole } from '@zorka/content';
import type { TranslatedText } from '../../common/graphql/locale';

@Entity('scenarios')
export class ScenarioEntity {
  /** `<course>/<scenario>` */
  @PrimaryColumn('varchar', { length: 240 })
  id: string;

  @Column('varchar', { length: 120 })
  courseId: string;

  @Column('simple-json')
  title: TranslatedText;

  @Column('varchar', { length: 20 })
  role: ScenarioRole;

  @Column('simple-json')
  counterpart: TranslatedText;

  @Column('varchar', { length: 240, nullable: true })
  linkedScenarioId: string | null;

  @Column('varchar', { length: 120 })
  startNode: string;

  @Column('simple-json')
  nodes: ScenarioNodeContent[];

  @Column('varchar', { length: 64 })
  contentHash: string;

  @Column({ type: Date, nullable: true })
  retiredAt: Date | null;
}
