/**
 * Starting up, each way against a baseline measured in the same run,
 * alternating with it:
 *   - the command: `research-annotator --version` as installed (the launcher
 *     turns on Node's compile cache), against the same with
 *     NODE_DISABLE_COMPILE_CACHE=1, and against `node -e 0`, what any
 *     command costs before its first line;
 *   - the core as the app's main process loads it before its window opens
 *     (the service, bundled as main.cjs bundles it), against the same core
 *     with the import formats and REFI-QDA's reader and writer loaded up
 *     front, as it started before they were loaded at their first use;
 *   - the window: the UI's script, from the moment it has arrived to the
 *     page's DOMContentLoaded (compiled and run), in a fresh Chromium process
 *     on a profile that has opened the app before: with V8's code cache, as
 *     app:// keeps it in the app (electron/main.ts, codeCache), against the
 *     script served as it was before, which Chromium cannot cache.
 * Each launch is a new process, as each start of the app or the command is.
 */
import { build, type BuildOptions } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import nodeModule from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { TestApp } from '../../e2e/harness/app';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/harness/chromium';
import { REPO_ROOT, RENDERER_DIST } from '../../e2e/harness/paths';
import { serveDirectory } from '../../e2e/harness/static-server';
import type { Measure, RunOptions } from '../measure';
import { median, round } from '../reanchor/run';

const CLI = path.join(REPO_ROOT, 'bin/research-annotator.cjs');

/** Wall time of one process, start to exit. */
function timed(args: readonly string[], env: NodeJS.ProcessEnv): number {
  const t = performance.now();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return performance.now() - t;
}

