// `pnpm start`: builds everything and starts one process that serves the API and the frontend
// on the embedded SQLite database, imports the content and prints the demo staff accounts.
import { pnpm, root, run } from './lib.mjs';

if (!pnpm('build (content, backend, frontend)', ['run', 'build'])) process.exit(1);
run('Zorka', process.execPath, ['backend/dist/main.js'], {
  cwd: root,
  env: { NODE_ENV: process.env.NODE_ENV ?? 'production' },
});
