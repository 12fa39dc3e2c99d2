import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/auth/viewer';
import { pickText, translate, type Locale } from '../../common/graphql/locale';
import { parseClientId } from '../../common/idempotency/client-id';
import { EventBus } from '../../common/pubsub/event-bus';
import { membershipNotFound } from '../groups/groups.errors';
import { GroupsService } from '../groups/groups.service';
import { LessonsService } from '../lessons/lessons.service';
import type { QuestionTypeValue } from '../quizzes/models/quiz.model';
import { QuizzesService } from '../quizzes/quizzes.service';
import { findNode, isEnding } from '../scenarios/scenario-traversal';
import { ScenariosService } from '../scenarios/scenarios.service';
import type { ShowLiveStepInput } from './dto/show-live-step.input';
import { countAnswers, majorityChoice } from './live-results';
import type { LiveAnswerEntity } from './live-answer.entity';
import type { LiveSessionEntity, LiveStep } from './live-session.entity';
import { answersClosed, badAnswer, badStep, noVotes, nothingToAnswer, sessionEnded, sessionNotFound } from './live-sessions.errors';
import { LiveSessionsRepository } from './live-sessions.repository';
import { LiveStepKindValue, type LiveResults, type LiveStepView, type ParticipantLiveView, type TrainerLiveView } from './models/live-session.model';

/** What a change to a session tells the group's phones: `change` names this one change. */
export interface LiveChange {
  sessionId: string;
  change: string;
}

/** A phone following its group: the change it is catching up with, and the sessions it is counted in. */
export interface Following {
  change?: string;
  /** The session the change was about: when it has just ended, the phone is told so once */
  sessionId?: string;
  attended: Set<string>;
  /** Read at the first view; later changes check it against the group's members of the moment */
  membershipId?: string;
}

/** The part of every phone's view that is the same for the whole group at one change. */
interface GroupSnapshot {
  /** Who is in the group at this change (shared snapshots only): a phone whose participant left or was removed stops here */
  memberIds: Set<string> | null;
  session: LiveSessionEntity | null;
  detail: StepDetail | null;
  answers: LiveAnswerEntity[];
  answerOf: Map<string, string[]>;
  /**
   * Shared snapshots only: the participant view per answer given (`''` for none). Phones that answered
   * alike see the same view object, so the subscription's result is executed once for all of them
   * (`subscribeSharingViews`); a view holds nothing about who sees it but the answer.
   */
  viewsByAnswer?: Map<string, Promise<ParticipantLiveView>>;
}

/** How long a change's snapshot is kept for phones still catching up with it. */
const SNAPSHOT_MS = 10_000;

/** Topics: the trainer's screen follows a session, participants follow their group. */
export const sessionTopic = (sessionId: string) => `live:session:${sessionId}`;
export const groupTopic = (groupId: string) => `live:group:${groupId}`;

const stepKey = (step: LiveStep): string =>
  step.kind === 'lesson' ? `lesson:${step.lessonId}` : step.kind === 'question' ? `question:${step.quizId}:${step.questionId}` : `decision:${step.scenarioId}:${step.nodeId}`;

interface StepDetail {
  view: LiveStepView;
  /** Questions: the correct options; decisions: none (the room's choice is computed) */
  correctOptionIds: string[];
  feedback: Map<string, string>;
  multiple: boolean;
}

@Injectable()
export class LiveSessionsService {
  /**
   * One change reaches every phone of a group at once: the session, the step on screen and its
   * answers are read once per change (and locale), not once per phone. Keyed by the change's id,
   * so a phone never gets a snapshot older than the change it was told about.
   */
  private readonly snapshots = new Map<string, Promise<GroupSnapshot>>();

  constructor(
    private readonly sessions: LiveSessionsRepository,
    private readonly groups: GroupsService,
    private readonly lessons: LessonsService,
    private readonly quizzes: QuizzesService,
    private readonly scenarios: ScenariosService,
    private readonly events: EventBus,
  ) {}

  /** Starts a session; resending the same clientId returns that session instead of ending it and starting another. */
  async start(viewer: Viewer, groupId: string, locale: Locale, clientIdArg?: string | null): Promise<TrainerLiveView> {
    const clientId = parseClientId(clientIdArg);
    const group = await this.groups.ownedGroup(viewer, groupId);
    const earlier = clientId ? await this.sessions.findByClientId(group.id, clientId) : null;
    if (earlier) return this.trainerView(earlier, locale);
    const session: LiveSessionEntity = { id: randomUUID(), groupId: group.id, step: null, revealed: false, startedAt: new Date(), endedAt: null, clientId };
    if (!(await this.sessions.start(session))) {
      const raced = clientId ? await this.sessions.findByClientId(group.id, clientId) : null;
      if (raced) return this.trainerView(raced, locale);
    }
    await this.changed(session, true);
    return this.trainerView(session, locale);
  }

