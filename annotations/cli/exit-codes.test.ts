/**
 * The exit codes a script can rely on, one test each, and `--version`: the
 * real built command in a child process, on temporary set folders. An
 * internal error is brought about as a bug would be, by a fault loaded into
 * the command's Node (`--require`), never by a switch in the command itself.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptySidecar, serializeSidecar, sidecarNameFor } from '../sidecar/schema';
import { CLI_BIN, runCli } from './test-support';
import { EXIT_INTERNAL, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from './usage';

const repo = path.resolve(path.dirname(CLI_BIN), '..');
const BUNDLE = path.join(repo, 'dist/cli/research-annotator.cjs');
let root: string;
let validSet: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'annotator-exit-'));
  validSet = path.join(root, 'valid');
  await mkdir(validSet);
  await writeFile(path.join(validSet, 'a.txt'), 'An article.\n');
  await writeFile(path.join(validSet, sidecarNameFor('a.txt')), serializeSidecar(emptySidecar('a.txt', '0'.repeat(64))));
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A Node preload that makes the command fail as a bug would. */
async function fault(name: string, code: string): Promise<NodeJS.ProcessEnv> {
  const file = path.join(root, `${name}.cjs`);
  await writeFile(file, code);
  return { NODE_OPTIONS: `--require ${JSON.stringify(file)}` };
}

describe('exit codes', () => {
  it(`${EXIT_OK}: every sidecar is valid`, () => {
    const run = runCli(root, ['check', validSet]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(EXIT_OK);
  });

  it(`${EXIT_INVALID}: a sidecar is invalid`, async () => {
    const invalid = path.join(root, 'invalid');
    await mkdir(invalid);
    await writeFile(path.join(invalid, 'a.txt'), 'An article.\n');
    await writeFile(path.join(invalid, sidecarNameFor('a.txt')), '{ "not": "a sidecar" }');
    const run = runCli(root, ['check', invalid]);
    expect(run.status).toBe(EXIT_INVALID);
    expect(run.stderr).toContain(sidecarNameFor('a.txt'));
    expect(run.stderr).not.toContain('internal error');
  });

  it(`${EXIT_USAGE}: the command line is wrong`, () => {
    const run = runCli(root, ['check', validSet, '--no-such-flag']);
    expect(run.status).toBe(EXIT_USAGE);
    expect(run.stderr).toContain('Run "research-annotator --help" for usage.');
  });

  it(`${EXIT_INTERNAL}: an exception no command expects, with its stack on stderr`, async () => {
    const env = await fault(
      'throwing-stringify',
      `const stringify = JSON.stringify;
       JSON.stringify = function (value, ...rest) {
         if (value !== null && typeof value === 'object' && 'articles' in value) throw new TypeError('injected: the report cannot be written');
         return stringify.call(this, value, ...rest);
       };`,
    );
    const run = runCli(root, ['check', validSet, '--json'], env);
    expect(run.status).toBe(EXIT_INTERNAL);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^research-annotator: internal error \(a bug: please report it with this message\): TypeError: injected: the report cannot be written\n\s+at /u);
  });

  it(`${EXIT_INTERNAL}: also for an exception thrown outside the command's own calls`, async () => {
    const env = await fault('throwing-timer', `setTimeout(() => { throw new RangeError('injected: thrown from a timer'); }, 0);`);
    const run = runCli(root, ['check', validSet], env);
    expect(run.status).toBe(EXIT_INTERNAL);
    expect(run.stderr).toContain('internal error (a bug: please report it with this message): RangeError: injected: thrown from a timer');
  });

  it('are listed in --help', () => {
    const run = runCli(root, ['--help']);
    expect(run.stdout).toMatch(/Exit status: 0 .+\n\s+1 .+\n(?:.+\n)*?\s+2 .+\n(?:.+\n)*?\s+70 internal error/u);
  });
});

describe('--version', () => {
  it('prints the version in package.json and exits 0', async () => {
    const { version } = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const run = runCli(root, [flag]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(EXIT_OK);
      expect(run.stdout).toBe(`${version}\n`);
    }
  });

  it('reads package.json when asked, not a copy taken when the command was built', async () => {
    const project = path.join(root, 'other-project');
    await mkdir(path.join(project, 'dist/cli'), { recursive: true });
    await copyFile(BUNDLE, path.join(project, 'dist/cli/research-annotator.cjs'));
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'research-annotator', version: '9.8.7-test' }));
    const run = spawnSync(process.execPath, [path.join(project, 'dist/cli/research-annotator.cjs'), '--version'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('9.8.7-test\n');
  });

  it('is refused after a command, like any option the command does not take', () => {
    const run = runCli(root, ['check', validSet, '--version']);
    expect(run.status).toBe(EXIT_USAGE);
  });
});

describe('the launcher', () => {
  /** Bytes of every file under `folder`, none if it was never made. */
  async function bytesUnder(folder: string): Promise<number> {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
    const sizes = await Promise.all(entries.filter((e) => e.isFile()).map(async (e) => (await stat(path.join(e.parentPath, e.name))).size));
    return sizes.reduce((a, b) => a + b, 0);
  }

  it("keeps the command's compiled code in Node's compile cache, in the temporary folder, unless NODE_DISABLE_COMPILE_CACHE=1", async () => {
    // Where Node puts it when nothing else is said: <temporary folder>/node-compile-cache.
    const tmp = path.join(root, 'tmp');
    await mkdir(tmp);
    const run = runCli(root, ['--version'], { TMPDIR: tmp, TEMP: tmp, TMP: tmp, NODE_COMPILE_CACHE: undefined });
    expect(run.status).toBe(EXIT_OK);
    // The bundle's compiled code, not an empty folder.
    expect(await bytesUnder(path.join(tmp, 'node-compile-cache'))).toBeGreaterThan(100_000);

    const off = path.join(root, 'tmp-off');
    await mkdir(off);
    const disabled = runCli(root, ['--version'], { TMPDIR: off, TEMP: off, TMP: off, NODE_COMPILE_CACHE: undefined, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(disabled.status).toBe(EXIT_OK);
    expect(await bytesUnder(off)).toBe(0);
  });
});
