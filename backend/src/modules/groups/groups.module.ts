import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoursesModule } from '../courses/courses.module';
import { GroupEntity } from './group.entity';
import { GroupsRepository } from './groups.repository';
import { GroupsResolver } from './groups.resolver';
import { GroupsService } from './groups.service';
import { MembershipEntity } from './membership.entity';

@Module({
  imports: [TypeOrmModule.forFeature([GroupEntity, MembershipEntity]), CoursesModule],
  providers: [GroupsRepository, GroupsService, GroupsResolver],
  exports: [GroupsService],
})
export class GroupsModule {}
