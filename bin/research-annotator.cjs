#!/usr/bin/env node
// The `research-annotator` command. The CLI itself is bundled from
// annotations/cli/ into dist/cli/ by `node scripts/build.mjs cli`, which
// `npm ci` runs as the "prepare" script.
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const built = path.join(__dirname, '..', 'dist', 'cli', 'research-annotator.cjs');
if (!fs.existsSync(built)) {
  process.stderr.write('Run npm ci (or npm run build) first: the CLI is built by the prepare script.\n');
  process.exit(2);
}
// Node 22.1 and later keep V8's compiled code of the bundle on disk (under
// the system's temporary folder, checked against the bundle's text), so a
// command after the first does not compile the whole bundle again. It never
// changes what a command does; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
// Set in the environment too, for the workers `match` starts.
const { enableCompileCache } = require('node:module');
const cache = typeof enableCompileCache === 'function' ? enableCompileCache() : undefined;
if (cache && cache.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = cache.directory;
require(built);
