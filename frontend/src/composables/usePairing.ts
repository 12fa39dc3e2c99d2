import '@/graphql/trainings/error-keys';
import { ref, shallowRef } from 'vue';
import { toApiError, type ApiError } from '@/graphql/errors';
import {
  PairTestAttemptDocument,
  SetMyPairingCodeDocument,
  type PairTestAttemptMutation,
} from '@/graphql/generated-trainings/graphql';
import { mutateAsLearner } from './useLearner';

/** One learner mutation at a time: busy while it runs, its error as data. */
function useLearnerAction() {
  const busy = ref(false);
  const error = shallowRef<ApiError | null>(null);
  async function run<T>(action: () => Promise<T>): Promise<T | null> {
    busy.value = true;
    error.value = null;
    try {
      return await action();
    } catch (caught) {
      error.value = toApiError(caught);
      return null;
    } finally {
      busy.value = false;
    }
  }
  return { busy, error, run };
}

/** A member sets (or clears, with null) their pairing code; the server keeps only a salted hash. */
export function useSetPairingCode() {
  const { busy, error, run } = useLearnerAction();
  const save = async (groupId: string, pairingCode: string | null): Promise<boolean> =>
    (await run(() => mutateAsLearner(SetMyPairingCodeDocument, { groupId, pairingCode }))) !== null;
  return { busy, error, save };
}

export type PairedAttempt = PairTestAttemptMutation['pairTestAttempt'];

/** Counts this device's first attempt at a group's pre- or final test for the group, under a pairing code. */
export function usePairTestAttempt() {
  const { busy, error, run } = useLearnerAction();
  const pair = async (quizId: string, joinCode: string, pairingCode: string): Promise<PairedAttempt | null> =>
    run(async () => (await mutateAsLearner(PairTestAttemptDocument, { input: { quizId, joinCode: joinCode.trim(), pairingCode } })).pairTestAttempt);
  return { busy, error, pair };
}
