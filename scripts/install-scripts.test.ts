/**
 * Every dependency that runs an install script has been reviewed, in
 * package.json's `allowScripts`: allowed where the app needs what it does
 * (esbuild checks its binary; electron-winstaller puts the host's 7-Zip in
 * place for the Windows installer), denied where not (es5-ext only prints a
 * message). npm 11 runs unreviewed scripts and lists them after every
 * install; npm 12 skips them. Reviewed, an install does the same on both.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const pkg = readJson('package.json') as { allowScripts?: Record<string, boolean> };
const lock = readJson('package-lock.json') as { packages: Record<string, { version?: string; hasInstallScript?: boolean }> };

/** The name of a lockfile entry ("node_modules/a/node_modules/@b/c" is "@b/c"). */
const nameOf = (where: string) => where.replace(/^.*node_modules\//u, '');
/** An allowScripts key's package name: the key itself, or before its pinned version ("esbuild@0.28.2"). */
const packageOf = (key: string) => key.replace(/(?<=.)@[^@]*$/u, '');

describe('allowScripts in package.json', () => {
  it('reviews every locked dependency that has an install script', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([where, entry]) => where !== '' && entry.hasInstallScript === true)
      .map(([where]) => nameOf(where));
    expect(withScripts.length).toBeGreaterThan(0);
    const reviewed = new Set(Object.keys(pkg.allowScripts ?? {}).map(packageOf));
    expect(withScripts.filter((name) => !reviewed.has(name)), 'install scripts not in allowScripts (npm install-scripts approve or deny)').toEqual([]);
  });

  it('names only packages the lockfile holds, each allowed or denied outright', () => {
    const locked = new Set(Object.keys(lock.packages).map(nameOf));
    const entries = Object.entries(pkg.allowScripts ?? {});
    expect(entries.filter(([key]) => !locked.has(packageOf(key))).map(([key]) => key)).toEqual([]);
    expect(entries.filter(([, allowed]) => typeof allowed !== 'boolean')).toEqual([]);
  });
});
