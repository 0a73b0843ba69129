#!/usr/bin/env node
/**
 * `preinstall`: an older Node.js than package.json's `engines` gets one line
 * that says what to install, and the install fails.
 *
 * The second of two guards. `.npmrc` sets engine-strict, so `npm ci` on an old
 * Node stops before it downloads anything, naming the range it needs. npm runs
 * a project's own `preinstall` only after the dependencies are in place, so
 * this script is for installs where engine-strict is off: there it turns a
 * page of EBADENGINE warnings and a finished install into a failure.
 *
 * Our CI runs on Node 22 too: its machines have Node 20, so .ci/run first
 * takes Node 22 from the npm registry. CI gets no leniency here.
 *
 * No dependencies: it must run before node_modules exists, so it reads only
 * the two forms of range package.json uses (`^X.Y.Z`, `>=X.Y.Z`, joined by
 * `||`) and refuses any other; scripts/engines.test.ts checks it against semver.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** [major, minor, patch] of "v22.13.0", "22.13", "24". */
function parseVersion(text) {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/u.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a version`);
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** Whether `version` is in `range`, for ranges made of `^X.Y.Z` and `>=X.Y.Z` clauses joined by `||`. */
export function satisfiesRange(version, range) {
  const v = parseVersion(version);
  return range.split('||').some((clause) => {
    const text = clause.trim();
    const caret = /^\^(\S+)$/u.exec(text);
    if (caret) {
      const floor = parseVersion(caret[1]);
      return v[0] === floor[0] && compare(v, floor) >= 0;
    }
    const atLeast = /^>=\s*(\S+)$/u.exec(text);
    if (atLeast) return compare(v, parseVersion(atLeast[1])) >= 0;
    throw new Error(`engines.node "${range}": scripts/check-node.mjs reads only ^X.Y.Z and >=X.Y.Z clauses joined by ||`);
  });
}

/** What to say about this Node: nothing (null) when it is recent enough, else the one line the install fails with. */
export function nodeVerdict({ version, range }) {
  if (satisfiesRange(version, range)) return null;
  const oldest = range.split('||').map((c) => parseVersion(c.trim().replace(/^(\^|>=\s*)/u, ''))).sort(compare)[0];
  const have = version.replace(/^v/u, '');
  return {
    line: `Research Annotator needs Node.js ${range}, and this is ${have}: install Node.js ${oldest[0]} LTS (https://nodejs.org, or \`nvm install\`, which reads .nvmrc), then run npm ci again.`,
  };
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const range = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).engines.node;
  const verdict = nodeVerdict({ version: process.version, range });
  if (verdict) {
    console.error(verdict.line);
    process.exit(1);
  }
}
