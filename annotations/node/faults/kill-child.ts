/**
 * The process the kill test kills: the real service on a set folder, creating
 * annotations one after the other as fast as it can. After each save it
 * writes `ack <id>` to stdout (synchronously), so the parent knows which
 * annotations were acknowledged to the window before the kill.
 *
 *   node kill-child.cjs <set folder> <data folder> <seed file>
 */
import { writeSync } from 'node:fs';
import { channelOf } from '../../api/contract';
import { dispatch } from '../../api/dispatch';
import { createService } from '../service';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

async function main(): Promise<void> {
  const [setDir, dataDir, file] = process.argv.slice(2) as [string, string, string];
  const service = createService({
    dataDir,
    defaultSetDir: setDir,
    seedsDir: setDir,
    initialSet: setDir,
    dialogs: { chooseFolder: async () => null, chooseSaveFile: async () => null },
  });
  await service.start();
  const text = await readFile(path.join(setDir, file), 'utf8');
  writeSync(1, 'ready\n');
  for (let i = 0; ; i++) {
    const start = (i * 37) % (text.length - 40);
    const result = await dispatch(service.handlers, channelOf('createAnnotation'), { file, start, end: start + 30, exact: text.slice(start, start + 30), tags: ['Killed'] });
    if (!result.ok) {
      writeSync(2, `${JSON.stringify(result.error)}\n`);
      process.exit(3);
    }
    writeSync(1, `ack ${(result.value as { annotation: { id: string } }).annotation.id}\n`);
  }
}

void main();
