import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GroupsModule } from '../groups/groups.module';
import { LessonsModule } from '../lessons/lessons.module';
import { QuizzesModule } from '../quizzes/quizzes.module';
import { ScenariosModule } from '../scenarios/scenarios.module';
import { GroupLiveSessionResolver, MembershipLiveSessionResolver } from './group-live-session.resolver';
import { LiveAnswerEntity } from './live-answer.entity';
import { LiveAttendanceEntity } from './live-attendance.entity';
import { LiveSessionEntity } from './live-session.entity';
import { LiveSessionsRepository } from './live-sessions.repository';
import { LiveSessionsResolver } from './live-sessions.resolver';
import { LiveSessionsService } from './live-sessions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([LiveSessionEntity, LiveAttendanceEntity, LiveAnswerEntity]),
    GroupsModule,
    LessonsModule,
    QuizzesModule,
    ScenariosModule,
  ],
  providers: [LiveSessionsRepository, LiveSessionsService, LiveSessionsResolver, GroupLiveSessionResolver, MembershipLiveSessionResolver],
  exports: [LiveSessionsService],
})
export class LiveSessionsModule {}
