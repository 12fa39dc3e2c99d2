import { Injectable } from '@nestjs/common';
import { isUniqueViolation } from '../../database/unique-violation';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { DatabaseWriter } from '../../database/database-writer';
import { GroupEntity } from './group.entity';
import { MembershipEntity } from './membership.entity';
import { TestPairingEntity } from './test-pairing.entity';

@Injectable()
export class GroupsRepository {
  constructor(
    private readonly writer: DatabaseWriter,
    @InjectRepository(GroupEntity) private readonly groups: Repository<GroupEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    @InjectRepository(TestPairingEntity) private readonly pairings: Repository<TestPairingEntity>,
  ) {}

  /** Sets the group's pairing salt unless one was set meanwhile; returns the salt that stands. */
  async ensurePairingSalt(groupId: string, salt: string): Promise<string> {
    await this.writer.write((m) => m.update(GroupEntity, { id: groupId, pairingSalt: IsNull() }, { pairingSalt: salt }));
    return (await this.findGroup(groupId))!.pairingSalt!;
  }

  async setPairingHash(membershipId: string, pairingHash: string | null): Promise<void> {
    await this.writer.write((m) => m.update(MembershipEntity, { id: membershipId }, { pairingHash }));
  }

  membersWithPairingHash(groupId: string, pairingHash: string): Promise<MembershipEntity[]> {
    return this.memberships.find({ where: { groupId, pairingHash } });
  }

  pairingsWithHash(groupId: string, pairingHash: string): Promise<TestPairingEntity[]> {
    return this.pairings.find({ where: { groupId, pairingHash } });
  }

  pairingsOf(groupId: string): Promise<TestPairingEntity[]> {
    return this.pairings.find({ where: { groupId }, order: { createdAt: 'ASC' } });
  }

  /** One pairing per attempt: pairing it again (another group, another code) replaces the earlier one. */
  async savePairing(pairing: TestPairingEntity): Promise<void> {
    await this.writer.transaction(async (m) => {
      await m.delete(TestPairingEntity, { attemptId: pairing.attemptId });
      await m.insert(TestPairingEntity, pairing);
    });
  }

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

  /**
   * Inserts, or returns the membership a concurrent join of the same learner made first; null when
   * the group already has `maxMembers` (counted in the inserting transaction: exact on SQLite, whose
   * writes are serialised; on PostgreSQL joins racing at the very edge may pass it by a few).
   */
  async insertMembership(membership: MembershipEntity, maxMembers: number): Promise<MembershipEntity | null> {
    try {
      const inserted = await this.writer.transaction(async (m) => {
        if ((await m.count(MembershipEntity, { where: { groupId: membership.groupId } })) >= maxMembers) return false;
        await m.insert(MembershipEntity, membership);
        return true;
      });
      return inserted ? membership : null;
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
