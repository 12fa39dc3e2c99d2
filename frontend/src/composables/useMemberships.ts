import '@/graphql/trainings/error-keys';
import { computed, ref, shallowRef, toValue, type MaybeRefOrGetter } from 'vue';
import { query } from '@/graphql/client';
import { toApiError, type ApiError } from '@/graphql/errors';
import { type JoinGroupInput } from '@/graphql/generated/graphql';
import {
  GroupByJoinCodeDocument,
  IssueCertificateDocument,
  JoinGroupDocument,
  LeaveGroupDocument,
  MyMembershipsDocument,
  VerifyCertificateDocument,
  type CertificateFieldsFragment,
  type JoinGroupMutation,
} from '@/graphql/generated-trainings/graphql';
import { useQuery } from './useApi';
import { mutateAsLearner, queryAsLearner } from './useLearner';
import { useLocale } from './useLocale';

/** What a join code leads to (anyone may ask; rate-limited by the server). `null` code: nothing asked. */
export function useJoinableGroup(code: MaybeRefOrGetter<string | null>) {
  const state = useQuery(GroupByJoinCodeDocument, () => {
    const value = toValue(code);
    return value ? { code: value } : null;
  });
  return { ...state, group: computed(() => state.data.value?.groupByJoinCode ?? null) };
}

/**
 * The groups this browser's learner is in. No learner yet means no groups: none is created just
 * for looking (as for progress).
 */
export function useMyMemberships() {
  const state = useQuery(MyMembershipsDocument, {}, { execute: queryAsLearner });
  return { ...state, memberships: computed(() => state.data.value?.myMemberships ?? []) };
}

export type JoinedMembership = JoinGroupMutation['joinGroup'];

export function useJoinGroup() {
  const busy = ref(false);
  const error = shallowRef<ApiError | null>(null);

  /** Joins (starting an anonymous learner if this browser has none); joining twice returns the same membership. */
  async function join(input: JoinGroupInput): Promise<JoinedMembership | null> {
    busy.value = true;
    error.value = null;
    try {
      return (await mutateAsLearner(JoinGroupDocument, { input })).joinGroup;
    } catch (caught) {
      error.value = toApiError(caught);
      return null;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, join };
}

export function useLeaveGroup() {
  const busy = ref(false);
  const error = shallowRef<ApiError | null>(null);

  async function leave(groupId: string): Promise<boolean> {
    busy.value = true;
    error.value = null;
    try {
      await mutateAsLearner(LeaveGroupDocument, { groupId });
      return true;
    } catch (caught) {
      const apiError = toApiError(caught);
      // Already gone (removed by the trainer, or left in another tab): the wish is fulfilled.
      if (apiError.code === 'NOT_FOUND') return true;
      error.value = apiError;
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, leave };
}

export function useIssueCertificate(groupId: MaybeRefOrGetter<string>) {
  const { locale } = useLocale();
  const certificate = shallowRef<CertificateFieldsFragment | null>(null);
  const busy = ref(false);
  const error = shallowRef<ApiError | null>(null);

  /** Asking again returns the same certificate (the server keeps one per participant). */
  async function issue(): Promise<void> {
    busy.value = true;
    error.value = null;
    try {
      certificate.value = (await mutateAsLearner(IssueCertificateDocument, { groupId: toValue(groupId), locale: locale.value })).issueCertificate;
    } catch (caught) {
      error.value = toApiError(caught);
    } finally {
      busy.value = false;
    }
  }

  return { certificate, busy, error, issue };
}

export function useVerifyCertificate(code: MaybeRefOrGetter<string | null>) {
  const { locale } = useLocale();
  const state = useQuery(
    VerifyCertificateDocument,
    () => {
      const value = toValue(code);
      return value ? { code: value, locale: locale.value } : null;
    },
    // A verification is checked afresh each time (a certificate could be withdrawn).
    { execute: (doc, variables) => query(doc, variables, { force: true }) },
  );
  return { ...state, certificate: computed(() => state.data.value?.verifyCertificate ?? null) };
}
