/**
 * Quick exit, modelled on GOV.UK "Exit this page": a button, or Shift pressed three times within
 * five seconds, blanks the page at once and replaces it with a neutral site, so Back does not return.
 */
export const QUICK_EXIT_URL: string = import.meta.env.VITE_QUICK_EXIT_URL || 'https://www.bbc.co.uk/weather';

/** The class on <html> that blanks everything while the neutral site loads (see styles/main.css). */
export const QUICK_EXIT_CLASS = 'quick-exit-active';

export interface ShiftDetectorOptions {
  /** Called once the Shift key was pressed `presses` times within `windowMs`. */
  onTrigger: () => void;
  /** Called after each counted press (1, 2, …) and with 0 when the count resets. */
  onProgress?: (count: number) => void;
  presses?: number;
  windowMs?: number;
  /** Clock in milliseconds; injectable for tests. */
  now?: () => number;
}

export interface ShiftDetector {
  handleKeydown(event: Pick<KeyboardEvent, 'key' | 'repeat'>): void;
  reset(): void;
}

/**
 * Counts Shift presses. Any other key resets the count, so typing capital letters (Shift+A, Shift+B, …)
 * never triggers an exit; holding Shift down (auto-repeat) counts once.
 */
export function createShiftDetector(options: ShiftDetectorOptions): ShiftDetector {
  const presses = options.presses ?? 3;
  const windowMs = options.windowMs ?? 5000;
  const now = options.now ?? (() => Date.now());
  let times: number[] = [];

  const reset = () => {
    if (times.length > 0) {
      times = [];
      options.onProgress?.(0);
    }
  };

  return {
    handleKeydown(event) {
      if (event.key !== 'Shift') {
        reset();
        return;
      }
      if (event.repeat) return;
      const t = now();
      times = times.filter((time) => t - time < windowMs);
      times.push(t);
      if (times.length >= presses) {
        times = [];
        options.onProgress?.(0);
        options.onTrigger();
      } else {
        options.onProgress?.(times.length);
      }
    },
    reset,
  };
}

export interface ExitTarget {
  location: Pick<Location, 'replace'>;
  document: Pick<Document, 'documentElement'>;
}

/**
 * Leaves now: hides the page content first (the neutral site can take seconds to load on a slow
 * network), then replaces this history entry. Nothing else is cleared, and no window is opened.
 */
export function exitPage(url: string = QUICK_EXIT_URL, target: ExitTarget = window): void {
  target.document.documentElement.classList.add(QUICK_EXIT_CLASS);
  target.location.replace(url);
}
