import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The package is an ES module: no __dirname.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, 'data', 'e2e');

/**
 * Journeys in Debian's Chromium against the real built platform: one server on its own SQLite file,
 * started fresh for every run. No browser is downloaded by any tool.
 */
export default defineConfig({
  testDir: '.',
  testMatch: ['**/*.e2e-spec.ts', '**/*.a11y-spec.ts'],
  // Every test is independent (a fresh browser context is a fresh anonymous learner), so two run at once.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // scripts/test.mjs sets PLAYWRIGHT_JSON_OUTPUT_NAME; run by hand, the JSON report goes to data/e2e/.
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? path.join(dataDir, 'report.json') }]],
  outputDir: path.join(dataDir, 'results'),
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // A failed test keeps its trace (DOM snapshots and network, no screencast: it costs CPU on every test).
    trace: { mode: 'retain-on-failure', screenshots: false },
    locale: 'en-GB',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `rm -rf "${dataDir}/db" && node backend/dist/main.js`,
    cwd: root,
    url: `http://127.0.0.1:${PORT}/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    env: {
      NODE_ENV: 'production',
      PORT: String(PORT),
      DATABASE_URL: `file:${path.join(dataDir, 'db', 'zorka.sqlite')}`,
      DATA_DIR: path.join(dataDir, 'db'),
      LOG_LEVEL: 'info',
    },
  },
});
