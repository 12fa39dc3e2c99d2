import { cleanup, configure } from '@testing-library/vue';
import { afterEach, beforeEach } from 'vitest';
import { clearCache } from '@/graphql/client';
import { clearLearnerToken } from '@/graphql/learner-token';
import { setLocale } from '@/i18n';

// findBy… waits up to 4 s (a lazily loaded page on a busy machine), not the default 1 s.
configure({ asyncUtilTimeout: 4000 });

// jsdom does not scroll; the router's scrollBehavior calls this on every navigation.
window.scrollTo = () => undefined;
// jsdom has no canvas: charts draw nothing (their tables carry the numbers), without jsdom's warning.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

beforeEach(async () => {
  window.localStorage.clear();
  clearCache();
  clearLearnerToken();
  document.documentElement.className = '';
  document.title = '';
  await setLocale('en', { remember: false });
});

afterEach(() => {
  cleanup();
});
