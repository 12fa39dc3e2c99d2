import '@/graphql/trainings/error-keys';
import {
  PairTestAttemptDocument,
  SetMyPairingCodeDocument,
  type PairTestAttemptMutation,
} from '@/graphql/generated-trainings/graphql';
import { useAction } from './useAction';
import { mutateAsLearner } from './useLearner';

/** A member sets (or clears, with null) their pairing code; the server keeps only a salted hash. */
export function useSetPairingCode() {
  const { busy, error, run } = useAction();
  const save = async (groupId: string, pairingCode: string | null): Promise<boolean> =>
    (await run(() => mutateAsLearner(SetMyPairingCodeDocument, { groupId, pairingCode }))) !== null;
  return { busy, error, save };
}

export type PairedAttempt = PairTestAttemptMutation['pairTestAttempt'];

/** Counts this device's first attempt at a group's pre- or final test for the group, under a pairing code. */
export function usePairTestAttempt() {
  const { busy, error, run } = useAction();
  const pair = async (quizId: string, joinCode: string, pairingCode: string): Promise<PairedAttempt | null> =>
    run(async () => (await mutateAsLearner(PairTestAttemptDocument, { input: { quizId, joinCode: joinCode.trim(), pairingCode } })).pairTestAttempt);
  return { busy, error, pair };
}