  async show(viewer: Viewer, sessionId: string, input: ShowLiveStepInput, locale: Locale): Promise<TrainerLiveView> {
    const session = await this.ownedActiveSession(viewer, sessionId);
    const group = await this.groups.ownedGroup(viewer, session.groupId);
    session.step = await this.stepFrom(input, group.courseId);
    session.revealed = false;
    await this.sessions.save(session);
    await this.changed(session);
    return this.trainerView(session, locale);
  }

  async reveal(viewer: Viewer, sessionId: string, locale: Locale): Promise<TrainerLiveView> {
    const session = await this.ownedActiveSession(viewer, sessionId);
    if (!session.step || session.step.kind === 'lesson') throw nothingToAnswer();
    session.revealed = true;
    await this.sessions.save(session);
    await this.changed(session);
    return this.trainerView(session, locale);
  }

  /** Moves the room's role-play on: the trainer's pick, or else the majority of votes. */
  async advance(
    viewer: Viewer,
    sessionId: string,
    choiceId: string | null | undefined,
    locale: Locale,
    fromStepKey?: string | null,
  ): Promise<TrainerLiveView> {
    const session = await this.ownedActiveSession(viewer, sessionId);
    const step = session.step;
    // Already moved on from where the trainer clicked: a resend, answered with where the room is now.
    if (step && fromStepKey != null && stepKey(step) !== fromStepKey) return this.trainerView(session, locale);
    if (!step || step.kind !== 'decision') throw nothingToAnswer();
    const { graph } = await this.scenarios.graph(step.scenarioId);
    const node = findNode(graph, step.nodeId);
    const choices = node.choices ?? [];
    const votes = countAnswers(choices.map((c) => c.id), await this.sessions.answersTo(session.id, stepKey(step)));
    const chosen = choiceId ?? majorityChoice(votes);
    if (!chosen) throw noVotes();
    const choice = choices.find((c) => c.id === chosen);
    if (!choice) throw badStep(`"${chosen.slice(0, 120)}" is not one of the choices here`);
    const next: LiveStep = { kind: 'decision', scenarioId: step.scenarioId, nodeId: choice.next };
    // Only from where it was read: of two concurrent clicks, one moves the room, the other sees where it is now.
    if (!(await this.sessions.moveStep(session.id, step, next, isEnding(findNode(graph, choice.next))))) {
      return this.trainerView(await this.ownedSession(viewer, session.id), locale);
    }
    session.step = next;
    session.revealed = isEnding(findNode(graph, choice.next));
    await this.changed(session);
    return this.trainerView(session, locale);
  }

  async end(viewer: Viewer, sessionId: string, locale: Locale): Promise<TrainerLiveView> {
    const session = await this.ownedActiveSession(viewer, sessionId);
    session.endedAt = new Date();
    await this.sessions.save(session);
    await this.changed(session, true);
    return this.trainerView(session, locale);
  }

  async trainerViewFor(viewer: Viewer, sessionId: string, locale: Locale): Promise<TrainerLiveView> {
    return this.trainerView(await this.ownedSession(viewer, sessionId), locale);
  }

  /**
   * A participant opening (or reopening) the group's live session, or a phone following it when it
   * changes (one already following when a session starts is attending it): counted once as attending.
   */
  async participantViewFor(learnerId: string, groupId: string, locale: Locale, following?: Following): Promise<ParticipantLiveView | null> {
    // A phone following a change already knows its membership: the snapshot's member list (one
    // read for the whole group) says whether it still holds.
    const membershipId = following?.membershipId ?? (await this.groups.membershipOf(groupId, learnerId)).id;
    if (following) following.membershipId = membershipId;
    const snapshot = await this.snapshot(groupId.slice(0, 36), locale, following?.change);
    if (snapshot.memberIds && !snapshot.memberIds.has(membershipId)) throw membershipNotFound();
    const { session, detail } = snapshot;
    if (!session) {
      // The change was this group's session ending: say so explicitly, once, rather than "no session".
      const ended = following?.sessionId ? await this.sessions.find(following.sessionId) : null;
      return ended?.groupId === groupId && ended.endedAt ? this.participantView(ended, null, [], async () => []) : null;
    }
    if (!following?.attended.has(session.id)) {
      await this.sessions.recordAttendance(session.id, membershipId);
      following?.attended.add(session.id);
    }
    const myAnswer = snapshot.answerOf.get(membershipId) ?? [];
    const build = () => this.participantView(session, detail, myAnswer, async () => snapshot.answers);
    if (!snapshot.viewsByAnswer) return build();
    const key = myAnswer.join('\n');
    let view = snapshot.viewsByAnswer.get(key);
    if (!view) snapshot.viewsByAnswer.set(key, (view = build()));
    return view;
  }

