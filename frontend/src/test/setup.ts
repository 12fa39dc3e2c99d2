import { cleanup } from '@testing-library/vue';
import { afterEach, beforeEach } from 'vitest';
import { clearCache } from '@/graphql/client';
import { clearLearnerToken } from '@/graphql/learner-token';
import { setLocale } from '@/i18n';

// jsdom does not scroll; the router's scrollBehavior calls this on every navigation.
window.scrollTo = () => undefined;

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
