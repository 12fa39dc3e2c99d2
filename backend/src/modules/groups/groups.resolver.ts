import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/allow.decorator';
import type { Viewer } from '../../common/auth/viewer';
import { CurrentViewer, LearnerId } from '../../common/auth/viewer.decorator';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator';
import { CreateGroupInput } from './dto/create-group.input';
import { JoinGroupInput } from './dto/join-group.input';
import { GroupsService } from './groups.service';
import { Group, JoinableGroup, Membership } from './models/group.model';

/** Join codes are guessable only by trying: every use of one is rate-limited per source. */
const JOIN_CODE_LIMIT = { limit: 20, windowMs: 60_000 };

@Resolver(() => Group)
export class GroupsResolver {
  constructor(private readonly groupService: GroupsService) {}

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
}
