#!/usr/bin/env node
/**
 * `npm run test:faults`: the "never lose an annotation" guarantees at their
 * full trial counts (FAULTS_FULL=1: 1,000 kills, 200 close trials, 10,000
 * random sidecars…; `npm test` runs the same tests at reduced counts). Prints
 * each guarantee with its tests, the counts in their names, and the result.
 *
 *   node scripts/test-faults.mjs          on the machine as it is
 *   node scripts/test-faults.mjs --busy   with all cores but one kept busy by
 *                                         CPU hogs (what `npm run test:faults`
 *                                         does): a guarantee test must not
 *                                         depend on the machine's speed
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tool } from './tools.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, '.tmp/reports');
mkdirSync(results, { recursive: true });
/** Runs a package's command with this Node and no shell (scripts/tools.mjs). */
const runTool = (name, args, env) => {
  const { command, args: all } = tool(root, name, args);
  return spawnSync(command, all, { cwd: root, stdio: 'inherit', env });
};

const GUARANTEES = [
  ['1. Atomic, durable saves (SIGKILL at every step of a save, shared saves too)', ['annotations/node/faults/kill.test.ts']],
  ['2. Injected filesystem faults (6 steps × 4 errors)', ['annotations/node/faults/fault-injection.test.ts']],
  ['3. Nothing pending is lost on close', ['annotations/node/faults/close.test.ts']],
  ['4. Conflicts with changes made on disk', ['annotations/node/faults/conflicts.test.ts', 'annotations/sidecar/merge.test.ts']],
  ['5. Corrupt or foreign sidecars', ['annotations/sidecar/corrupt.test.ts', 'annotations/node/corrupt-sidecar.test.ts', 'annotations/cli/corrupt.test.ts']],
  ['6. Hostile articles', ['e2e/hostile.spec.ts']],
  ['7. Paths stay inside the set', ['annotations/node/paths.test.ts']],
  ['8. Offsets in every script', ['annotations/anchoring/scripts.property.test.ts']],
];

const env = { ...process.env, FAULTS_FULL: '1' };

/** A busy loop that ends itself once this script is gone (however it ended). */
const HOG = `for (let i = 0; ; i++) if (i % 1e8 === 0) try { process.kill(${process.pid}, 0); } catch { process.exit(); }`;
/** Busy loops in other processes, one per core but one, for the whole run. */
const hogs = process.argv.includes('--busy') ? Array.from({ length: Math.max(1, os.availableParallelism() - 1) }, () => spawn(process.execPath, ['-e', HOG], { stdio: 'ignore' })) : [];
process.on('exit', () => {
  for (const hog of hogs) hog.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
if (hogs.length > 0) console.log(`=== ${hogs.length} CPU hog${hogs.length === 1 ? '' : 's'} keeping ${hogs.length === 1 ? 'a core' : 'cores'} busy throughout (--busy)`);
const started = Date.now();
const unitFiles = GUARANTEES.flatMap(([, files]) => files).filter((f) => !f.startsWith('e2e/') && existsSync(path.join(root, f)));
const e2eFiles = GUARANTEES.flatMap(([, files]) => files).filter((f) => f.startsWith('e2e/') && existsSync(path.join(root, f)));

const unitOut = path.join(results, 'faults-unit.json');
console.log(`=== unit (FAULTS_FULL=1): ${unitFiles.length} files`);
runTool('vitest', ['run', ...unitFiles, '--reporter=default', '--reporter=json', `--outputFile=${unitOut}`], env);

let e2eReport = null;
if (e2eFiles.length > 0) {
  console.log(`\n=== e2e: ${e2eFiles.join(', ')}`);
  runTool('playwright', ['test', ...e2eFiles], env);
  e2eReport = readJson(path.join(results, 'e2e.json'));
}

/** file → [{ title, ok }] from the two reports. */
const byFile = new Map();
for (const file of readJson(unitOut)?.testResults ?? []) {
  const rel = path.relative(root, file.name);
  byFile.set(rel, (file.assertionResults ?? []).map((t) => ({ title: [...t.ancestorTitles, t.title].join(' › '), ok: t.status === 'passed' })));
}
const visit = (suite, file) => {
  for (const spec of suite.specs ?? []) {
    const rel = `e2e/${spec.file ?? file}`;
    const list = byFile.get(rel) ?? [];
    list.push({ title: spec.title, ok: spec.ok === true });
    byFile.set(rel, list);
  }
  for (const child of suite.suites ?? []) visit(child, suite.file ?? file);
};
for (const suite of e2eReport?.suites ?? []) visit(suite, suite.file);

console.log('\n=== guarantees');
let passed = 0;
let failed = 0;
for (const [name, files] of GUARANTEES) {
  const tests = files.flatMap((f) => byFile.get(f) ?? []);
  const bad = tests.filter((t) => !t.ok).length;
  const missing = tests.length === 0;
  passed += tests.length - bad;
  failed += bad + (missing ? 1 : 0);
  console.log(`${missing || bad > 0 ? 'FAIL' : 'ok  '}  ${name}: ${missing ? 'no test ran' : `${tests.length - bad} of ${tests.length} tests passed`}`);
  // The tests that state a count in their name: the trials behind the guarantee.
  const counted = tests.filter((x) => /\b\d[\d,]*(?: [\w-]+)? (?:trials|runs|random values)\b/u.test(x.title));
  // Each counted title once (a describe's count repeats in every test under it).
  for (const t of counted.filter((x, i) => counted.findIndex((y) => y.title.split(' › ')[0] === x.title.split(' › ')[0]) === i)) {
    console.log(`        ${t.ok ? '✓' : '✗'} ${t.title}`);
  }
}
console.log(`${passed} passed, ${failed} failed, in ${Math.round((Date.now() - started) / 1000)} s${hogs.length > 0 ? ` with ${hogs.length} core${hogs.length === 1 ? '' : 's'} kept busy` : ''}`);
process.exit(failed === 0 ? 0 : 1);

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  } catch {
    return null;
  }
}
