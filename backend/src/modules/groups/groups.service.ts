import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import * as QRCode from 'qrcode';
import type { Viewer } from '../../common/auth/viewer';
import { EventBus } from '../../common/pubsub/event-bus';
import { parseClientId } from '../../common/idempotency/client-id';
import { ConfigService } from '../../config/config.service';
import { CoursesService } from '../courses/courses.service';
import type { CreateGroupInput } from './dto/create-group.input';
import type { JoinGroupInput } from './dto/join-group.input';
import type { GroupEntity, ProfileField } from './group.entity';
import { isoDate, optionalText, requiredText } from './group-input';
import { consentRequired, groupFull, groupNotFound, invalidField, joinCodeNotRecognised, membershipNotFound } from './groups.errors';
import { GroupsRepository } from './groups.repository';
import { formatJoinCode, generateJoinCode, normalizeJoinCode } from './join-code';
import { newPairingSalt } from './pairing-code';
import type { MembershipEntity } from './membership.entity';
import type { DisciplineValue, GenderValue, Group, JoinableGroup, Membership, Participant, ProfileFieldValue } from './models/group.model';

/** Topic of a group's changes: participants joining or leaving, a live session starting or ending. */
export const groupChangedTopic = (groupId: string) => `group:changed:${groupId}`;

@Injectable()
export class GroupsService {
  constructor(
    private readonly groups: GroupsRepository,
    private readonly courses: CoursesService,
    private readonly config: ConfigService,
    private readonly events: EventBus,
  ) {}

  /** Tells the trainer's group page that someone joined or left (see the groupChanged subscription). */
  async changed(groupId: string): Promise<void> {
    await this.events.publish(groupChangedTopic(groupId), { groupId });
  }

  /** Creates a group; resending the same clientId (a double click, a retry) returns the group it created. */
  async create(trainerId: string, input: CreateGroupInput): Promise<Group> {
    const clientId = parseClientId(input.clientId);
    const earlier = clientId ? await this.groups.findGroupByClientId(trainerId, clientId) : null;
    if (earlier) return this.toGroup(earlier, await this.groups.membersOf([earlier.id]));
    const startsOn = isoDate('startsOn', input.startsOn);
    const endsOn = isoDate('endsOn', input.endsOn);
    if (endsOn < startsOn) throw invalidField('endsOn', 'the last day cannot be before the first');
    const course = await this.courses.findEntity(input.courseId);
    const base = {
      id: randomUUID(),
      trainerId,
      name: requiredText('name', input.name, 120),
      courseId: course.id,
      startsOn,
      endsOn,
      region: optionalText('region', input.region, 80),
      location: optionalText('location', input.location, 120),
      expectedDisciplines: [...new Set(input.expectedDisciplines)],
      profileFields: [...new Set(input.profileFields)] as ProfileField[],
      createdAt: new Date(),
      clientId,
    };
    for (;;) {
      const group: GroupEntity = { ...base, joinCode: generateJoinCode(), pairingSalt: newPairingSalt() };
      if (await this.groups.insertGroup(group)) return this.toGroup(group, []);
      // Refused as a duplicate: either a concurrent resend was stored first, or the join code was taken.
      const raced = clientId ? await this.groups.findGroupByClientId(trainerId, clientId) : null;
      if (raced) return this.toGroup(raced, await this.groups.membersOf([raced.id]));
    }
  }

  async list(viewer: Viewer): Promise<Group[]> {
    const groups = await this.groups.listGroups(viewer.staff?.role === 'admin' ? undefined : viewer.staff?.id);
    const members = await this.groups.membersOf(groups.map((g) => g.id));
    return Promise.all(groups.map((g) => this.toGroup(g, members.filter((m) => m.groupId === g.id))));
  }

  async group(viewer: Viewer, id: string): Promise<Group> {
    const group = await this.ownedGroup(viewer, id);
    return this.toGroup(group, await this.groups.membersOf([group.id]));
  }

  /** A trainer's own group, or any group for an admin; anything else looks like it does not exist. */
  async ownedGroup(viewer: Viewer, id: string): Promise<GroupEntity> {
    const group = await this.groups.findGroup(id.slice(0, 36));
    if (!group || (viewer.staff?.role !== 'admin' && group.trainerId !== viewer.staff?.id)) throw groupNotFound();
    return group;
  }

  /** The calling learner's membership of a group, or NOT_FOUND: only members see a group's live session. */
  async membershipOf(groupId: string, learnerId: string): Promise<MembershipEntity> {
    const membership = await this.groups.findMembership(groupId.slice(0, 36), learnerId);
    if (!membership) throw membershipNotFound();
    return membership;
  }

