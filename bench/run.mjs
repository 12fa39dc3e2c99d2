// `pnpm bench`: builds Zorka, runs every benchmark in this folder (`NN-name.bench.mjs`, in order)
// and prints one table: each figure of Zorka beside a reference measured in the same run on the
// same machine, and their ratio (machines are noisy; ratios travel, absolute times do not).
// `pnpm bench api live` runs only the benchmarks whose file names contain one of the words.
// A new benchmark is one more file exporting `title` and `run()` that resolves to rows (see README).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './lib.mjs';

const here = path.join(root, 'bench');
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => /^\d\d-.+\.bench\.mjs$/.test(f))
  .filter((f) => filters.length === 0 || filters.some((word) => f.includes(word)))
  .sort();

if (process.env.BENCH_SKIP_BUILD !== '1') {
  process.stdout.write('▶ build (content, backend, frontend)\n');
  const built = spawnSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}

const rows = [];
const failures = [];
for (const file of files) {
  const bench = await import(path.join(here, file));
  process.stdout.write(`\n▶ ${bench.title}\n`);
  const started = Date.now();
  try {
    const result = await bench.run({ log: (line) => process.stdout.write(`  ${line}\n`) });
    rows.push(...result.map((row) => ({ benchmark: bench.title, ...row })));
  } catch (error) {
    failures.push(file);
    process.stdout.write(`  ✗ ${error?.stack ?? error}\n`);
  }
  process.stdout.write(`  (${Math.round((Date.now() - started) / 1000)} s)\n`);
}

/**
 * Row: { measure, zorka, reference?, unit, target?, ok? } — `ratio` is zorka / reference when there is a reference
 * (for throughput higher is better; for times and sizes the target says which way is good).
 */
const fmt = (n) => (typeof n === 'number' ? (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en') : String(Number(n.toPrecision(3)))) : (n ?? ''));
const table = rows.map((r) => ({
  benchmark: r.benchmark,
  measure: r.measure,
  zorka: `${fmt(r.zorka)} ${r.unit ?? ''}`.trim(),
  reference: r.reference === undefined ? '' : `${fmt(r.reference)} ${r.unit ?? ''}`.trim(),
  ratio: typeof r.reference === 'number' && typeof r.zorka === 'number' ? `${(100 * (r.zorka / r.reference)).toFixed(0)} %` : '',
  target: r.target ?? '',
  met: r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
}));
const columns = ['benchmark', 'measure', 'zorka', 'reference', 'ratio', 'target', 'met'];
const widths = columns.map((c) => Math.max(c.length, ...table.map((r) => String(r[c]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
process.stdout.write(`\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n\n`);
process.stdout.write(`${line(columns)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
for (const r of table) process.stdout.write(`${line(columns.map((c) => r[c]))}\n`);

mkdirSync(path.join(root, 'data'), { recursive: true });
const out = path.join(root, 'data', 'bench-results.json');
writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), machine: { cpus: os.cpus().length, memGiB: os.totalmem() / 2 ** 30, node: process.version }, rows }, null, 2));
process.stdout.write(`\n(rows also in ${path.relative(root, out)})\n`);
if (failures.length) {
  process.stdout.write(`✗ failed to run: ${failures.join(', ')}\n`);
  process.exit(1);
}
