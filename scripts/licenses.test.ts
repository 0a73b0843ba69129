/**
 * The licence list of Help ▸ About, made from the real node_modules and the
 * real bundles (scripts/build.mjs `licenses`), and read back by the core.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { aboutView } from '../annotations/node/about';
import { licenseEntry, licenseOf, packageDirOf, shippedPackageDirs } from './licenses.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LIST = path.join(root, 'dist/about/licenses.json');
type Entry = { name: string; version: string; license: string; text: string | null };
let packages: Entry[];

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'licenses'], { stdio: 'ignore' });
}, 60_000);

describe('the licence list (dist/about/licenses.json)', () => {
  beforeAll(async () => {
    packages = (JSON.parse(await readFile(LIST, 'utf8')) as { packages: Entry[] }).packages;
  });

  it('lists the packages bundled into the app and those it loads from node_modules, each with its version and licence', async () => {
    const names = packages.map((p) => p.name);
    for (const bundled of ['react', 'react-dom', 'lexical', '@lexical/react', 'zod', 'mammoth', 'htmlparser2', 'yaml', 'proper-lockfile']) expect(names).toContain(bundled);
    for (const loaded of ['pdfjs-dist', '@napi-rs/canvas']) expect(names).toContain(loaded);
    const react = packages.find((p) => p.name === 'react')!;
    expect(react.version).toBe(JSON.parse(await readFile(path.join(root, 'node_modules/react/package.json'), 'utf8')).version);
    expect(react.license).toBe('MIT');
    expect(react.text).toMatch(/^MIT License/u);
    expect(packages.find((p) => p.name === 'pdfjs-dist')?.license).toBe('Apache-2.0');
    for (const p of packages) expect(p.license.length, p.name).toBeGreaterThan(1);
    // Sorted, one entry per package and version.
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(new Set(packages.map((p) => `${p.name}@${p.version}`)).size).toBe(packages.length);
  });

  it('leaves out what is not shipped: build and test tools, Electron itself, packages no bundle imports', () => {
    const names = packages.map((p) => p.name);
    for (const tool of ['electron', 'electron-builder', 'typescript', 'vitest', 'esbuild', '@playwright/test', 'eslint', '@resvg/resvg-wasm']) expect(names).not.toContain(tool);
    // A production dependency whose code no bundle reaches (e.g. a type-only one) is not listed either.
    expect(names).not.toContain('@types/mdast');
  });

  it('is what the core reads for About, without a problem', async () => {
    const view = await aboutView({ name: 'Research Annotator', version: '0.1.0', versions: {}, licensesFile: LIST });
    expect(view.licensesProblem).toBeUndefined();
    expect(view.licenses).toEqual(packages);
  });
});

describe('its parts', () => {
  it('finds the package a bundled file belongs to, scoped and nested ones too', () => {
    expect(packageDirOf('node_modules/react/cjs/react.production.js')).toBe('node_modules/react');
    expect(packageDirOf('node_modules/@lexical/react/LexicalComposer.prod.mjs')).toBe('node_modules/@lexical/react');
    expect(packageDirOf('node_modules/mammoth/node_modules/underscore/underscore.js')).toBe('node_modules/mammoth/node_modules/underscore');
    expect(packageDirOf('node_modules\\@scope\\pkg\\index.js')).toBe('node_modules/@scope/pkg');
    expect(packageDirOf('renderer/main.tsx')).toBeNull();
  });

  it('follows what PDF.js installed, optional native builds included', async () => {
    const dirs = await shippedPackageDirs(root);
    expect(dirs).toEqual(expect.arrayContaining(['node_modules/pdfjs-dist', 'node_modules/@napi-rs/canvas']));
    expect(dirs.some((d) => d.startsWith('node_modules/@napi-rs/canvas-'))).toBe(true);
    await expect(shippedPackageDirs(root, ['not-a-package-here'])).rejects.toThrow(/not-a-package-here: not installed in .*node_modules, but the app loads it at run time/u);
  });

  it('refuses a package without a licence, naming its package.json', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ra-licenses-'));
    try {
      await mkdir(path.join(dir, 'nameless'));
      await writeFile(path.join(dir, 'nameless/package.json'), JSON.stringify({ name: 'nameless', version: '1.0.0' }));
      await expect(licenseEntry(path.join(dir, 'nameless'))).rejects.toThrow(`${path.join(dir, 'nameless/package.json')}: no "license" field: the licence of nameless is unknown, so it cannot ship`);
      await writeFile(path.join(dir, 'nameless/package.json'), '{ not json');
      await expect(licenseEntry(path.join(dir, 'nameless'))).rejects.toThrow(/nameless\/package\.json: cannot be read as JSON/u);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(licenseOf({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] }, 'package.json')).toBe('MIT OR Apache-2.0');
    expect(licenseOf({ license: { type: 'BSD-3-Clause' } }, 'package.json')).toBe('BSD-3-Clause');
  });
});
