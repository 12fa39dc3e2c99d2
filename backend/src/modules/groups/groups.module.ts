import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoursesModule } from '../courses/courses.module';
import { GroupEntity } from './group.entity';
import { GroupsRepository } from './groups.repository';
import { GroupsResolver } from './groups.resolver';
import { GroupsService } from './groups.service';
import { MembershipEntity } from './membership.entity';
import { QuizzesModule } from '../quizzes/quizzes.module';
import { TestPairingEntity } from './test-pairing.entity';
import { TestPairingService } from './test-pairing.service';

@Module({
  imports: [TypeOrmModule.forFeature([GroupEntity, MembershipEntity, TestPairingEntity]), CoursesModule, QuizzesModule],
  providers: [GroupsRepository, GroupsService, GroupsResolver, TestPairingService],
  exports: [GroupsService, TestPairingService],
})
export class GroupsModule {}
