import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/allow.decorator';
import { parseLocale } from '../../common/graphql/locale';
import { HelplinesService } from './helplines.service';
import { Helpline } from './models/helpline.model';

@Resolver(() => Helpline)
export class HelplinesResolver {
  constructor(private readonly helplineService: HelplinesService) {}

  @Allow('anyone')
  @Query(() => [Helpline], { description: 'Help lines for the panel on every learner page' })
  helplines(@Args('locale', { description: 'ru, en or be' }) locale: string): Promise<Helpline[]> {
    return this.helplineService.list(parseLocale(locale));
  }
}
