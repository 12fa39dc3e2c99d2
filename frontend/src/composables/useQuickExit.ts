import { inject, onBeforeUnmount, onMounted, ref, type InjectionKey } from 'vue';
import { createShiftDetector, exitPage, QUICK_EXIT_CLASS, QUICK_EXIT_URL, type ExitTarget } from '@/modules/quick-exit';

/** Where the quick exit acts; tests provide a fake location. */
export const QUICK_EXIT_TARGET: InjectionKey<ExitTarget> = Symbol('quickExitTarget');
/** Clock for the Shift×3 detector; tests provide a fake one. */
export const QUICK_EXIT_CLOCK: InjectionKey<() => number> = Symbol('quickExitClock');

export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;

/**
 * The quick exit for the whole app: `exit()` for the button, and a window-wide listener for
 * Shift pressed three times within five seconds. `pressCount` drives the "press 2 more times" hint.
 */
export function useQuickExit() {
  const target = inject(QUICK_EXIT_TARGET, null) ?? window;
  const now = inject(QUICK_EXIT_CLOCK, null) ?? (() => Date.now());
  const pressCount = ref(0);
  let resetTimer: ReturnType<typeof setTimeout> | undefined;

  const exit = () => exitPage(QUICK_EXIT_URL, target);

  const detector = createShiftDetector({
    presses: SHIFT_PRESSES,
    windowMs: SHIFT_WINDOW_MS,
    now,
    onTrigger: exit,
    onProgress: (count) => {
      pressCount.value = count;
      clearTimeout(resetTimer);
      if (count > 0) resetTimer = setTimeout(() => detector.reset(), SHIFT_WINDOW_MS);
    },
  });

  const onKeydown = (event: KeyboardEvent) => detector.handleKeydown(event);

  // If the browser brings this page back from its back/forward cache after an exit, leave again
  // rather than show it: whoever pressed Back should find the neutral site, not Zorka.
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted && target.document.documentElement.classList.contains(QUICK_EXIT_CLASS)) {
      target.location.replace(QUICK_EXIT_URL);
    }
  };

  onMounted(() => {
    window.addEventListener('keydown', onKeydown, true);
    window.addEventListener('pageshow', onPageShow);
  });
  onBeforeUnmount(() => {
    clearTimeout(resetTimer);
    window.removeEventListener('keydown', onKeydown, true);
    window.removeEventListener('pageshow', onPageShow);
  });

  return { exit, pressCount, presses: SHIFT_PRESSES, url: QUICK_EXIT_URL };
}
