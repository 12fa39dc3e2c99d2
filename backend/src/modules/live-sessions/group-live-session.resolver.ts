import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Group, Membership } from '../groups/models/group.model';
import { LiveSessionsService } from './live-sessions.service';
import { RunningLiveSession } from './models/live-session.model';

/**
 * The running session as a field of a group (trainer) and of a membership (participant), so both
 * find it from the group without guessing. Fields of already-authorized parents: no own @Allow.
 */
@Resolver(() => Group)
export class GroupLiveSessionResolver {
  constructor(private readonly live: LiveSessionsService) {}

  @ResolveField(() => RunningLiveSession, { nullable: true, description: 'The live session running now, if any' })
  liveSession(@Parent() group: Group): Promise<RunningLiveSession | null> {
    return this.live.runningSession(group.id);
  }
}

@Resolver(() => Membership)
export class MembershipLiveSessionResolver {
  constructor(private readonly live: LiveSessionsService) {}

  @ResolveField(() => RunningLiveSession, { nullable: true, description: 'The group’s live session running now, if any' })
  liveSession(@Parent() membership: Membership): Promise<RunningLiveSession | null> {
    return this.live.runningSession(membership.groupId);
  }
}
