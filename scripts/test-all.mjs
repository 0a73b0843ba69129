#!/usr/bin/env node
/**
 * `npm test`: every suite, in order: typecheck, lint, the import-circle
 * check, the static Electron security check (electronegativity), unit
 * (vitest), e2e (Playwright in Chromium). Runs them all even when one fails,
 * prints a summary per suite, and ends with one line `N passed, N failed`
 * counting every test (typecheck, lint and the two checks count as one each).
 * On a fresh clone it installs the dependencies first (scripts/install.mjs).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { installIfNeeded } from './install.mjs';
import { tool } from './tools.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
installIfNeeded(root);
// Outside test-results/, which Playwright empties when it starts.
const results = path.join(root, '.tmp/reports');
mkdirSync(results, { recursive: true });
/** A package's command: this Node running the package's own entry (scripts/tools.mjs), no .cmd shim, no shell. */
const bin = (name) => ({ name, ...tool(root, name) });

/** `command`: a file to spawn, or a bin(); shown by its name (`tsc -b tsconfig.json`). */
function run(label, command, args) {
  const [file, prefix, shown] = typeof command === 'string' ? [command, [], path.basename(command)] : [command.command, command.args, command.name];
  console.log(`\n=== ${label}: ${[shown, ...args].join(' ')}`);
  const started = Date.now();
  const { status, error } = spawnSync(file, [...prefix, ...args], { cwd: root, stdio: 'inherit', env: process.env });
  if (error) console.error(`${label} could not start: ${error.message}`);
  return { status: status ?? 1, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  } catch {
    return null;
  }
}

const suites = [];
/** Each failed test, named with its file and first error line, printed above the summary so a log's tail names what failed. */
const failures = [];
const firstLine = (text) => stripVTControlCharacters(String(text ?? '')).split('\n').find((l) => l.trim())?.trim().slice(0, 300) ?? '';

/** Vitest's JSON report: the failed assertions of each test file, and files that failed outside any test. */
function unitFailures(report) {
  const found = [];
  for (const file of report?.testResults ?? []) {
    const name = path.relative(root, file.name);
    const failedTests = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    // Vitest's JSON gives a timeout only as "STACK_TRACE_ERROR": the test's duration says it.
    for (const a of failedTests) found.push(`unit: ${name} › ${a.fullName} (${Math.round(a.duration ?? 0)} ms): ${firstLine(a.failureMessages?.[0])}`);
    if (file.status === 'failed' && failedTests.length === 0) found.push(`unit: ${name}: ${firstLine(file.message)}`);
  }
  return found;
}

/** Each test of a Playwright JSON report, with its spec, through nested suites. */
function e2eTests(report) {
  const found = [];
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) for (const test of spec.tests ?? []) found.push({ spec, test });
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report?.suites ?? []) visit(suite);
  return found;
}

/** Each e2e test whose last result was not a pass or an expected skip. */
function e2eFailures(report) {
  return e2eTests(report)
    .filter(({ test }) => test.status === 'unexpected')
    .map(({ spec, test }) => `e2e: ${spec.file}:${spec.line} › ${spec.title}: ${firstLine(test.results?.at(-1)?.error?.message)}`);
}

/** Every skipped e2e test with its reason, so a skip is never silent. */
function skippedReasons(report) {
  return e2eTests(report)
    .filter(({ test }) => test.status === 'skipped')
    .map(({ spec, test }) => `${spec.title}: ${test.annotations?.find((a) => a.type === 'skip')?.description ?? 'no reason given'}`);
}

for (const [label, command, args] of [
  ['typecheck', bin('tsc'), ['-b', 'tsconfig.json']],
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  // No module imports itself back, through any chain, types included (scripts/import-cycles.mjs).
  ['import-cycles', process.execPath, [path.join(root, 'scripts/import-cycles.mjs')]],
  // Electron's security checklist, checked statically (scripts/electronegativity.mjs).
  ['electron-security', process.execPath, [path.join(root, 'scripts/electronegativity.mjs')]],
]) {
  const { status, seconds } = run(label, command, args);
  suites.push({ label, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, skipped: 0, seconds });
}

{
  const out = path.join(results, 'unit.json');
  const { status, seconds } = run('unit', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  const report = readJson(out);
  const passed = report?.numPassedTests ?? 0;
  // A crash before any report counts as one failure, never as success.
  const failed = report ? report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0) : 1;
  suites.push({ label: 'unit', passed, failed, skipped: report?.numPendingTests ?? 0, seconds });
  failures.push(...unitFailures(report));
}

{
  const out = path.join(results, 'e2e.json');
  const { status, seconds } = run('e2e', bin('playwright'), ['test']);
  const stats = readJson(out)?.stats;
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  const failed = stats ? stats.unexpected + (status !== 0 && stats.unexpected === 0 ? 1 : 0) : 1;
  suites.push({ label: 'e2e', passed, failed, skipped: stats?.skipped ?? 0, seconds });
  failures.push(...e2eFailures(readJson(out)));
  for (const reason of skippedReasons(readJson(out))) console.log(`e2e skipped: ${reason}`);
  if (stats?.flaky) console.log(`e2e flaky: ${stats.flaky} passed only on a retry (see the Playwright report above)`);
}

if (failures.length) {
  console.log('\n=== failed');
  for (const f of failures) console.log(f);
}
console.log('\n=== summary');
for (const s of suites) {
  console.log(`${s.label.padEnd(10)} ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''} (${s.seconds} s)`);
}
const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
