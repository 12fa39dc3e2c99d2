import { Injectable } from '@nestjs/common';
import { isUniqueViolation } from '../../database/unique-violation';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { DatabaseWriter } from '../../database/database-writer';
import { GroupEntity } from './group.entity';
import { MembershipEntity } from './membership.entity';

@Injectable()
export class GroupsRepository {
  constructor(
    private readonly writer: DatabaseWriter,
    @InjectRepository(GroupEntity) private readonly groups: Repository<GroupEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
  ) {}

  /** False when the join code is taken (the caller draws another). */
  async insertGroup(group: GroupEntity): Promise<boolean> {
    try {
      await this.writer.write((m) => m.insert(GroupEntity, group));
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  findGroupByClientId(trainerId: string, clientId: string): Promise<GroupEntity | null> {
    return this.groups.findOne({ where: { trainerId, clientId } });
  }

  findGroup(id: string): Promise<GroupEntity | null> {
    return this.groups.findOne({ where: { id } });
  }

  findGroups(ids: string[]): Promise<GroupEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.groups.find({ where: { id: In(ids) } });
  }

  findByJoinCode(joinCode: string): Promise<GroupEntity | null> {
    return this.groups.findOne({ where: { joinCode } });
  }

  /** A trainer's groups, or every group when `trainerId` is undefined (admins). */
  listGroups(trainerId?: string): Promise<GroupEntity[]> {
    return this.groups.find({ where: trainerId ? { trainerId } : {}, order: { startsOn: 'DESC', createdAt: 'DESC' } });
  }

  membersOf(groupIds: string[]): Promise<MembershipEntity[]> {
    if (groupIds.length === 0) return Promise.resolve([]);
    return this.memberships.find({ where: { groupId: In(groupIds) }, order: { joinedAt: 'ASC' } });
  }

  findMembership(groupId: string, learnerId: string): Promise<MembershipEntity | null> {
    return this.memberships.findOne({ where: { groupId, learnerId } });
  }

  membershipsOf(learnerId: string): Promise<MembershipEntity[]> {
    return this.memberships.find({ where: { learnerId }, order: { joinedAt: 'ASC' } });
  }

  /** Inserts, or returns the membership a concurrent join of the same learner made first. */
  async insertMembership(membership: MembershipEntity): Promise<MembershipEntity> {
    try {
      await this.writer.write((m) => m.insert(MembershipEntity, membership));
      return membership;
    } catch (error) {
      const existing = await this.findMembership(membership.groupId, membership.learnerId);
      if (existing) return existing;
      throw error;
    }
  }

  async deleteMembership(groupId: string, where: { id?: string; learnerId?: string }): Promise<number> {
    const result = await this.writer.write((m) => m.delete(MembershipEntity, { groupId, ...where }));
    return result.affected ?? 0;
  }
}
