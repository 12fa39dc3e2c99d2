import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Allow } from '../../common/auth/allow.decorator';
import type { Viewer } from '../../common/auth/viewer';
import { CurrentViewer, LearnerId } from '../../common/auth/viewer.decorator';
import { parseLocale } from '../../common/graphql/locale';
import { CLIENT_ID_DESCRIPTION } from '../../common/idempotency/client-id';
import { EventBus } from '../../common/pubsub/event-bus';
import { viewsOnChange } from '../../common/pubsub/map-events';
import { ShowLiveStepInput } from './dto/show-live-step.input';
import { groupTopic, LiveSessionsService, sessionTopic, type LiveChange } from './live-sessions.service';
import { ParticipantLiveView, TrainerLiveView } from './models/live-session.model';

const LOCALE = { description: 'ru, en or be' } as const;

@Resolver()
export class LiveSessionsResolver {
  constructor(
    private readonly live: LiveSessionsService,
    private readonly events: EventBus,
  ) {}

  @Allow('trainer')
  @Mutation(() => TrainerLiveView, { description: 'Start a live session for a group (ends its earlier one)' })
  startLiveSession(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID, description: 'Group id' }) groupId: string,
    @Args('locale', LOCALE) locale: string,
    @Args('clientId', { type: () => String, nullable: true, description: CLIENT_ID_DESCRIPTION }) clientId?: string | null,
  ): Promise<TrainerLiveView> {
    return this.live.start(viewer, groupId, parseLocale(locale), clientId);
  }

  @Allow('trainer')
  @Mutation(() => TrainerLiveView, { description: 'Put a lesson, a question or a role-play decision on every screen' })
  showLiveStep(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionId', { type: () => ID, description: 'Session id' }) sessionId: string,
    @Args('input', { description: 'What to show' }) input: ShowLiveStepInput,
    @Args('locale', LOCALE) locale: string,
  ): Promise<TrainerLiveView> {
    return this.live.show(viewer, sessionId, input, parseLocale(locale));
  }

  @Allow('trainer')
  @Mutation(() => TrainerLiveView, { description: 'Show the right answer, feedback and results on all screens' })
  revealLiveStep(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionId', { type: () => ID, description: 'Session id' }) sessionId: string,
    @Args('locale', LOCALE) locale: string,
  ): Promise<TrainerLiveView> {
    return this.live.reveal(viewer, sessionId, parseLocale(locale));
  }

  @Allow('trainer')
  @Mutation(() => TrainerLiveView, { description: 'Move the room’s role-play on: the given choice, or else the majority vote' })
  advanceLiveScenario(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionId', { type: () => ID, description: 'Session id' }) sessionId: string,
    @Args('choiceId', { type: () => ID, nullable: true, description: 'The trainer’s pick; empty to follow the majority' })
    choiceId: string | null,
    @Args('locale', LOCALE) locale: string,
    @Args('fromStepKey', {
      type: () => String,
      nullable: true,
      description: 'The key of the decision on screen when the trainer clicked; if the room has already left it (a resent request), nothing moves',
    })
    fromStepKey?: string | null,
  ): Promise<TrainerLiveView> {
    return this.live.advance(viewer, sessionId, choiceId, parseLocale(locale), fromStepKey);
  }

  @Allow('trainer')
  @Mutation(() => TrainerLiveView, { description: 'End the live session' })
  endLiveSession(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionId', { type: () => ID, description: 'Session id' }) sessionId: string,
    @Args('locale', LOCALE) locale: string,
  ): Promise<TrainerLiveView> {
    return this.live.end(viewer, sessionId, parseLocale(locale));
  }

  @Allow('trainer')
  @Query(() => TrainerLiveView, { description: 'The session as the trainer sees it, with live results' })
  liveSession(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionId', { type: () => ID, description: 'Session id' }) sessionId: string,
    @Args('locale', LOCALE) locale: string,
  ): Promise<TrainerLiveView> {
    return this.live.trainerViewFor(viewer, sessionId, parseLocale(locale));
  }

  @Allow('learner')
  @Query(() => ParticipantLiveView, { nullable: true, description: 'The running session of a group the caller is in (null when none)' })
  myLiveSession(
    @LearnerId() learnerId: string,
    @Args('groupId', { type: () => ID, description: 'Group id' }) groupId: string,
    @Args('locale', LOCALE) locale: string,
  ): Promise<ParticipantLiveView | null> {
    return this.live.participantViewFor(learnerId, groupId, parseLocale(locale));
  }

  @Allow('learner')
  @Mutation(() => ParticipantLiveView, { description: 'Answer the question or vote on the decision on screen; the first answer stands' })
  answerLiveStep(
    @LearnerId() learnerId: string,
    @Args('sessionId', { type: () => ID, description: 'Session id' }) sessionId: string,
    @Args('optionIds', { type: () => [ID], description: 'Chosen options' }) optionIds: string[],
    @Args('locale', LOCALE) locale: string,
  ): Promise<ParticipantLiveView> {
    return this.live.answer(learnerId, sessionId, optionIds.slice(0, 50), parseLocale(locale));
  }

  @Allow('trainer')
  @Subscription(() => TrainerLiveView, { description: 'The trainer’s view, again after every change and every answer' })
  async trainerLiveSession(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionId', { type: () => ID, description: 'Session id' }) sessionId: string,
    @Args('locale', LOCALE) locale: string,
  ) {
    const loc = parseLocale(locale);
    await this.live.trainerViewFor(viewer, sessionId, loc); // refuses a session that is not the trainer's
    return viewsOnChange('trainerLiveSession', this.events.subscribe(sessionTopic(sessionId)), () => this.live.trainerViewFor(viewer, sessionId, loc));
  }

  @Allow('learner')
  @Subscription(() => ParticipantLiveView, { nullable: true, description: 'A participant’s view of the group’s session, after every change' })
  async participantLiveSession(
    @LearnerId() learnerId: string,
    @Args('groupId', { type: () => ID, description: 'Group id' }) groupId: string,
    @Args('locale', LOCALE) locale: string,
  ) {
    const loc = parseLocale(locale);
    const attended = new Set<string>();
    await this.live.participantViewFor(learnerId, groupId, loc, { attended }); // refuses non-members; records attendance
    // A session that has just ended is sent once more, as `active: false`, so phones know it ended.
    return viewsOnChange('participantLiveSession', this.events.subscribe<LiveChange>(groupTopic(groupId)), (signal) =>
      this.live.participantViewFor(learnerId, groupId, loc, { change: signal?.change, sessionId: signal?.sessionId, attended }),
    );
  }
}
