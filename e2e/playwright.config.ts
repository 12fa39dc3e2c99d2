import * as path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const root = path.resolve(__dirname, '..');
const dataDir = path.join(root, 'data', 'e2e');

/**
 * Journeys in Debian's Chromium against the real built platform: one server on its own SQLite file,
 * started fresh for every run. No browser is downloaded by any tool.
 */
export default defineConfig({
  testDir: '.',
  testMatch: ['**/*.e2e-spec.ts', '**/*.a11y-spec.ts'],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json']],
  outputDir: path.join(dataDir, 'results'),
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
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
