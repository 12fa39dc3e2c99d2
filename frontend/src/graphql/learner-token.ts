import { shallowRef } from 'vue';
import { readStored, removeStored, STORAGE_KEYS, writeStored } from '@/modules/storage';

/**
 * The anonymous learner token: an opaque secret the server gave this browser, kept in localStorage
 * under `zorka.learner` and sent as `Authorization: Learner <token>`. No name, e-mail or phone, ever.
 */
export const learnerToken = shallowRef<string | null>(readStored(STORAGE_KEYS.learner));

export function setLearnerToken(token: string): void {
  writeStored(STORAGE_KEYS.learner, token);
  learnerToken.value = token;
}

export function clearLearnerToken(): void {
  removeStored(STORAGE_KEYS.learner);
  learnerToken.value = null;
}

/** Re-reads the stored token (another tab may have changed it). */
export function reloadLearnerToken(): void {
  learnerToken.value = readStored(STORAGE_KEYS.learner);
}
