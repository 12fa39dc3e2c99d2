import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// NestJS needs decorator metadata, which esbuild does not emit: SWC compiles the tests instead.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  // NestJS and Apollo require() graphql's CommonJS build; tests and sources must share that one copy.
  resolve: { alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('node_modules/graphql/index.js', import.meta.url)) }] },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.spec.ts'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.integration-spec.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Each suite boots its own server on its own SQLite file; two at a time fit two cores.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
