/**
 * The process the kill test kills: the real service on a set folder, creating
 * annotations as fast as it can, `calls` at a time (1: one after the other;
 * more: the next ones arrive while a save is in flight and share the next
 * save). After each answer it writes `ack <id>` to stdout (synchronously), so
 * the parent knows which annotations were acknowledged to the window before
 * the kill.
 *
 * It also tells the parent how far its saves got, so that the kill moment is
 * chosen by the child's progress, not by a clock: at the start of its
 * `write`-th sidecar save it writes `started <write>`; when `step` is a step
 * of a save (atomic-write.ts), it writes `stopped <write> <step>` just before
 * that step of that save and waits there for the kill.
 *
 *   node kill-child.cjs <set folder> <data folder> <seed file> <calls> <write> <step|any>
 */
import { writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { channelOf } from '../../api/contract';
import { dispatch } from '../../api/dispatch';
import { createService } from '../service';
import { faultyFs } from './faulty-fs';

async function main(): Promise<void> {
  const [setDir, dataDir, file, callsArg, writeArg, stopAt] = process.argv.slice(2) as [string, string, string, string, string, string];
  const target = Number(writeArg);
  let writes = 0;
  const fs = faultyFs(async (step) => {
    if (step === 'open' && ++writes === target) writeSync(1, `started ${target}\n`);
    if (writes === target && step === stopAt) {
      writeSync(1, `stopped ${target} ${step}\n`);
      // Kept alive (a pending promise alone would let the process end) until the parent kills it.
      await new Promise<never>(() => setInterval(() => undefined, 60_000));
    }
  });
  const service = createService({
    dataDir,
    defaultSetDir: setDir,
    seedsDir: setDir,
    initialSet: setDir,
    dialogs: { chooseFolder: async () => null, chooseSaveFile: async () => null },
    fs,
  });
  await service.start();
  const text = await readFile(path.join(setDir, file), 'utf8');
  let next = 0;
  async function annotateForever(): Promise<void> {
    for (;;) {
      const start = (next++ * 37) % (text.length - 40);
      const result = await dispatch(service.handlers, channelOf('createAnnotation'), { file, start, end: start + 30, exact: text.slice(start, start + 30), tags: ['Killed'] });
      if (!result.ok) {
        writeSync(2, `${JSON.stringify(result.error)}\n`);
        process.exit(3);
      }
      writeSync(1, `ack ${(result.value as { annotation: { id: string } }).annotation.id}\n`);
    }
  }
  await Promise.all(Array.from({ length: Number(callsArg) }, annotateForever));
}

void main();
