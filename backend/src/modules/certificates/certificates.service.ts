import { Injectable } from '@nestjs/common';
import { translate, type Locale } from '../../common/graphql/locale';
import { ConfigService } from '../../config/config.service';
import { CoursesService } from '../courses/courses.service';
import { GroupsService } from '../groups/groups.service';
import { LiveSessionsService } from '../live-sessions/live-sessions.service';
import { QuizzesService } from '../quizzes/quizzes.service';
import { generateCertificateCode, normalizeCertificateCode } from './certificate-code';
import type { CertificateEntity } from './certificate.entity';
import { renderCertificatePdf } from './certificate-pdf';
import { CERTIFICATE_TEXTS } from './certificate-texts';
import { certificateNotFound, notEligible } from './certificates.errors';
import { CertificatesRepository } from './certificates.repository';
import type { Certificate } from './models/certificate.model';

@Injectable()
export class CertificatesService {
  constructor(
    private readonly certificates: CertificatesRepository,
    private readonly groups: GroupsService,
    private readonly courses: CoursesService,
    private readonly quizzes: QuizzesService,
    private readonly live: LiveSessionsService,
    private readonly config: ConfigService,
  ) {}

  /** For a participant who attended and passed the post-test; asking again returns the same certificate. */
  async issue(learnerId: string, groupId: string, locale: Locale): Promise<Certificate> {
    const membership = await this.groups.membershipOf(groupId, learnerId);
    const existing = await this.certificates.findByMembership(membership.id);
    if (existing) return this.toModel(existing, locale);
    const group = await this.groups.findGroup(membership.groupId);
    const [course] = group ? await this.courses.findByIds([group.courseId]) : [];
    if (!group || !course) throw notEligible('the training no longer exists');
    if (!(await this.live.hasAttended(membership.id))) throw notEligible('you have not attended a session of this training');
    if (course.postTestId && !(await this.quizzes.passedQuizIds(learnerId)).has(course.postTestId)) {
      throw notEligible('pass the final test first');
    }
    for (;;) {
      const certificate: CertificateEntity = {
        code: generateCertificateCode(),
        membershipId: membership.id,
        nickname: membership.nickname,
        groupName: group.name,
        courseTitle: course.title,
        startsOn: group.startsOn,
        endsOn: group.endsOn,
        issuedAt: new Date(),
      };
      if (await this.certificates.insert(certificate)) return this.toModel(certificate, locale);
      const raced = await this.certificates.findByMembership(membership.id);
      if (raced) return this.toModel(raced, locale);
    }
  }

  async verify(code: string, locale: Locale): Promise<Certificate> {
    return this.toModel(await this.find(code), locale);
  }

  async pdf(code: string, locale: Locale): Promise<Buffer> {
    const certificate = await this.find(code);
    const texts = CERTIFICATE_TEXTS[locale];
    const model = this.toModel(certificate, locale);
    return renderCertificatePdf({
      heading: texts.heading,
      awardedTo: texts.awardedTo,
      nickname: certificate.nickname,
      forCompleting: texts.forCompleting,
      courseTitle: model.courseTitle,
      groupLine: texts.group(certificate.groupName, model.dates),
      verifyLine: texts.verify(`${this.config.publicUrl}/verify`),
      code: certificate.code,
    });
  }

  private async find(code: string): Promise<CertificateEntity> {
    const normalized = normalizeCertificateCode(code);
    const certificate = normalized ? await this.certificates.findByCode(normalized) : null;
    if (!certificate) throw certificateNotFound();
    return certificate;
  }

  private toModel(c: CertificateEntity, locale: Locale): Certificate {
    return {
      code: c.code,
      nickname: c.nickname,
      courseTitle: translate(c.courseTitle, locale),
      groupName: c.groupName,
      dates: c.startsOn === c.endsOn ? c.startsOn : `${c.startsOn} – ${c.endsOn}`,
      issuedOn: c.issuedAt.toISOString().slice(0, 10),
      pdfPath: `/certificates/${c.code}.pdf?lang=${locale}`,
      verifyPath: `/verify/${c.code}`,
    };
  }
}