  /** Everyone in a group, for reports (the caller has checked the group is the viewer's). */
  members(groupId: string): Promise<MembershipEntity[]> {
    return this.groups.membersOf([groupId]);
  }

  findGroup(id: string): Promise<GroupEntity | null> {
    return this.groups.findGroup(id.slice(0, 36));
  }

  async joinable(code: string): Promise<JoinableGroup> {
    const group = await this.byCode(code);
    return { id: group.id, name: group.name, courseId: group.courseId, profileFields: group.profileFields as ProfileFieldValue[] };
  }

  /** Joining twice (a refreshed page, a second tab) returns the same membership: no duplicates. */
  async join(learnerId: string, input: JoinGroupInput): Promise<Membership> {
    if (input.consent !== true) throw consentRequired();
    const group = await this.byCode(input.code);
    const existing = await this.groups.findMembership(group.id, learnerId);
    if (existing) return this.toMembership(existing, group);
    const asked = new Set(group.profileFields);
    // Only what the trainer asked for is kept, even if a client sends more.
    const membership = await this.groups.insertMembership({
      id: randomUUID(),
      groupId: group.id,
      learnerId,
      nickname: requiredText('nickname', input.nickname, 40),
      gender: asked.has('gender') ? (input.gender ?? null) : null,
      discipline: asked.has('discipline') ? (input.discipline ?? null) : null,
      region: asked.has('region') ? optionalText('region', input.region, 80) : null,
      consentedAt: new Date(),
      joinedAt: new Date(),
      pairingHash: null,
    }, this.config.env.LIVE_SESSION_MAX_PARTICIPANTS);
    if (!membership) throw groupFull(this.config.env.LIVE_SESSION_MAX_PARTICIPANTS);
    await this.changed(group.id);
    return this.toMembership(membership, group);
  }

  async memberships(learnerId: string): Promise<Membership[]> {
    const memberships = await this.groups.membershipsOf(learnerId);
    const groups = new Map((await this.groups.findGroups(memberships.map((m) => m.groupId))).map((g) => [g.id, g]));
    return memberships.flatMap((m) => {
      const group = groups.get(m.groupId);
      return group ? [this.toMembership(m, group)] : [];
    });
  }

  /** Leaving deletes the membership: the participant is forgotten by the group. */
  async leave(learnerId: string, groupId: string): Promise<boolean> {
    const removed = await this.groups.deleteMembership(groupId.slice(0, 36), { learnerId });
    if (removed === 0) throw membershipNotFound();
    await this.changed(groupId.slice(0, 36));
    return true;
  }

  async removeParticipant(viewer: Viewer, groupId: string, membershipId: string): Promise<boolean> {
    const group = await this.ownedGroup(viewer, groupId);
    const removed = await this.groups.deleteMembership(group.id, { id: membershipId.slice(0, 36) });
    if (removed === 0) throw membershipNotFound();
    await this.changed(group.id);
    return true;
  }

  async byCode(code: string): Promise<GroupEntity> {
    const normalized = normalizeJoinCode(code);
    const group = normalized ? await this.groups.findByJoinCode(normalized) : null;
    if (!group) throw joinCodeNotRecognised();
    return group;
  }

  private async toGroup(group: GroupEntity, members: MembershipEntity[]): Promise<Group> {
    const joinPath = `/join/${formatJoinCode(group.joinCode)}`;
    return {
      id: group.id,
      name: group.name,
      courseId: group.courseId,
      startsOn: group.startsOn,
      endsOn: group.endsOn,
      region: group.region,
      location: group.location,
      expectedDisciplines: group.expectedDisciplines as DisciplineValue[],
      profileFields: group.profileFields as ProfileFieldValue[],
      joinCode: formatJoinCode(group.joinCode),
      joinPath,
      joinQrSvg: await QRCode.toString(`${this.config.publicUrl}${joinPath}`, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
      participantCount: members.length,
      participants: members.map(toParticipant),
    };
  }

  toMembership(m: MembershipEntity, group: GroupEntity): Membership {
    return { id: m.id, groupId: group.id, groupName: group.name, courseId: group.courseId, nickname: m.nickname, hasPairingCode: m.pairingHash !== null };
  }
}

function toParticipant(m: MembershipEntity): Participant {
  return {
    id: m.id,
    nickname: m.nickname,
    gender: m.gender as GenderValue | null,
    discipline: m.discipline as DisciplineValue | null,
    region: m.region,
    joinedAt: m.joinedAt,
  };
}
