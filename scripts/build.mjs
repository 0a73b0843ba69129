#!/usr/bin/env node
/**
 * Builds everything into dist/ with esbuild:
 *   dist/renderer/   the production UI (index.html, app.js, app.css)
 *   dist/electron/   main.cjs and preload.cjs (bundled: a sandboxed preload cannot require our modules)
 *   dist/cli/        research-annotator.cjs, the command line (`cli` target; built by `npm ci` via "prepare")
 * `node scripts/build.mjs renderer` builds one target only (no argument: renderer, electron, cli).
 */
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
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
const UNBUNDLED = ['pdfjs-dist'];

const targets = {
  async renderer() {
    const out = path.join(dist, 'renderer');
    await rm(out, { recursive: true, force: true });
    await mkdir(out, { recursive: true });
    await build({
      entryPoints: { app: path.join(root, 'renderer/main.tsx') },
      outdir: out,
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
    });
    await copyFile(path.join(root, 'renderer/index.html'), path.join(out, 'index.html'));
  },
  async electron() {
    const out = path.join(dist, 'electron');
    await rm(out, { recursive: true, force: true });
    const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron', ...UNBUNDLED], logLevel: 'warning' };
    await build({ ...common, entryPoints: [path.join(root, 'electron/main.ts')], outfile: path.join(out, 'main.cjs') });
    await build({ ...common, minify: true, entryPoints: [path.join(root, 'electron/preload.ts')], outfile: path.join(out, 'preload.cjs') });
  },
  /** The command line, started by bin/research-annotator.cjs. Self-contained: needs only Node. */
  async cli() {
    await build({
      entryPoints: [path.join(root, 'annotations/cli/main.ts')],
      outfile: path.join(dist, 'cli/research-annotator.cjs'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: UNBUNDLED,
      logLevel: 'warning',
    });
  },
  /** The test bridge: the page-side half of the IPC stand-in used by e2e tests and the bench. */
  async 'e2e-bridge'() {
    await build({
      entryPoints: [path.join(root, 'e2e/harness/bridge-client.ts')],
      outfile: path.join(dist, 'e2e/bridge-client.js'),
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      logLevel: 'warning',
    });
  },
};

const wanted = process.argv.slice(2);
for (const name of wanted.length > 0 ? wanted : ['renderer', 'electron', 'cli']) {
  if (!targets[name]) throw new Error(`Unknown build target "${name}". Known: ${Object.keys(targets).join(', ')}`);
  const started = performance.now();
  await targets[name]();
  console.log(`built ${name} in ${Math.round(performance.now() - started)} ms`);
}
