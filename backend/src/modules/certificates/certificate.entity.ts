import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TranslatedText } from '../../common/graphql/locale';

/** What the certificate says, frozen when it was issued (later edits of the group or course do not change it). */
@Entity('certificates')
export class CertificateEntity {
  /** The verification code printed on the certificate */
  @PrimaryColumn('varchar', { length: 16 })
  code: string;

  @Column('varchar', { length: 36, unique: true })
  membershipId: string;

  @Column('varchar', { length: 40 })
  nickname: string;

  @Column('varchar', { length: 120 })
  groupName: string;

  @Column('simple-json')
  courseTitle: TranslatedText;

  @Column('varchar', { length: 10 })
  startsOn: string;

  @Column('varchar', { length: 10 })
  endsOn: string;

  @Column()
  issuedAt: Date;
}
