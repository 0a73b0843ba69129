/**
 * What runs before anything is shown: the command line and the app's main
 * process each start without the code of the work they may never do. Each
 * is one bundle (scripts/build.mjs: `cliBuild`, `mainBuild`), and esbuild
 * runs a module reached only through `import()` when that import runs; so
 * what a start pays for is what the entry reaches through static imports,
 * read here from the bundle's own module graph.
 */
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliBuild, mainBuild } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A bundle's module graph, built in memory (nothing is written). */
async function graphOf(options: BuildOptions): Promise<Metafile['inputs']> {
  const { metafile } = await build({ ...options, absWorkingDir: root, write: false, metafile: true });
  return metafile.inputs;
}

/** The modules reached from `entry`: at start (static imports only), or at all (dynamic imports too). */
function reached(inputs: Metafile['inputs'], entry: string, when: 'at start' | 'at all'): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const edge of inputs[file]?.imports ?? []) {
      if (!edge.external && (when === 'at all' || edge.kind !== 'dynamic-import')) stack.push(edge.path);
    }
  }
  return seen;
}

const matching = (patterns: readonly RegExp[], files: Iterable<string>) => [...files].filter((file) => patterns.some((p) => p.test(file)));

/** The import formats' parsers (a DOM, Readability, Markdown, Word) and REFI-QDA's XML and zip: loaded by the first import or export that needs them. */
const IMPORT_AND_INTERCHANGE = [
  /^annotations\/import\/formats\/(?!(?:convert|text)\.ts$)/u,
  /^annotations\/refi-qda\/(?:xml|archive|read-xml|write-xml)\.ts$/u,
  /^annotations\/node\/refi-qda-service\.ts$/u,
  /node_modules\/(?:linkedom|mammoth|@mozilla\/readability|htmlparser2|yaml|micromark-extension-gfm|fast-xml-parser|fflate)\//u,
];

describe('the command line at start', () => {
  const MAIN = 'annotations/cli/main.ts';
  let inputs: Metafile['inputs'];
  beforeAll(async () => {
    inputs = await graphOf(cliBuild);
  }, 60_000);

  it('reads no command’s work, nor zod, until a command runs', () => {
    const atStart = reached(inputs, MAIN, 'at start');
    expect(atStart).toContain('annotations/cli/usage.ts');
    const work = [
      /^annotations\/(?:matching|node|sidecar)\//u,
      /^annotations\/brief\/(?!types\.ts$)/u,
      /^annotations\/import\/(?!types\.ts$)/u,
      /^annotations\/cli\/(?:match|build-brief|check-set|import-refi|version)\.ts$/u,
      /node_modules\/(?:zod|chokidar)\//u,
      ...IMPORT_AND_INTERCHANGE,
    ];
    expect(matching(work, atStart)).toEqual([]);
    // A few small modules of constants and the command lines, not the thousand the commands reach.
    expect(atStart.size).toBeLessThan(30);
  });

  it('still bundles every command’s work, reached when the command runs', () => {
    const all = reached(inputs, MAIN, 'at all');
    for (const file of ['annotations/cli/match.ts', 'annotations/matching/elsewhere.ts', 'annotations/cli/build-brief.ts', 'annotations/cli/check-set.ts', 'annotations/node/service.ts', 'annotations/cli/version.ts', 'annotations/import/formats/docx.ts']) {
      expect(all, file).toContain(file);
    }
    expect(all.size).toBeGreaterThan(reached(inputs, MAIN, 'at start').size * 20);
  });

  it('answers --help and --version from the built command', () => {
    const cli = path.join(root, 'bin/research-annotator.cjs');
    expect(execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' })).toContain('research-annotator match <set-folder> [--json]');
    expect(execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+/u);
  });
});

describe('the app’s main process at start', () => {
  const MAIN = 'electron/main.ts';
  let inputs: Metafile['inputs'];
  beforeAll(async () => {
    inputs = await graphOf(mainBuild);
  }, 60_000);

  it('loads the core without the import formats’ parsers or REFI-QDA’s XML and zip', () => {
    const atStart = reached(inputs, MAIN, 'at start');
    expect(atStart).toContain('annotations/node/service.ts');
    expect(matching(IMPORT_AND_INTERCHANGE, atStart)).toEqual([]);
  });

  it('still bundles them, for the first import or export', () => {
    const all = reached(inputs, MAIN, 'at all');
    for (const file of ['annotations/import/formats/web-page.ts', 'annotations/import/formats/docx.ts', 'annotations/import/formats/markdown.ts', 'annotations/import/formats/pdf.ts', 'annotations/node/refi-qda-service.ts']) {
      expect(all, file).toContain(file);
    }
    expect(matching([/node_modules\/linkedom\//u], all).length).toBeGreaterThan(0);
  });
});
