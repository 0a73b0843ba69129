/** Shared by the CLI tests: the real built command, run as a child process (never imported by app code). */
import { spawnSync } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The launcher `npx research-annotator` runs. */
export const CLI_BIN = path.join(repo, 'bin/research-annotator.cjs');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(process.execPath, [CLI_BIN, ...args], {
    encoding: 'utf8',
    cwd,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file of `folder` with its bytes and modification time: equal before and after a command that must write nothing. */
export async function folderSnapshot(folder: string): Promise<Record<string, string>> {
  const files = (await readdir(folder)).sort();
  const entries = await Promise.all(
    files.map(async (f) => [f, `${(await readFile(path.join(folder, f))).toString('base64')} ${(await stat(path.join(folder, f))).mtimeMs}`] as const),
  );
  return Object.fromEntries(entries);
}
