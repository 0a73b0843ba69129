#!/usr/bin/env node
/**
 * Runs one built benchmark group (dist/bench/<group>.mjs) in a process of
 * its own and writes its measures as JSON: `scripts/bench.mjs` starts one
 * per group, so that no group measures in a heap another group left behind
 * (the app's process never holds the `match` group's 10,000 claims, yet the
 * service's Elsewhere ran after them and paid for their collection).
 *
 *   node scripts/bench-group.mjs <module.mjs> <measures.json> [--smoke] [--profile] [--seed-open]
 */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const [module, out, ...flags] = process.argv.slice(2);
if (!module || !out) {
  console.error('usage: bench-group.mjs <module.mjs> <measures.json> [--smoke] [--profile] [--seed-open]');
  process.exit(2);
}
const mod = await import(pathToFileURL(module).href);
const measures = await mod.run({
  smoke: flags.includes('--smoke'),
  profile: flags.includes('--profile'),
  seedOpen: flags.includes('--seed-open'),
  log: (line) => console.log(`   ${line}`),
});
await writeFile(out, JSON.stringify(measures));
// Workers or handles a group leaves open must not keep the run waiting.
process.exit(0);
