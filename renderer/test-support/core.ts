/**
 * The real core for the UI's unit tests: the node service on a temporary
 * folder, reached as the renderer reaches it, through an `AnnotatorApi` made
 * by the preload's `makeClient`, each call's arguments and result crossing
 * as JSON and validated by the same `dispatch` as in Electron (as the e2e
 * bridge does). Only the native dialogs are absent: none is ever asked for.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { channelOf, type CallName } from '../../annotations/api/calls';
import { makeClient } from '../../annotations/api/client';
import type { AnnotatorApi } from '../../annotations/api/contract';
import { dispatch } from '../../annotations/api/dispatch';
import type { FsSteps } from '../../annotations/node/atomic-write';
import { createService, type AnnotatorService } from '../../annotations/node/service';

export interface Core {
  api: AnnotatorApi;
  service: AnnotatorService;
  /** The set's folder: the articles written by `start`, their sidecars beside them. */
  folder: string;
  /** Holds back the reply to the next call of `name` until the returned function is called (the core has answered; the page has not heard yet). */
  holdReply(name: CallName): () => void;
  stop(): Promise<void>;
}

/** Starts the core on a new set holding `articles` (file name → text); `fs`: the disk under its saves (a faulty one, to refuse them). */
export async function startCore(articles: Record<string, string>, options: { fs?: FsSteps } = {}): Promise<Core> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'ra-renderer-test-'));
  const folder = path.join(tmp, 'set');
  await mkdir(folder, { recursive: true });
  for (const [file, text] of Object.entries(articles)) await writeFile(path.join(folder, file), text);
  const nothingChosen = async () => null;
  const service = createService({
    dataDir: path.join(tmp, 'data'),
    defaultSetDir: path.join(tmp, 'default-set'),
    seedsDir: path.join(tmp, 'no-seeds'),
    initialSet: folder,
    dialogs: { chooseFolder: nothingChosen, chooseSaveFile: nothingChosen },
    ...(options.fs ? { fs: options.fs } : {}),
  });
  await service.start();
  const holds = new Map<string, Promise<void>>();
  const api = makeClient(
    async (channel, args) => {
      // Taken as the call is made: the hold is the next call's, whichever answer comes first.
      const hold = holds.get(channel);
      holds.delete(channel);
      const result = await dispatch(service.handlers, channel, JSON.parse(JSON.stringify(args ?? {})) as unknown);
      await hold;
      return JSON.parse(JSON.stringify(result)) as unknown;
    },
    () => () => undefined,
  );
  return {
    api,
    service,
    folder,
    holdReply(name) {
      let release!: () => void;
      holds.set(channelOf(name), new Promise<void>((resolve) => (release = resolve)));
      return release;
    },
    async stop() {
      await service.flush();
      service.dispose();
      await rm(tmp, { recursive: true, force: true });
    },
  };
}
