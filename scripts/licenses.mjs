/**
 * The licences of the packages the app ships, for Help ▸ About
 * (dist/about/licenses.json, read by annotations/node/about.ts):
 *   - every package esbuild bundled into main, preload or the UI, read from
 *     esbuild's metafile (what was actually bundled, not what package.json
 *     lists);
 *   - the packages loaded from node_modules at run time (SHIPPED_MODULES:
 *     PDF.js, which finds its worker beside its own files) and the
 *     dependencies they have installed; electron-builder.yml ships exactly
 *     those (`files`), and scripts/packaging.test.ts checks the two agree.
 * For each: name, version, the licence its package.json gives, and the text
 * of its licence file(s). A package without a licence field stops the build,
 * naming its package.json: shipping code under an unknown licence is not an
 * accident to make quietly.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Loaded from node_modules, not bundled (scripts/build.mjs UNBUNDLED). */
export const SHIPPED_MODULES = ['pdfjs-dist'];

export const LICENSES_FORMAT = 'research-annotator/licenses';
const LICENSE_FILE = /^(licen[cs]e|copying|notice)([-._].*)?$/iu;

/** The package folder a bundled file belongs to: the innermost `node_modules/<name>` (or `@scope/name`). */
export function packageDirOf(file) {
  const parts = file.split(/[\\/]/u);
  const at = parts.lastIndexOf('node_modules');
  if (at === -1 || at + 1 >= parts.length) return null;
  const scoped = parts[at + 1].startsWith('@');
  return parts.slice(0, at + (scoped ? 3 : 2)).join('/');
}

/** Package folders (relative to `root`) of every node_modules file in esbuild metafiles' inputs. */
export function bundledPackageDirs(metafiles) {
  const dirs = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const dir = packageDirOf(input);
      if (dir !== null) dirs.add(dir);
    }
  }
  return dirs;
}

async function readPackageJson(dir) {
  const file = path.join(dir, 'package.json');
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot be read as JSON (${error.message})`);
  }
}

/** Where Node would find `name` from inside `fromDir`: its own node_modules, then each parent's. */
function resolvePackage(name, fromDir, root) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === root || dir === path.dirname(dir)) return null;
  }
}

/**
 * The folders of `names` and of every dependency they have installed
 * (optional ones only where present: a platform's native build, say).
 */
export async function shippedPackageDirs(root, names = SHIPPED_MODULES) {
  const found = new Set();
  const visit = async (name, fromDir, required) => {
    const dir = resolvePackage(name, fromDir, root);
    if (dir === null) {
      if (required) throw new Error(`${name}: not installed in ${path.join(root, 'node_modules')}, but the app loads it at run time (run npm ci)`);
      return;
    }
    if (found.has(dir)) return;
    found.add(dir);
    const pkg = await readPackageJson(dir);
    for (const dep of Object.keys(pkg.dependencies ?? {})) await visit(dep, dir, true);
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) await visit(dep, dir, false);
  };
  for (const name of names) await visit(name, root, true);
  return [...found].map((dir) => path.relative(root, dir).split(path.sep).join('/'));
}

/** The licence as package.json gives it: `license` ("MIT", "(MIT OR Apache-2.0)"), or the old `licenses` list. */
export function licenseOf(pkg, file) {
  if (typeof pkg.license === 'string' && pkg.license.trim() !== '') return pkg.license.trim();
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
  if (Array.isArray(pkg.licenses) && pkg.licenses.length > 0) return pkg.licenses.map((l) => l.type ?? String(l)).join(' OR ');
  throw new Error(`${file}: no "license" field: the licence of ${pkg.name ?? 'this package'} is unknown, so it cannot ship`);
}

export async function licenseEntry(dir) {
  const pkg = await readPackageJson(dir);
  const file = path.join(dir, 'package.json');
  if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string') throw new Error(`${file}: no name or version`);
  const names = (await readdir(dir)).filter((name) => LICENSE_FILE.test(name)).sort();
  const texts = await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')));
  return {
    name: pkg.name,
    version: pkg.version,
    license: licenseOf(pkg, file),
    text: texts.length === 0 ? null : texts.map((t) => t.trim()).join('\n\n'),
  };
}

/** Every shipped package's entry, one per name and version, sorted by name. */
export async function collectLicenses(root, metafiles, shipped = SHIPPED_MODULES) {
  const dirs = new Set([...bundledPackageDirs(metafiles), ...(await shippedPackageDirs(root, shipped))]);
  const entries = new Map();
  for (const dir of dirs) {
    const entry = await licenseEntry(path.join(root, dir));
    entries.set(`${entry.name}@${entry.version}`, entry);
  }
  return [...entries.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

export function licensesDocument(packages) {
  return JSON.stringify({ format: LICENSES_FORMAT, version: 1, packages }, null, 1) + '\n';
}
