/**
 * Vitest's global setup: the command line bundled once (`scripts/build.mjs
 * cli`), before any test file runs. The CLI tests run the built command as a
 * child process; when each file bundled it in its own `beforeAll`, a file
 * running beside another could start the command while the other was
 * rewriting it, and read it half written.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default function setup() {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'cli'], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`Bundling the command line for the tests failed:\n${built.stderr}`);
}
