import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/allow.decorator';
import { LearnerId } from '../../common/auth/viewer.decorator';
import { PrivacyService } from './privacy.service';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Allow('learner')
  @Query(() => String, { description: 'Everything stored about the calling learner, as JSON ("download my data")' })
  myData(@LearnerId() learnerId: string): Promise<string> {
    return this.privacy.export(learnerId);
  }
}
