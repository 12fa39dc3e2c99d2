import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { GroupsModule } from '../groups/groups.module';
import { LiveSessionsModule } from '../live-sessions/live-sessions.module';
import { QuizzesModule } from '../quizzes/quizzes.module';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  imports: [GroupsModule, CoursesModule, QuizzesModule, LiveSessionsModule],
  providers: [ReportsService, ReportsResolver],
})
export class ReportsModule {}
