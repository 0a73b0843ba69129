#!/usr/bin/env node
/**
 * Fails on any import circle among the project's own modules, and prints
 * each as the loop of files that makes it (a.ts → b.ts → a.ts).
 *
 * Every import counts, `import type` included: a circle of types is still two
 * modules that cannot be understood, moved or tested one without the other
 * (the API's views and the import types were one). That is why this is not
 * ESLint's import/no-cycle, which skips type-only imports. Imports are
 * resolved by TypeScript itself, with the project's module settings, so what
 * counts as a dependency is what the compiler sees.
 *
 * `node scripts/import-cycles.mjs [folder…]` (default: every source folder);
 * `npm test` runs it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const SOURCE_FOLDERS = ['annotations', 'renderer', 'electron', 'e2e', 'bench', 'scripts'];

const SOURCE = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/u;
/** As tsconfig.base.json resolves them, JavaScript (the scripts) included. */
const COMPILER_OPTIONS = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  resolveJsonModule: true,
  allowJs: true,
};

function sourceFiles(folder) {
  const files = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(full));
    else if (entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
  }
  return files;
}

/** Each file's imports (static, dynamic, re-exports, type-only) that resolve to another of `files`. */
export function importGraph(files) {
  const known = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = new Set();
    for (const { fileName } of importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, COMPILER_OPTIONS, ts.sys).resolvedModule;
      if (resolved && !resolved.isExternalLibraryImport && known.has(path.resolve(resolved.resolvedFileName))) {
        targets.add(path.resolve(resolved.resolvedFileName));
      }
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** The strongly connected components with more than one file, or a file importing itself (Tarjan). */
function circles(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (file) => {
    index.set(file, next);
    low.set(file, next);
    next++;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file), low.get(target)));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file), index.get(target)));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(component.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return found;
}

/** One shortest loop through the component's first file, as the files it passes (first and last the same). */
function loopThrough(graph, component) {
  const members = new Set(component);
  const start = component[0];
  const cameFrom = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const target of graph.get(file) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const loop = [start];
        for (let at = file; at !== start; at = cameFrom.get(at)) loop.splice(1, 0, at);
        return [...loop, start];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, file);
        queue.push(target);
      }
    }
  }
  return [start, start];
}

/**
 * Every import circle among the source files under `folders` (relative to
 * `base`): for each, its files and one loop through them, as paths relative to `base`.
 */
export function findImportCycles(base = root, folders = SOURCE_FOLDERS) {
  const files = folders.flatMap((folder) => sourceFiles(path.resolve(base, folder)));
  const graph = importGraph(files);
  const relative = (file) => path.relative(base, file).split(path.sep).join('/');
  return circles(graph).map((component) => ({ files: component.map(relative), loop: loopThrough(graph, component).map(relative) }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const folders = process.argv.length > 2 ? process.argv.slice(2) : SOURCE_FOLDERS;
  const cycles = findImportCycles(root, folders);
  for (const cycle of cycles) {
    console.error(`import circle of ${cycle.files.length} files: ${cycle.loop.join(' → ')}`);
    if (cycle.files.length > cycle.loop.length - 1) console.error(`  (and through ${cycle.files.filter((f) => !cycle.loop.includes(f)).join(', ')})`);
  }
  console.log(cycles.length === 0 ? `no import circles in ${folders.join(', ')}` : `${cycles.length} import circle${cycles.length === 1 ? '' : 's'}`);
  process.exit(cycles.length === 0 ? 0 : 1);
}
