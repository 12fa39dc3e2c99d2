import { nextTick, onBeforeUnmount } from 'vue';
import { useRouter } from 'vue-router';

/**
 * After each client-side navigation, moves focus to the new page's <h1> (or the target of #hash),
 * so screen-reader and keyboard users start reading where the new content starts.
 * The first page load keeps the browser's own focus (the skip link comes first).
 */
export function useRouteFocus(): void {
  const router = useRouter();
  let initial = true;
  const stop = router.afterEach(async (to, from, failure) => {
    if (failure) return;
    if (initial) {
      initial = false;
      return;
    }
    if (to.path === from.path && to.hash === from.hash) return; // only the query changed (filters)
    await nextTick();
    const target =
      (to.hash ? document.getElementById(decodeURIComponent(to.hash.slice(1))) : null) ??
      document.querySelector<HTMLElement>('main h1') ??
      document.getElementById('main');
    if (target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target?.focus();
  });
  onBeforeUnmount(stop);
}
