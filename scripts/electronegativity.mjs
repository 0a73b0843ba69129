#!/usr/bin/env node
/**
 * The static half of the Electron security checks: @doyensec/electronegativity
 * (offline; the check that looks up Electron releases online is left out) over
 * what makes up the shell: electron/ (main, preload, protocol, security), the
 * page it loads (renderer/index.html, for its CSP) and package.json (for the
 * Electron version). Passes when no HIGH or MEDIUM finding is left; a finding
 * that is accepted says why on its own line, with
 * `// eng-disable CHECK_ID (reason)`. Prints every finding.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'ra-electronegativity-'));
try {
  const input = path.join(work, 'app');
  mkdirSync(path.join(input, 'renderer'), { recursive: true });
  cpSync(path.join(root, 'electron'), path.join(input, 'electron'), { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
  cpSync(path.join(root, 'renderer/index.html'), path.join(input, 'renderer/index.html'));
  cpSync(path.join(root, 'package.json'), path.join(input, 'package.json'));
  const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  const report = path.join(work, 'findings.csv');

  const { status, stderr } = spawnSync(
    path.join(root, 'node_modules/.bin/electronegativity'),
    ['-i', input, '-r', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', report],
    { encoding: 'utf8' },
  );
  if (status !== 0) {
    console.error(`electronegativity did not run (exit ${status}):\n${stderr}`);
    process.exit(1);
  }
  const findings = parse(readFileSync(report, 'utf8'), { columns: true, trim: true });
  const blocking = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
  for (const f of findings) {
    console.log(`${blocking.includes(f) ? 'FAIL' : 'info'} ${f.severity.padEnd(13)} ${f.issue} ${f.filename}:${f.location} — ${f.description}`);
  }
  console.log(`electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${blocking.length} at HIGH or MEDIUM without a reason given inline`);
  process.exit(blocking.length === 0 ? 0 : 1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