  private snapshot(groupId: string, locale: Locale, change: string | undefined): Promise<GroupSnapshot> {
    if (!change) return this.readSnapshot(groupId, locale, false);
    const key = `${change}:${groupId}:${locale}`;
    let snapshot = this.snapshots.get(key);
    if (!snapshot) {
      snapshot = this.readSnapshot(groupId, locale, true).then((read) => ({ ...read, viewsByAnswer: new Map() }));
      this.snapshots.set(key, snapshot);
      setTimeout(() => this.snapshots.delete(key), SNAPSHOT_MS).unref();
      snapshot.catch(() => this.snapshots.delete(key));
    }
    return snapshot;
  }

  private async readSnapshot(groupId: string, locale: Locale, withMembers: boolean): Promise<GroupSnapshot> {
    const session = await this.sessions.findActiveForGroup(groupId);
    const detail = session?.step ? await this.detail(session.step, locale) : null;
    const answers = session && detail && session.step?.kind !== 'lesson' ? await this.sessions.answersTo(session.id, detail.view.key) : [];
    const memberIds = withMembers ? new Set((await this.groups.members(groupId)).map((m) => m.id)) : null;
    return { memberIds, session, detail, answers, answerOf: new Map(answers.map((a) => [a.membershipId, a.optionIds])) };
  }

  async answer(learnerId: string, sessionId: string, optionIds: string[], locale: Locale): Promise<ParticipantLiveView> {
    const session = await this.sessions.find(sessionId.slice(0, 36));
    if (!session) throw sessionNotFound();
    const membership = await this.groups.membershipOf(session.groupId, learnerId);
    if (session.endedAt) throw sessionEnded();
    if (!session.step || session.step.kind === 'lesson') throw nothingToAnswer();
    if (session.revealed) throw answersClosed();
    const detail = await this.detail(session.step, locale);
    const chosen = [...new Set(optionIds)];
    if (chosen.length === 0) throw badAnswer('Choose an answer');
    if (!detail.multiple && chosen.length > 1) throw badAnswer('Choose one answer');
    const known = new Set(detail.view.options.map((o) => o.id));
    const unknown = chosen.find((id) => !known.has(id));
    if (unknown) throw badAnswer(`"${unknown.slice(0, 120)}" is not an answer here`);
    await this.sessions.recordAnswer({
      id: randomUUID(),
      sessionId: session.id,
      membershipId: membership.id,
      stepKey: stepKey(session.step),
      optionIds: chosen,
      answeredAt: new Date(),
    });
    await this.events.publish(sessionTopic(session.id), { sessionId: session.id });
    const mine = await this.sessions.findAnswer(session.id, membership.id, detail.view.key);
    return this.participantView(session, detail, mine?.optionIds ?? [], () => this.sessions.answersTo(session.id, detail.view.key));
  }

  private async changed(session: LiveSessionEntity, startedOrEnded = false): Promise<void> {
    await this.events.publish(sessionTopic(session.id), { sessionId: session.id });
    await this.events.publish<LiveChange>(groupTopic(session.groupId), { sessionId: session.id, change: randomUUID() });
    if (startedOrEnded) await this.groups.changed(session.groupId);
  }

  /** The group's running session, if any (for the trainer's group page and the participant's). */
  async runningSession(groupId: string): Promise<{ sessionId: string; startedAt: Date } | null> {
    const session = await this.sessions.findActiveForGroup(groupId);
    return session ? { sessionId: session.id, startedAt: session.startedAt } : null;
  }

  private async ownedSession(viewer: Viewer, sessionId: string): Promise<LiveSessionEntity> {
    const session = await this.sessions.find(sessionId.slice(0, 36));
    if (!session) throw sessionNotFound();
    await this.groups.ownedGroup(viewer, session.groupId).catch(() => {
      throw sessionNotFound();
    });
    return session;
  }

  private async ownedActiveSession(viewer: Viewer, sessionId: string): Promise<LiveSessionEntity> {
    const session = await this.ownedSession(viewer, sessionId);
    if (session.endedAt) throw sessionEnded();
    return session;
  }

