import { computed, ref, shallowRef, toValue, type MaybeRefOrGetter } from 'vue';
import { toApiError, type ApiError } from '@/graphql/errors';
import {
  ChooseScenarioOptionDocument,
  ScenarioDocument,
  StartScenarioDocument,
  type ScenarioRunFieldsFragment,
} from '@/graphql/generated/graphql';
import { newClientId } from '@/modules/client-id';
import { useQuery } from './useApi';
import { mutateAsLearner } from './useLearner';
import { useLocale } from './useLocale';

export function useScenario(scenarioId: MaybeRefOrGetter<string>) {
  const { locale } = useLocale();
  const state = useQuery(ScenarioDocument, () => ({ id: toValue(scenarioId), locale: locale.value }));
  return { ...state, scenario: computed(() => state.data.value?.scenario ?? null) };
}

export type ScenarioRun = ScenarioRunFieldsFragment;
export type ScenarioChoice = ScenarioRun['node']['choices'][number];

export interface ChatLine {
  id: number;
  /** Who speaks: the other side of the conversation, or the learner */
  speaker: 'counterpart' | 'learner';
  text: string;
}

/**
 * One play-through of a role-play: the conversation so far as chat lines, the current node with its
 * choices, and the ending once reached. Lines are added only after the server accepted a choice.
 */
export function useScenarioRun(scenarioId: MaybeRefOrGetter<string>) {
  const { locale } = useLocale();
  const run = shallowRef<ScenarioRun | null>(null);
  const lines = ref<ChatLine[]>([]);
  const busy = ref(false);
  const error = shallowRef<ApiError | null>(null);
  let lineId = 0;
  // A write is retried with the id it was first sent with, so a lost answer never counts a start or a choice twice.
  let startId = newClientId();
  let pendingChoice: { runId: string; nodeId: string; choiceId: string; clientId: string } | null = null;
  const choiceClientId = (runId: string, nodeId: string, choiceId: string) => {
    const same = pendingChoice && pendingChoice.runId === runId && pendingChoice.nodeId === nodeId && pendingChoice.choiceId === choiceId;
    if (!same) pendingChoice = { runId, nodeId, choiceId, clientId: newClientId() };
    return pendingChoice!.clientId;
  };

  const say = (speaker: ChatLine['speaker'], text: string | null | undefined) => {
    if (text && text.trim()) lines.value.push({ id: ++lineId, speaker, text });
  };

  async function start(): Promise<boolean> {
    busy.value = true;
    error.value = null;
    try {
      const { startScenario } = await mutateAsLearner(StartScenarioDocument, {
        scenarioId: toValue(scenarioId),
        locale: locale.value,
        clientId: startId,
      });
      startId = newClientId();
      lines.value = [];
      run.value = startScenario;
      say('counterpart', startScenario.node.text);
      return true;
    } catch (caught) {
      error.value = toApiError(caught);
      return false;
    } finally {
      busy.value = false;
    }
  }

  async function choose(choice: ScenarioChoice): Promise<boolean> {
    const current = run.value;
    if (!current || busy.value) return false;
    busy.value = true;
    error.value = null;
    try {
      const { chooseScenarioOption: next } = await mutateAsLearner(ChooseScenarioOptionDocument, {
        runId: current.id,
        choiceId: choice.id,
        locale: locale.value,
        clientId: choiceClientId(current.id, current.node.id, choice.id),
      });
      pendingChoice = null;
      say('learner', choice.text);
      say('counterpart', next.reaction);
      say('counterpart', next.node.text);
      run.value = next;
      return true;
    } catch (caught) {
      error.value = toApiError(caught);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return {
    run,
    lines,
    busy,
    error,
    start,
    choose,
    choices: computed(() => (run.value && !run.value.node.outcome ? run.value.node.choices : [])),
    outcome: computed(() => run.value?.node.outcome ?? null),
  };
}
