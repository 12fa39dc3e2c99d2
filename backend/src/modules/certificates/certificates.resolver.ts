import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/allow.decorator';
import { LearnerId } from '../../common/auth/viewer.decorator';
import { parseLocale } from '../../common/graphql/locale';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator';
import { CertificatesService } from './certificates.service';
import { Certificate } from './models/certificate.model';

@Resolver(() => Certificate)
export class CertificatesResolver {
  constructor(private readonly certificates: CertificatesService) {}

  @Allow('learner')
  @Mutation(() => Certificate, { description: 'The certificate of a training the caller attended and whose final test they passed' })
  issueCertificate(
    @LearnerId() learnerId: string,
    @Args('groupId', { type: () => ID, description: 'Group id' }) groupId: string,
    @Args('locale', { description: 'ru, en or be' }) locale: string,
  ): Promise<Certificate> {
    return this.certificates.issue(learnerId, groupId, parseLocale(locale));
  }

  @Allow('anyone')
  @RateLimit({ limit: 30, windowMs: 60_000 })
  @Query(() => Certificate, { description: 'Check a certificate by the code printed on it' })
  verifyCertificate(
    @Args('code', { description: 'The 12-character code' }) code: string,
    @Args('locale', { description: 'ru, en or be' }) locale: string,
  ): Promise<Certificate> {
    return this.certificates.verify(code, parseLocale(locale));
  }
}
