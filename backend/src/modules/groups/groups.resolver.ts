import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Allow } from '../../common/auth/allow.decorator';
import type { Viewer } from '../../common/auth/viewer';
import { CurrentViewer, LearnerId } from '../../common/auth/viewer.decorator';
import { EventBus } from '../../common/pubsub/event-bus';
import { viewsOnChange } from '../../common/pubsub/map-events';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator';
import { PairTestAttemptInput } from './dto/pair-test-attempt.input';
import { CreateGroupInput } from './dto/create-group.input';
import { JoinGroupInput } from './dto/join-group.input';
import { groupChangedTopic, GroupsService } from './groups.service';
import { TestPairingService } from './test-pairing.service';
import { Group, JoinableGroup, Membership, PairedTestAttempt } from './models/group.model';

/** Join codes are guessable only by trying: every use of one is rate-limited per source. */
const JOIN_CODE_LIMIT = { limit: 20, windowMs: 60_000 };

@Resolver(() => Group)
export class GroupsResolver {
  constructor(
    private readonly groupService: GroupsService,
    private readonly pairing: TestPairingService,
    private readonly events: EventBus,
  ) {}

  @Allow('trainer')
  @Mutation(() => Group, { description: 'Create a group with a join code and QR code' })
  createGroup(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'The group' }) input: CreateGroupInput): Promise<Group> {
    return this.groupService.create(viewer.staff!.id, input);
  }

  @Allow('trainer')
  @Query(() => [Group], { description: "The trainer's groups (an admin sees every group)" })
  groups(@CurrentViewer() viewer: Viewer): Promise<Group[]> {
    return this.groupService.list(viewer);
  }

  @Allow('trainer')
  @Query(() => Group, { description: 'One of the trainer’s groups with its participants' })
  group(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'Group id' }) id: string): Promise<Group> {
    return this.groupService.group(viewer, id);
  }

  @Allow('trainer')
  @Mutation(() => Boolean, { description: 'Remove a participant from the group (their membership is deleted)' })
  removeParticipant(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID, description: 'Group id' }) groupId: string,
    @Args('participantId', { type: () => ID, description: 'Membership id' }) participantId: string,
  ): Promise<boolean> {
    return this.groupService.removeParticipant(viewer, groupId, participantId);
  }

  @Allow('anyone')
  @RateLimit(JOIN_CODE_LIMIT)
  @Query(() => JoinableGroup, { description: 'What a join code leads to, before joining' })
  groupByJoinCode(@Args('code', { description: 'Join code' }) code: string): Promise<JoinableGroup> {
    return this.groupService.joinable(code);
  }

  @Allow('learner')
  @RateLimit(JOIN_CODE_LIMIT)
  @Mutation(() => Membership, { description: 'Join a group with its code; joining again returns the same membership' })
  joinGroup(@LearnerId() learnerId: string, @Args('input', { description: 'Code, nickname, consent' }) input: JoinGroupInput): Promise<Membership> {
    return this.groupService.join(learnerId, input);
  }

  @Allow('learner')
  @Query(() => [Membership], { description: 'Groups the calling learner is in' })
  myMemberships(@LearnerId() learnerId: string): Promise<Membership[]> {
    return this.groupService.memberships(learnerId);
  }

  @Allow('learner')
  @Mutation(() => Boolean, { description: 'Leave a group and be forgotten by it' })
  leaveGroup(@LearnerId() learnerId: string, @Args('groupId', { type: () => ID, description: 'Group id' }) groupId: string): Promise<boolean> {
    return this.groupService.leave(learnerId, groupId);
  }

  @Allow('trainer')
  @Subscription(() => Group, { description: 'The group now, then again whenever someone joins or leaves or a live session starts or ends' })
  async groupChanged(@CurrentViewer() viewer: Viewer, @Args('groupId', { type: () => ID, description: 'Group id' }) groupId: string) {
    const group = await this.groupService.ownedGroup(viewer, groupId); // refuses a group that is not the trainer's
    return viewsOnChange('groupChanged', this.events.subscribe(groupChangedTopic(group.id)), () => this.groupService.group(viewer, group.id));
  }

  @Allow('learner')
  @RateLimit(JOIN_CODE_LIMIT)
  @Mutation(() => PairedTestAttempt, {
    description: 'Count the caller’s first attempt at a group’s pre- or final test, taken outside the group, under a pairing code',
  })
  pairTestAttempt(@LearnerId() learnerId: string, @Args('input', { description: 'Join code, pairing code, test' }) input: PairTestAttemptInput): Promise<PairedTestAttempt> {
    return this.pairing.pairAttempt(learnerId, input);
  }

  @Allow('learner')
  @RateLimit(JOIN_CODE_LIMIT)
  @Mutation(() => Membership, { description: 'Set (or clear, with null) the caller’s pairing code in a group they are in' })
  setMyPairingCode(
    @LearnerId() learnerId: string,
    @Args('groupId', { type: () => ID, description: 'Group id' }) groupId: string,
    @Args('pairingCode', { type: () => String, nullable: true, description: 'A word and a number, 4-40 characters; null clears it' })
    pairingCode: string | null,
  ): Promise<Membership> {
    return this.pairing.setMemberCode(learnerId, groupId, pairingCode);
  }
}
