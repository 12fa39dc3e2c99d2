import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The package is an ES module: no __dirname.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, 'data', 'e2e');
// Cleared at every start: the server's log and what the journeys typed (support/run-files.ts).
const runDir = path.join(dataDir, 'run');

/**
 * Journeys in Debian's Chromium against the real built platform: one server on its own SQLite file,
 * started fresh for every run. No browser is downloaded by any tool.
 */
export default defineConfig({
  testDir: '.',
  testMatch: ['**/*.e2e-spec.ts', '**/*.a11y-spec.ts', 'logs/*.check.ts'],
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
  projects: [
    { name: 'chromium', testMatch: ['**/*.e2e-spec.ts', '**/*.a11y-spec.ts'], use: { ...devices['Desktop Chrome'], channel: undefined } },
    // After every journey: the server's log must hold nothing they typed or were handed out.
    { name: 'logs', testMatch: ['logs/*.check.ts'], dependencies: ['chromium'] },
  ],
  webServer: {
    // Its whole output goes to a file that logs/no-personal-data.check.ts reads after the run.
    command: `rm -rf "${dataDir}/db" "${runDir}" && mkdir -p "${runDir}" && exec node backend/dist/main.js > "${runDir}/server.log" 2>&1`,
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
      // Every request is logged, so that a leak in any of them would show.
      LOG_LEVEL: 'debug',
    },
  },
});
