/**
 * A fresh clone needs one command to run, not two: `npm start` and `npm test`
 * install the dependencies first when they are missing or not those
 * package-lock.json names (a pull brought new ones), with `npm ci`.
 *
 * No dependencies: it runs before node_modules exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Why `npm ci` must run first, or null. npm writes
 * node_modules/.package-lock.json at each install: every package the
 * lockfile requires (optional ones aside: those for other systems are never
 * installed) must be there at the lockfile's version. Compared by content,
 * not by dates, which a git checkout or a copy changes.
 */
export function installNeeded(root, { read = (file) => readFileSync(file, 'utf8'), exists = existsSync } = {}) {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  if (!exists(installed)) return 'the dependencies are not installed yet';
  const packagesOf = (file) => {
    try {
      return JSON.parse(read(file)).packages ?? {};
    } catch {
      return null;
    }
  };
  const wanted = packagesOf(path.join(root, 'package-lock.json'));
  const have = packagesOf(installed);
  if (wanted === null || have === null) return 'package-lock.json or the last install\'s record cannot be read';
  const stale = Object.entries(wanted).some(([where, meta]) => where !== '' && !meta.optional && !meta.devOptional && have[where]?.version !== meta.version);
  return stale ? 'package-lock.json changed since the last install' : null;
}

/**
 * Runs `npm ci` when installNeeded says so, through the npm that runs this
 * script (npm_execpath) and this Node: no shell, so the same on Windows. On
 * an older Node, npm ci stops with the one line scripts/check-node.mjs and
 * engine-strict give.
 */
export function installIfNeeded(root) {
  const why = installNeeded(root);
  if (why === null) return;
  const npm = process.env.npm_execpath;
  if (npm === undefined) {
    console.error(`Run npm ci first: ${why}.`);
    process.exit(1);
  }
  console.log(`Installing the dependencies (npm ci): ${why}.`);
  const done = spawnSync(process.execPath, [npm, 'ci'], { cwd: root, stdio: 'inherit' });
  if (done.status !== 0) process.exit(done.status ?? 1);
}