  /** Checks the input names content of the group's own course, and makes the step. */
  private async stepFrom(input: ShowLiveStepInput, courseId: string): Promise<LiveStep> {
    const ofCourse = (id: string | null | undefined, what: string): string => {
      if (!id || !id.startsWith(`${courseId}/`)) throw badStep(`${what}: name one of the course "${courseId}"`);
      return id;
    };
    switch (input.kind) {
      case LiveStepKindValue.LESSON: {
        const lesson = await this.lessons.findActive(ofCourse(input.lessonId, 'lessonId'));
        return { kind: 'lesson', lessonId: lesson.id };
      }
      case LiveStepKindValue.QUESTION: {
        const { quiz, question } = await this.quizzes.question(ofCourse(input.quizId, 'quizId'), input.questionId ?? '');
        return { kind: 'question', quizId: quiz.id, questionId: question.id };
      }
      case LiveStepKindValue.DECISION: {
        const { scenario } = await this.scenarios.graph(ofCourse(input.scenarioId, 'scenarioId'));
        return { kind: 'decision', scenarioId: scenario.id, nodeId: scenario.startNode };
      }
    }
  }

  private async detail(step: LiveStep, locale: Locale): Promise<StepDetail> {
    const key = stepKey(step);
    const base = { key, html: null, questionType: null, outcome: null };
    if (step.kind === 'lesson') {
      const lesson = await this.lessons.lesson(step.lessonId, locale);
      return {
        view: { ...base, kind: LiveStepKindValue.LESSON, locale: lesson.locale, title: lesson.title, html: lesson.html, options: [] },
        correctOptionIds: [],
        feedback: new Map(),
        multiple: false,
      };
    }
    if (step.kind === 'question') {
      const { question } = await this.quizzes.question(step.quizId, step.questionId);
      const prompt = pickText(question.prompt, locale);
      return {
        view: {
          ...base,
          kind: LiveStepKindValue.QUESTION,
          locale: prompt.locale,
          title: prompt.text,
          questionType: question.type as QuestionTypeValue,
          options: question.options.map((o) => ({ id: o.id, text: translate(o.text, locale) })),
        },
        correctOptionIds: question.options.filter((o) => o.correct).map((o) => o.id),
        feedback: new Map(question.options.map((o) => [o.id, translate(o.feedback, locale)])),
        multiple: question.type === 'multiple',
      };
    }
    const { graph } = await this.scenarios.graph(step.scenarioId);
    const raw = findNode(graph, step.nodeId);
    const node = this.scenarios.nodeView(raw, locale);
    const textLocale = raw.text ? pickText(raw.text, locale).locale : locale;
    return {
      view: { ...base, kind: LiveStepKindValue.DECISION, locale: textLocale, title: node.text, options: node.choices, outcome: node.outcome },
      correctOptionIds: [],
      feedback: new Map(),
      multiple: false,
    };
  }

  private async results(session: LiveSessionEntity, detail: StepDetail, answers?: LiveAnswerEntity[]): Promise<LiveResults | null> {
    if (!session.step || session.step.kind === 'lesson') return null;
    answers ??= await this.sessions.answersTo(session.id, detail.view.key);
    const counts = countAnswers(detail.view.options.map((o) => o.id), answers);
    const roomChoice = majorityChoice(counts);
    const correctOptionIds = session.step.kind === 'question' ? detail.correctOptionIds : roomChoice ? [roomChoice] : [];
    return { answered: answers.length, counts, correctOptionIds };
  }

  private async trainerView(session: LiveSessionEntity, locale: Locale): Promise<TrainerLiveView> {
    const detail = session.step ? await this.detail(session.step, locale) : null;
    return {
      sessionId: session.id,
      groupId: session.groupId,
      active: session.endedAt === null,
      step: detail?.view ?? null,
      revealed: session.revealed,
      results: detail ? await this.results(session, detail) : null,
      attendance: await this.sessions.countAttendance(session.id),
    };
  }

  private async participantView(
    session: LiveSessionEntity,
    detail: StepDetail | null,
    myAnswer: string[],
    answers: () => Promise<LiveAnswerEntity[]>,
  ): Promise<ParticipantLiveView> {
    const revealed = session.revealed && detail !== null;
    return {
      sessionId: session.id,
      groupId: session.groupId,
      active: session.endedAt === null,
      step: detail?.view ?? null,
      revealed: session.revealed,
      myAnswer,
      results: revealed ? await this.results(session, detail, await answers()) : null,
      feedback: revealed && myAnswer.length > 0 ? myAnswer.map((id) => detail.feedback.get(id) ?? '').filter(Boolean).join(' ') || null : null,
    };
  }

  hasAttended(membershipId: string): Promise<boolean> {
    return this.sessions.hasAttended(membershipId);
  }

  attendanceOf(groupId: string) {
    return this.sessions.attendanceOf(groupId);
  }

}
