/**
 * localStorage that never throws. Some browsers refuse storage (private modes, strict settings,
 * full quota); Zorka then keeps the value in memory for this tab only instead of breaking.
 */
const memory = new Map<string, string>();

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readStored(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

export function writeStored(key: string, value: string): void {
  memory.set(key, value);
  try {
    storage()?.setItem(key, value);
  } catch {
    /* kept in memory only */
  }
}

export function removeStored(key: string): void {
  memory.delete(key);
  try {
    storage()?.removeItem(key);
  } catch {
    /* nothing stored */
  }
}

/** The keys Zorka keeps in this browser; listed on the "Cover your tracks" page. */
export const STORAGE_KEYS = {
  learner: 'zorka.learner',
  locale: 'zorka.locale',
  safeMode: 'zorka.safeMode',
} as const;
