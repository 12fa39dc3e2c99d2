import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.spec.ts'],
      setupFiles: ['src/test/setup.ts'],
      restoreMocks: true,
      // The first visit of a route transforms its page on demand; on a busy CI machine that alone
      // can take seconds. Generous limits keep the suite from failing on load rather than on bugs.
      testTimeout: 20_000,
      unstubGlobals: true,
      // vue-i18n says once per file that a custom message compiler (our ICU one) is in use.
      onConsoleLog: (log) => !log.includes('Custom Message Compiler'),
    },
  }),
);
