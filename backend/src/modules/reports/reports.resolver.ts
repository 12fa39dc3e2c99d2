import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/allow.decorator';
import type { Viewer } from '../../common/auth/viewer';
import { CurrentViewer } from '../../common/auth/viewer.decorator';
import { parseLocale } from '../../common/graphql/locale';
import { GroupReport } from './models/group-report.model';
import { ReportsService } from './reports.service';

@Resolver(() => GroupReport)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Allow('trainer')
  @Query(() => GroupReport, { description: 'The report of one of the trainer’s groups (admins: any group)' })
  groupReport(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID, description: 'Group id' }) groupId: string,
    @Args('locale', { description: 'ru, en or be: the language of question prompts' }) locale: string,
  ): Promise<GroupReport> {
    return this.reports.groupReport(viewer, groupId, parseLocale(locale));
  }
}
