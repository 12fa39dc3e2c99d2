// The front end's size budget, enforced by `pnpm test`: a learner's first visit to the catalogue or a
// lesson sends at most 100 KB of JavaScript (gzip), in any of the app's languages. Writes a report
// the test command counts (one check per page and language).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { firstVisit, JS_BUDGET, ROUTES } from './frontend-size.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let passed = 0;
let failed = 0;
for (const [name, page] of Object.entries(ROUTES)) {
  for (const language of ['en', 'ru', 'be']) {
    const { js, css } = firstVisit(page, language);
    const ok = js <= JS_BUDGET;
    ok ? passed++ : failed++;
    process.stdout.write(`${ok ? '✓' : '✗'} ${name} (${language}): JS ${kb(js)} gz of ${kb(JS_BUDGET)}, CSS ${kb(css)} gz\n`);
  }
}
const out = process.argv[2];
if (out) {
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numPendingTests: 0 }));
}
process.exit(failed ? 1 : 0);