async function commandStart(runs: number, log: (line: string) => void): Promise<Measure[]> {
  // Read from the module object: a named import of it would not even load on Node 20.
  if (!('enableCompileCache' in nodeModule)) {
    log(`the command: Node ${process.versions.node} has no compile cache (Node 22.1 and later); not measured`);
    return [];
  }
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'ra-bench-compile-cache-'));
  try {
    const { NODE_COMPILE_CACHE: _own, ...base } = process.env;
    const cached = { ...base, NODE_COMPILE_CACHE: cacheDir };
    const uncached = { ...base, NODE_DISABLE_COMPILE_CACHE: '1' };
    // The first command fills the cache, as the first after an install does.
    const first = timed([CLI, '--version'], cached);
    const times = { cached: [] as number[], uncached: [] as number[], node: [] as number[] };
    for (let r = 0; r < runs; r++) {
      times.cached.push(timed([CLI, '--version'], cached));
      times.uncached.push(timed([CLI, '--version'], uncached));
      times.node.push(timed(['-e', '0'], base));
    }
    const [cachedMs, uncachedMs, nodeMs] = [median(times.cached), median(times.uncached), median(times.node)];
    log(`the command: --version in ${round(cachedMs)} ms with the compile cache (the first, filling it: ${round(first)} ms), ${round(uncachedMs)} ms without; node -e 0 ${round(nodeMs)} ms`);
    return [
      { id: 'cli-start-ms', value: round(cachedMs), unit: 'ms', baseline: round(uncachedMs), ratio: round(uncachedMs / cachedMs, 2), runs },
      { id: 'cli-start-over-node-ms', value: round(cachedMs - nodeMs), unit: 'ms', baseline: round(uncachedMs - nodeMs), runs },
    ];
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

/** What the core loads at its first import or export (convert.ts, refi-qda-calls.ts): the baseline loads them at start. */
const LOADED_AT_FIRST_USE = ['annotations/import/formats/web-page.ts', 'annotations/import/formats/markdown.ts', 'annotations/import/formats/docx.ts', 'annotations/import/formats/pdf.ts', 'annotations/node/refi-qda-service.ts'];

/** The core required in a new process, as main.cjs requires it (no compile cache: Electron's main process keeps none). */
async function coreLoad(runs: number, log: (line: string) => void): Promise<Measure[]> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'ra-bench-core-'));
  try {
    const service = path.join(REPO_ROOT, 'annotations/node/service.ts');
    const eagerEntry = path.join(tmp, 'eager.ts');
    // Re-exported, not imported for effect: the project declares no side effects, so a bare import would be dropped.
    const modules = [service, ...LOADED_AT_FIRST_USE.map((f) => path.join(REPO_ROOT, f))];
    await writeFile(eagerEntry, modules.map((f, i) => `export * as m${i} from ${JSON.stringify(f)};\n`).join(''));
    const bundles = { lazy: path.join(tmp, 'core.cjs'), eager: path.join(tmp, 'core-eager.cjs') };
    // As scripts/build.mjs bundles main.cjs.
    const options: BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron', 'pdfjs-dist'], logLevel: 'warning' };
    await build({ ...options, entryPoints: [service], outfile: bundles.lazy });
    await build({ ...options, entryPoints: [eagerEntry], outfile: bundles.eager });
    const { NODE_COMPILE_CACHE: _own, ...env } = process.env;
    const times = { lazy: [] as number[], eager: [] as number[] };
    for (let r = 0; r < runs; r++) {
      times.lazy.push(timed(['-e', `require(${JSON.stringify(bundles.lazy)})`], env));
      times.eager.push(timed(['-e', `require(${JSON.stringify(bundles.eager)})`], env));
    }
    const [lazyMs, eagerMs] = [median(times.lazy), median(times.eager)];
    log(`the core: loaded in ${round(lazyMs)} ms, ${round(eagerMs)} ms with the import formats and REFI-QDA loaded at start (a new process each, with node's own start)`);
    return [{ id: 'core-load-ms', value: round(lazyMs), unit: 'ms', baseline: round(eagerMs), ratio: round(eagerMs / lazyMs, 2), runs }];
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** From the UI's script arriving to DOMContentLoaded: compiling it and running it. */
const SCRIPT_MS = () => {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/app.js')) as PerformanceResourceTiming | undefined;
  return script ? navigation.domContentLoadedEventEnd - script.responseEnd : Number.NaN;
};

async function windowStart(runs: number, primes: number, log: (line: string) => void): Promise<Measure[]> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'ra-bench-startup-'));
  const servers = { cached: await serveDirectory(RENDERER_DIST, { cacheable: true }), uncached: await serveDirectory(RENDERER_DIST) };
  try {
    /** One start of the app: a new browser process on the way's own profile, the page opened on the core, the script's time read. */
    const start = async (way: keyof typeof servers): Promise<number> => {
      const context = await chromium.launchPersistentContext(path.join(tmp, `profile-${way}`), {
        executablePath: findChromium('bench'),
        args: CHROMIUM_ARGS,
        viewport: { width: 1280, height: 820 },
      });
      const app = new TestApp(context, servers[way].url, { dataDir: path.join(tmp, `data-${way}`), defaultSetDir: path.join(tmp, `set-${way}`) });
      try {
        const page = await app.launch();
        await page.getByRole('article').waitFor();
        return await page.evaluate(SCRIPT_MS);
      } finally {
        await app.quit();
        await context.close();
      }
    };
    // The profiles have opened the app before: Chromium writes a script's code cache once it has run it twice.
    for (let k = 0; k < primes; k++) for (const way of ['cached', 'uncached'] as const) await start(way);
    const times = { cached: [] as number[], uncached: [] as number[] };
    for (let r = 0; r < runs; r++) for (const way of r % 2 ? (['uncached', 'cached'] as const) : (['cached', 'uncached'] as const)) times[way].push(await start(way));
    const [cachedMs, uncachedMs] = [median(times.cached), median(times.uncached)];
    log(`the window: the UI's script compiled and run in ${round(cachedMs)} ms with its code cache, ${round(uncachedMs)} ms without (median of ${runs} new browser processes each)`);
    return [{ id: 'window-script-ms', value: round(cachedMs), unit: 'ms', baseline: round(uncachedMs), ratio: round(uncachedMs / cachedMs, 2), runs }];
  } finally {
    await servers.cached.close();
    await servers.uncached.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

export async function run({ smoke = false, log = console.log }: RunOptions = {}): Promise<Measure[]> {
  const runs = smoke ? 1 : 11;
  // The window's script as the app ships it: the production build.
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build.mjs'), 'renderer', 'e2e-bridge'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  return [...(await commandStart(runs, log)), ...(await coreLoad(runs, log)), ...(await windowStart(smoke ? 1 : 9, smoke ? 1 : 3, log))];
}
