import { ref, shallowRef } from 'vue';
import { mutate, request } from '@/graphql/client';
import { downloadText } from '@/modules/download';
import { isApiError, toApiError, type ApiError } from '@/graphql/errors';
import { CreateRecoveryCodeDocument, EraseMyDataDocument, MyDataDocument, RestoreLearnerDocument } from '@/graphql/generated/graphql';
import { learnerToken } from '@/graphql/learner-token';
import { forgetLearner, mutateAsLearner, replaceLearnerToken } from './useLearner';

/** Recovery code: create one (shown once), or continue another device's progress here with one. */
export function useRecoveryCode() {
  const code = ref<string | null>(null);
  const creating = ref(false);
  const createError = shallowRef<ApiError | null>(null);
  const restoring = ref(false);
  const restoreError = shallowRef<ApiError | null>(null);

  async function create(): Promise<void> {
    creating.value = true;
    createError.value = null;
    try {
      code.value = (await mutateAsLearner(CreateRecoveryCodeDocument, {})).createRecoveryCode.code;
    } catch (caught) {
      createError.value = toApiError(caught);
    } finally {
      creating.value = false;
    }
  }

  /** On success the stored token is replaced; on failure nothing on this device changes. */
  async function restore(input: string): Promise<boolean> {
    restoring.value = true;
    restoreError.value = null;
    try {
      const { restoreLearner } = await mutate(RestoreLearnerDocument, { code: input.trim() });
      replaceLearnerToken(restoreLearner.token);
      return true;
    } catch (caught) {
      restoreError.value = toApiError(caught);
      return false;
    } finally {
      restoring.value = false;
    }
  }

  return { code, creating, createError, create, restoring, restoreError, restore, hide: () => (code.value = null) };
}

/** "Erase my data": deletes the learner on the server, then forgets the token here. */
export function useEraseMyData() {
  const erasing = ref(false);
  const error = shallowRef<ApiError | null>(null);

  async function erase(): Promise<boolean> {
    erasing.value = true;
    error.value = null;
    try {
      if (learnerToken.value) await mutate(EraseMyDataDocument, {});
      forgetLearner();
      return true;
    } catch (caught) {
      // The server no longer knows this token: there is nothing left to erase there.
      if (isApiError(caught) && caught.code === 'UNAUTHENTICATED') {
        forgetLearner();
        return true;
      }
      error.value = toApiError(caught);
      return false;
    } finally {
      erasing.value = false;
    }
  }

  return { erase, erasing, error };
}

/** "Download my data": the server's complete copy of what it keeps about this learner, saved as a JSON file. */
export function useDownloadMyData() {
  const downloading = ref(false);
  const error = shallowRef<ApiError | null>(null);

  /** False when nothing is stored yet (no learner on this device), so there is nothing to download. */
  async function download(): Promise<boolean> {
    if (!learnerToken.value) return false;
    downloading.value = true;
    error.value = null;
    try {
      // Not through the query cache: personal data is fetched when asked for, and not kept in memory.
      const data = await request(MyDataDocument, {});
      downloadText(data.myData, 'zorka-my-data.json', 'application/json');
      return true;
    } catch (caught) {
      error.value = toApiError(caught);
      return false;
    } finally {
      downloading.value = false;
    }
  }

  return { download, downloading, error };
}
