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
require(built);
