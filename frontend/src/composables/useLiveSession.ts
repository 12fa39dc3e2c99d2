import '@/graphql/trainings/error-keys';
import { computed, onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { mutate, query, type Operation } from '@/graphql/client';
import { toApiError, type ApiError } from '@/graphql/errors';
import {
  AdvanceLiveScenarioDocument,
  AnswerLiveStepDocument,
  EndLiveSessionDocument,
  LiveSessionDocument,
  MyLiveSessionDocument,
  ParticipantLiveSessionDocument,
  RevealLiveStepDocument,
  ShowLiveStepDocument,
  StartLiveSessionDocument,
  TrainerLiveSessionDocument,
  type ParticipantLiveFieldsFragment,
  type ShowLiveStepInput,
  type TrainerLiveFieldsFragment,
} from '@/graphql/generated-trainings/graphql';
import { useLiveClient } from '@/graphql/subscriptions';
import { ensureLearner, mutateAsLearner, queryAsLearner } from './useLearner';
import { newClientId } from '@/modules/client-id';
import { useLocale } from './useLocale';

export type TrainerLiveView = TrainerLiveFieldsFragment;
export type ParticipantLiveView = ParticipantLiveFieldsFragment;
export type LiveStep = NonNullable<TrainerLiveView['step']>;
export type LiveResults = NonNullable<TrainerLiveView['results']>;

/**
 * Follows one live view: first over HTTP (so a screen shows something even where WebSockets are
 * blocked), then every change over the subscription. The subscription starts again when its
 * variables change (another language). Once a pushed view has arrived, a late HTTP answer is ignored.
 */
function useFollowedView<TView, TVars, TQuery, TSub>(options: {
  variables: () => TVars | null;
  load: (variables: TVars) => Promise<TQuery | null>;
  fromQuery: (data: TQuery) => TView | null;
  subscription: Operation<TSub, TVars>;
  /** `first`: the view the server sends as the subscription starts (the current one) */
  fromSubscription: (data: TSub, first: boolean) => TView | null;
}) {
  const client = useLiveClient();
  const view = shallowRef<TView | null>(null);
  /** True once the first answer (HTTP or pushed) arrived */
  const loaded = ref(false);
  const error = shallowRef<ApiError | null>(null);
  let stop: (() => void) | null = null;
  let generation = 0;

  function start(): void {
    stop?.();
    stop = null;
    const variables = options.variables();
    const mine = ++generation;
    if (variables === null) return;
    let pushed = false;
    let first = true;
    error.value = null;
    options
      .load(variables)
      .then((data) => {
        if (mine !== generation || pushed) return;
        view.value = data === null ? null : options.fromQuery(data);
        loaded.value = true;
      })
      .catch((caught: unknown) => {
        if (mine === generation && !pushed) error.value = toApiError(caught);
      });
    stop = client.subscribe(options.subscription, variables, {
      next: (data) => {
        if (mine !== generation) return;
        pushed = true;
        error.value = null;
        view.value = options.fromSubscription(data, first);
        first = false;
        loaded.value = true;
      },
      error: (caught) => {
        if (mine === generation) error.value = caught;
      },
    });
  }

  watch(() => JSON.stringify(options.variables()), start, { immediate: true });
  onScopeDispose(() => {
    generation += 1;
    stop?.();
  });

  return { view, loaded, error, restart: start, connection: client.state };
}

/** The trainer's projector: the session with answers as they arrive, and the trainer's controls. */
export function useTrainerLiveSession(sessionId: MaybeRefOrGetter<string>) {
  const { locale } = useLocale();
  const followed = useFollowedView({
    variables: () => ({ sessionId: toValue(sessionId), locale: locale.value }),
    load: (variables) => query(LiveSessionDocument, variables, { force: true }),
    fromQuery: (data) => data.liveSession,
    subscription: TrainerLiveSessionDocument,
    fromSubscription: (data) => data.trainerLiveSession,
  });

  const busy = ref<null | 'show' | 'reveal' | 'advance' | 'end'>(null);
  const actionError = shallowRef<ApiError | null>(null);

  async function act(kind: NonNullable<typeof busy.value>, run: () => Promise<TrainerLiveView>): Promise<boolean> {
    busy.value = kind;
    actionError.value = null;
    try {
      followed.view.value = await run();
      return true;
    } catch (caught) {
      actionError.value = toApiError(caught);
      return false;
    } finally {
      busy.value = null;
    }
  }

  const vars = () => ({ sessionId: toValue(sessionId), locale: locale.value });
  return {
    ...followed,
    busy,
    actionError,
    show: (input: ShowLiveStepInput) => act('show', async () => (await mutate(ShowLiveStepDocument, { ...vars(), input })).showLiveStep),
    reveal: () => act('reveal', async () => (await mutate(RevealLiveStepDocument, vars())).revealLiveStep),
    /** The trainer's pick, or (no choice) the room's majority; from the decision on screen, so a resend moves nothing twice */
    advance: (choiceId?: string) => {
      const fromStepKey = followed.view.value?.step?.key ?? null;
      return act('advance', async () => (await mutate(AdvanceLiveScenarioDocument, { ...vars(), choiceId: choiceId ?? null, fromStepKey })).advanceLiveScenario);
    },
    end: () => act('end', async () => (await mutate(EndLiveSessionDocument, vars())).endLiveSession),
  };
}

export function useStartLiveSession() {
  const { locale } = useLocale();
  const busy = ref(false);
  const error = shallowRef<ApiError | null>(null);

  // One id per intention to start: a retry after a lost answer returns the same session rather than a second one.
  let clientId = newClientId();

  async function start(groupId: string): Promise<TrainerLiveView | null> {
    busy.value = true;
    error.value = null;
    try {
      const started = (await mutate(StartLiveSessionDocument, { groupId, locale: locale.value, clientId })).startLiveSession;
      clientId = newClientId();
      return started;
    } catch (caught) {
      error.value = toApiError(caught);
      return null;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, start };
}

/**
 * A participant's phone: follows the group's session (null when none is running), and sends this
 * participant's answer. A refresh or a reconnect comes back as the same person (the learner token).
 */
export function useParticipantLiveSession(groupId: MaybeRefOrGetter<string>) {
  const { locale } = useLocale();
  // The server counts a participant as attending when they open a session (myLiveSession, or the
  // start of the subscription), not when a session started later is pushed to an open phone. Such
  // a session is opened once more, so that everyone who followed it counts.
  const opened = new Set<string>();
  const open = (view: ParticipantLiveView | null, alreadyOpened: boolean) => {
    if (!view?.active || opened.has(view.sessionId)) return view;
    opened.add(view.sessionId);
    if (!alreadyOpened) {
      void queryAsLearner(MyLiveSessionDocument, { groupId: toValue(groupId), locale: locale.value }, { force: true }).catch(() => undefined);
    }
    return view;
  };
  const followed = useFollowedView({
    variables: () => ({ groupId: toValue(groupId), locale: locale.value }),
    load: (variables) => queryAsLearner(MyLiveSessionDocument, variables, { force: true }),
    fromQuery: (data) => open(data.myLiveSession, true),
    subscription: ParticipantLiveSessionDocument,
    fromSubscription: (data, first) => open(data.participantLiveSession, first),
  });

  const sending = ref(false);
  const answerError = shallowRef<ApiError | null>(null);
  /** A session was seen running: when it goes, it has ended (rather than "not started yet"). */
  const sawSession = ref(false);
  watch(followed.view, (view) => {
    if (view?.active) sawSession.value = true;
  });

  async function answer(optionIds: string[]): Promise<boolean> {
    const current = followed.view.value;
    if (!current) return false;
    sending.value = true;
    answerError.value = null;
    try {
      await ensureLearner();
      const { answerLiveStep } = await mutateAsLearner(AnswerLiveStepDocument, { sessionId: current.sessionId, optionIds, locale: locale.value });
      // Only if the screen still shows that step (the trainer may have moved on meanwhile).
      if (followed.view.value?.step?.key === answerLiveStep.step?.key) followed.view.value = answerLiveStep;
      return true;
    } catch (caught) {
      answerError.value = toApiError(caught);
      return false;
    } finally {
      sending.value = false;
    }
  }

  return {
    ...followed,
    sending,
    answerError,
    answer,
    ended: computed(() => sawSession.value && (followed.view.value === null || !followed.view.value.active)),
  };
}
