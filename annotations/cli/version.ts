/**
 * `research-annotator --version`: the version in the project's package.json,
 * read when asked. Read, not imported: an import would bundle the whole
 * package.json into the command and keep the version it had at build time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const PACKAGE_NAME = 'research-annotator';
const manifest = z.object({ name: z.literal(PACKAGE_NAME), version: z.string().min(1) });

/** The version of the package.json two folders above `bundleDir` (dist/cli/ in the project or the installed package). */
export function packageVersion(bundleDir: string): string {
  const file = path.join(bundleDir, '..', '..', 'package.json');
  return manifest.parse(JSON.parse(readFileSync(file, 'utf8'))).version;
}
