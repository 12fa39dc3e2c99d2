import { ref, shallowRef } from 'vue';
import { toApiError, type ApiError } from '@/graphql/errors';

/** One mutation at a time: busy while it runs, its error as data (null result when it failed). */
export function useAction() {
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
