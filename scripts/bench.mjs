#!/usr/bin/env node
/**
 * `npm run bench`: builds every benchmark group with esbuild into dist/bench/,
 * runs them one after the other, each in a process of its own
 * (scripts/bench-group.mjs), prints one table of measures and writes
 * bench/results/latest.json (`--smoke`: bench/results/latest-smoke.json).
 *
 *   npm run bench              full sizes (the figures to report)
 *   npm run bench -- --smoke   tiny sizes, one run: checks the harness in seconds
 *   npm run bench -- reanchor  only the named group(s)
 *   npm run bench -- ui --profile   a CPU profile of opening the 1 MB article (bench/results/*.cpuprofile)
 *   npm run bench -- ui --seed-open only the seed article's opens (open-seed-*): paired before/after runs in minutes
 *   npm run bench -- ui --seed-open --profile   the profile and trace of sixty seed opens alone, with the slowest ones taken apart
 *
 * A group is a TypeScript module exporting `run({ smoke, log }): Promise<Measure[]>`
 * (bench/measure.ts). To add one (UI open times, the brief), add it to GROUPS.
 * Results are measurements, not tests: the exit code is 0 whatever the figures,
 * non-zero only when a group crashes.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist/bench');

/** Benchmark groups, run in this order. */
const GROUPS = [
  { name: 'reanchor', entry: 'bench/reanchor/run.ts' },
  { name: 'brief', entry: 'bench/brief/run.ts' },
  // cli: the group runs the built command's worker (dist/cli/match-worker.cjs), built first.
  { name: 'match', entry: 'bench/match/run.ts', cli: true },
  { name: 'match-app', entry: 'bench/match/app.ts' },
  { name: 'agree', entry: 'bench/agree/run.ts' },
  { name: 'saves', entry: 'bench/saves/run.ts' },
  { name: 'ui', entry: 'bench/ui/run.ts' },
  // cli: the group starts the built command (dist/cli/research-annotator.cjs).
  { name: 'startup', entry: 'bench/startup/run.ts', cli: true },
];

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const profile = args.includes('--profile');
const seedOpen = args.includes('--seed-open');
const only = args.filter((a) => !a.startsWith('--'));
const unknown = only.filter((name) => !GROUPS.some((g) => g.name === name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark group(s): ${unknown.join(', ')}. Known: ${GROUPS.map((g) => g.name).join(', ')}.`);
  process.exit(2);
}
const groups = only.length > 0 ? GROUPS.filter((g) => only.includes(g.name)) : GROUPS;

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  entryPoints: Object.fromEntries(groups.map((g) => [g.name, path.join(root, g.entry)])),
  outdir: out,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  sourcemap: 'linked',
  // Libraries load from node_modules as they are (Playwright cannot be bundled).
  packages: 'external',
  // The e2e harness the UI group reuses finds the repository from __dirname (dist/bench: two levels down, as e2e/harness).
  banner: { js: "import { fileURLToPath as __bench_ftp } from 'node:url'; const __dirname = __bench_ftp(new URL('.', import.meta.url));" },
  logLevel: 'warning',
});

if (groups.some((g) => g.cli)) {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'cli'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}

const measures = [];
let crashed = false;
for (const group of groups) {
  console.log(`\n== ${group.name}${smoke ? ' (smoke)' : ''}`);
  // Each group in a process of its own: none measures in a heap another left (scripts/bench-group.mjs).
  const file = path.join(out, `${group.name}.measures.json`);
  const flags = [smoke && '--smoke', profile && '--profile', seedOpen && '--seed-open'].filter(Boolean);
  const ran = spawnSync(process.execPath, [path.join(root, 'scripts/bench-group.mjs'), path.join(out, `${group.name}.mjs`), file, ...flags], { stdio: 'inherit' });
  try {
    if (ran.status !== 0) throw new Error(`exit ${ran.status ?? ran.signal}`);
    measures.push(...JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    crashed = true;
    console.error(`${group.name} crashed:`, error);
  }
}

// The table.
const passes = (m) => {
  if (!m.target) return '-';
  const { op, value } = m.target;
  const ok = op === '<' ? m.value < value : op === '<=' ? m.value <= value : op === '>=' ? m.value >= value : m.value > value;
  return ok ? 'pass' : 'FAIL';
};
const rows = [
  ['id', 'value', 'unit', 'target', 'baseline', 'ratio', 'pass/fail'],
  ...measures.map((m) => [
    m.id,
    String(m.value),
    m.unit,
    m.target ? `${m.target.op} ${m.target.value}` : '',
    m.baseline === undefined ? '' : String(m.baseline),
    m.ratio === undefined ? '' : `${m.ratio}×`,
    passes(m),
  ]),
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const line = (r) => r.map((cell, c) => (c === 1 || c === 4 || c === 5 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ');
console.log(`\n${line(rows[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const r of rows.slice(1)) console.log(line(r));
if (smoke) console.log('\n(smoke sizes: the figures check the harness, they mean nothing)');

// The results file: measures without their targets (those live with the code).
const results = {
  machine: {
    node: process.version,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
    platform: process.platform,
    arch: process.arch,
    date: new Date().toISOString(),
  },
  measures: measures.map(({ id, value, unit, baseline, ratio, runs }) => ({
    id,
    value,
    unit,
    ...(baseline === undefined ? {} : { baseline }),
    ...(ratio === undefined ? {} : { ratio }),
    runs,
  })),
};
const file = path.join(root, 'bench/results', smoke ? 'latest-smoke.json' : 'latest.json');
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${path.relative(root, file)}`);
process.exit(crashed ? 1 : 0);
