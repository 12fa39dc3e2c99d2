import { onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref, type ShallowRef } from 'vue';
import { onInvalidate, operationName, query, type Operation } from '@/graphql/client';
import { toApiError, type ApiError } from '@/graphql/errors';

export interface QueryState<TResult> {
  data: ShallowRef<TResult | null>;
  error: ShallowRef<ApiError | null>;
  loading: Ref<boolean>;
  /** Asks the server again, bypassing the cache. */
  refetch: () => Promise<void>;
}

export interface UseQueryOptions<TResult, TVars> {
  /** How to run the query; defaults to the cached `query` of the client. */
  execute?: (doc: Operation<TResult, TVars>, variables: TVars, options: { force?: boolean }) => Promise<TResult | null>;
}

/**
 * A reactive query: runs when its variables change (e.g. the UI language), keeps showing the previous
 * answer while the next one loads (never a blank page), and refreshes when a mutation invalidates it.
 * Variables `null` means "not yet": nothing is sent.
 */
export function useQuery<TResult, TVars>(
  doc: Operation<TResult, TVars>,
  variables: MaybeRefOrGetter<TVars | null>,
  options: UseQueryOptions<TResult, TVars> = {},
): QueryState<TResult> {
  const data = shallowRef<TResult | null>(null);
  const error = shallowRef<ApiError | null>(null);
  const loading = ref(false);
  const execute = options.execute ?? ((d, v, o) => query(d, v, o));
  let sequence = 0;

  async function run(force: boolean): Promise<void> {
    const vars = toValue(variables);
    const mine = ++sequence;
    if (vars === null) {
      data.value = null;
      loading.value = false;
      return;
    }
    loading.value = true;
    error.value = null;
    try {
      const result = await execute(doc, vars, { force });
      if (mine === sequence) data.value = result;
    } catch (caught) {
      if (mine === sequence) error.value = toApiError(caught);
    } finally {
      if (mine === sequence) loading.value = false;
    }
  }

  watch(() => JSON.stringify(toValue(variables)), () => void run(false), { immediate: true });
  const operation = operationName(doc);
  const stop = onInvalidate((operations) => {
    if (operations.has(operation)) void run(false);
  });
  onScopeDispose(stop);

  return { data, error, loading, refetch: () => run(true) };
}
