// Small helpers shared by the start and test scripts: run a command, find pnpm, stop on failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** pnpm as it was started (pnpm start / pnpm test), or from the PATH. */
export function pnpmCommand() {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return { cmd: process.execPath, pre: [execPath] };
  return { cmd: 'pnpm', pre: [] };
}

export function run(label, cmd, args, options = {}) {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  return result.status === 0;
}

export function pnpm(label, args, options) {
  const { cmd, pre } = pnpmCommand();
  return run(label, cmd, [...pre, ...args], options);
}

export function startBackground(cmd, args, options = {}) {
  return spawn(cmd, args, { cwd: root, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
}

export function commandExists(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

export const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium for the e2e tests; no test tool downloads a browser of its own. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  if (!commandExists('apt-get')) {
    process.stderr.write('Chromium is missing and apt-get is not available: install Chromium at /usr/bin/chromium.\n');
    return false;
  }
  process.stdout.write('\n▶ installing Chromium from Debian packages\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(sudo.length ? ['apt-get'] : []), 'update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  const install = spawnSync(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), 'install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  return install.status === 0 && existsSync(CHROMIUM);
}
