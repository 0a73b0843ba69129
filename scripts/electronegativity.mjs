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
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The programmatic entry, not the CLI: the CLI's CSV report is written by two
// racing asynchronous writes (header and rows) and comes out garbled at times.
const electronegativity = createRequire(import.meta.url)('@doyensec/electronegativity');
const work = mkdtempSync(path.join(tmpdir(), 'ra-electronegativity-'));
try {
  const input = path.join(work, 'app');
  mkdirSync(path.join(input, 'renderer'), { recursive: true });
  cpSync(path.join(root, 'electron'), path.join(input, 'electron'), { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
  cpSync(path.join(root, 'renderer/index.html'), path.join(input, 'renderer/index.html'));
  cpSync(path.join(root, 'package.json'), path.join(input, 'package.json'));
  const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;

  const { issues, atomicChecks, globalChecks, errors } = await electronegativity({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    // Looks up Electron releases online: this check runs offline.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  if (errors.length > 0) {
    console.error(`electronegativity could not parse: ${errors.map((e) => `${e.file}: ${e.message ?? e.error ?? e}`).join('; ')}`);
    process.exit(1);
  }
  const blocking = issues.filter((i) => i.severity.name === 'HIGH' || i.severity.name === 'MEDIUM');
  for (const i of issues) {
    console.log(`${blocking.includes(i) ? 'FAIL' : 'info'} ${i.severity.name.padEnd(13)} ${i.id} ${i.file}:${i.location.line}:${i.location.column} — ${i.description}`);
  }
  console.log(
    `electronegativity (Electron ${electronVersion}, ${atomicChecks} + ${globalChecks} checks): ${issues.length} findings, ${blocking.length} at HIGH or MEDIUM without a reason given inline`,
  );
  process.exitCode = blocking.length === 0 ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
