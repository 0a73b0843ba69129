#!/usr/bin/env node
/**
 * Builds everything into dist/ with esbuild:
 *   dist/renderer/   the production UI (index.html, app.js, app.css)
 *   dist/electron/   main.cjs and preload.cjs (bundled: a sandboxed preload cannot require our modules)
 *   dist/about/      licenses.json: the licence of every package the app ships (Help ▸ About; scripts/licenses.mjs)
 *   dist/cli/        research-annotator.cjs, the command line (`cli` target; built by `npm ci` via "prepare"),
 *                    and match-worker.cjs, the worker threads of its `match` (annotations/cli/match-workers.ts)
 * `node scripts/build.mjs renderer` builds one target only (no argument: renderer, electron, licenses, cli).
 */
import { build } from 'esbuild';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { collectLicenses, licensesDocument } from './licenses.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const production = process.env.NODE_ENV !== 'development';
/** RA_MINIFY=0: the production build with readable names, for a CPU profile (npm run bench -- ui --profile). */
const minify = production && process.env.RA_MINIFY !== '0';

/**
 * Loaded from node_modules at run time, not bundled: PDF.js finds its worker
 * and polyfills relative to its own files, which bundling breaks. It is
 * imported only when a PDF is imported (annotations/import/formats/pdf.ts).
 */
export const UNBUNDLED = ['pdfjs-dist'];

/** The app's three bundles, as esbuild options: built by the targets below, and read for their packages by `licenses`. */
const rendererBuild = {
  entryPoints: { app: path.join(root, 'renderer/main.tsx') },
  outdir: path.join(dist, 'renderer'),
  bundle: true,
  // A classic script, not a module: module scripts over a custom scheme
  // (Electron's app://) need extra CORS privileges we would rather not grant.
  format: 'iife',
  platform: 'browser',
  target: 'chrome120',
  jsx: 'automatic',
  minify,
  sourcemap: production ? false : 'inline',
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
  logLevel: 'warning',
};
const electronCommon = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron', ...UNBUNDLED], logLevel: 'warning' };
/**
 * The command line. One file, so the commands' work is reached through
 * dynamic imports: esbuild runs a module so imported only when the import
 * runs, and a command starts without the others' code (startup-graph.test.ts).
 * @type {import('esbuild').BuildOptions}
 */
export const cliBuild = {
  entryPoints: { 'research-annotator': path.join(root, 'annotations/cli/main.ts'), 'match-worker': path.join(root, 'annotations/cli/match-worker.ts') },
  outdir: path.join(dist, 'cli'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: UNBUNDLED,
  logLevel: 'warning',
};
/**
 * Electron's main process, with the core: what it reaches through static imports runs before the window opens (startup-graph.test.ts).
 * @type {import('esbuild').BuildOptions}
 */
export const mainBuild = { ...electronCommon, entryPoints: [path.join(root, 'electron/main.ts')], outfile: path.join(dist, 'electron/main.cjs') };
const preloadBuild = { ...electronCommon, minify: true, entryPoints: [path.join(root, 'electron/preload.ts')], outfile: path.join(dist, 'electron/preload.cjs') };

const targets = {
  async renderer() {
    const out = path.join(dist, 'renderer');
    await rm(out, { recursive: true, force: true });
    await mkdir(out, { recursive: true });
    await build(rendererBuild);
    await copyFile(path.join(root, 'renderer/index.html'), path.join(out, 'index.html'));
  },
  async electron() {
    await rm(path.join(dist, 'electron'), { recursive: true, force: true });
    await build(mainBuild);
    await build(preloadBuild);
  },
  /** dist/about/licenses.json: the bundles are analysed again (not written) for the packages they contain. */
  async licenses() {
    const metafiles = [];
    for (const options of [rendererBuild, mainBuild, preloadBuild]) {
      // write: false: nothing is written, the output paths only name the results.
      metafiles.push((await build({ ...options, absWorkingDir: root, write: false, metafile: true })).metafile);
    }
    const packages = await collectLicenses(root, metafiles, UNBUNDLED);
    await mkdir(path.join(dist, 'about'), { recursive: true });
    // Written aside, then renamed: a reader (a test, the app) sees the old list or the new one, never half.
    const file = path.join(dist, 'about/licenses.json');
    await writeFile(`${file}.${process.pid}.tmp`, licensesDocument(packages));
    await rename(`${file}.${process.pid}.tmp`, file);
    console.log(`licenses: ${packages.length} packages`);
  },
  /** The command line, started by bin/research-annotator.cjs, and the worker `match` starts beside it. Self-contained: needs only Node. */
  async cli() {
    await build(cliBuild);
  },
  /** The test bridge: the page-side half of the IPC stand-in used by e2e tests and the bench. */
  async 'e2e-bridge'() {
    await build({
      entryPoints: [path.join(root, 'e2e/harness/bridge-client.ts')],
      outfile: path.join(dist, 'e2e/bridge-client.js'),
      bundle: true,
      // As the preload it stands in for: it shares the page's heap, which the UI bench measures.
      minify: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      logLevel: 'warning',
    });
  },
};

// Run as a program; imported (a test reading cliBuild), it builds nothing.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wanted = process.argv.slice(2);
  for (const name of wanted.length > 0 ? wanted : ['renderer', 'electron', 'licenses', 'cli']) {
    if (!targets[name]) throw new Error(`Unknown build target "${name}". Known: ${Object.keys(targets).join(', ')}`);
    const started = performance.now();
    await targets[name]();
    console.log(`built ${name} in ${Math.round(performance.now() - started)} ms`);
  }
}
