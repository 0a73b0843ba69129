/**
 * How the scripts start a package's command (tsc, eslint, vitest,
 * playwright, electron): this Node (`process.execPath`) running the file the
 * package's own package.json names in `bin`. Never node_modules/.bin: on
 * Windows those are .cmd shims, which a spawn without a shell cannot start,
 * and a shell would want its own quoting of every argument.
 *
 * `binEntry` is pure and takes the path flavour (path.win32 or path.posix),
 * so its test checks the Windows case on any host (scripts/tools.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The file that runs `command` of the package in `packageDir`, from its
 * package.json (`manifest`): `bin` is either one file, named after the
 * package (without its scope), or a map of commands to files.
 */
export function binEntry(packageDir, manifest, command, pathApi = path) {
  const { name, bin } = manifest;
  const ownName = typeof name === 'string' ? name.replace(/^@[^/]+\//u, '') : undefined;
  const file = typeof bin === 'string' ? (command === ownName ? bin : undefined) : bin?.[command];
  if (typeof file !== 'string' || file === '') {
    throw new Error(`${pathApi.join(packageDir, 'package.json')} has no "${command}" in its "bin": cannot run ${command}`);
  }
  // `bin` paths are written with "/" whatever the platform; join gives the platform's own.
  return pathApi.join(packageDir, ...file.split('/'));
}

/** The folder of an installed package: node_modules/<name> under the project root (scoped names included). */
export function packageDir(root, packageName, pathApi = path) {
  return pathApi.join(root, 'node_modules', ...packageName.split('/'));
}

/**
 * What to spawn for `command` of `packageName`: `process.execPath` and the
 * package's entry, then `args`. Reads the package's package.json from disk.
 */
export function toolCommand(root, packageName, command, args = []) {
  const dir = packageDir(root, packageName);
  const manifestFile = path.join(dir, 'package.json');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch (error) {
    throw new Error(`${manifestFile} cannot be read (${error.code ?? error.message}): is ${packageName} installed? Run npm ci.`);
  }
  return { command: process.execPath, args: [binEntry(dir, manifest, command), ...args] };
}

/** The package behind each command the scripts run. */
export const TOOLS = {
  tsc: 'typescript',
  eslint: 'eslint',
  vitest: 'vitest',
  playwright: '@playwright/test',
  electron: 'electron',
  'electron-builder': 'electron-builder',
};

/** `toolCommand` for one of TOOLS by its command name. */
export function tool(root, command, args = []) {
  const packageName = TOOLS[command];
  if (packageName === undefined) throw new Error(`No package known for the command "${command}" (scripts/tools.mjs TOOLS)`);
  return toolCommand(root, packageName, command, args);
}
