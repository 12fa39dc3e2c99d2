import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TranslatedText } from '../../common/graphql/locale';

@Entity('helplines')
export class HelplineEntity {
  @PrimaryColumn('varchar', { length: 120 })
  id: string;

  @Column('integer')
  position: number;

  @Column('simple-json')
  name: TranslatedText;

  @Column('simple-json')
  phones: string[];

  @Column('simple-json')
  hours: TranslatedText;

  @Column('simple-json')
  languages: string[];

  @Column('simple-json')
  topics: TranslatedText;

  @Column('boolean')
  free: boolean;

  @Column('varchar', { length: 64 })
  contentHash: string;

  @Column({ type: Date, nullable: true })
  retiredAt: Date | null;
}
