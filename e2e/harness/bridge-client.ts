/**
 * Runs in the page before the app (like Electron's preload): builds
 * `window.annotator` from the contract over a Playwright binding, the test's
 * stand-in for ipcRenderer.invoke. Arguments and results cross as JSON
 * strings, so anything that would not survive IPC fails here too; a long
 * result in slices, joined before it is parsed (reply-slices.ts).
 */
import { makeClient } from '../../annotations/api/client';
import type { BridgeReply } from './reply-slices';

type Invoke = (channel: string, argsJson: string) => Promise<BridgeReply>;

interface BridgeWindow {
  __annotatorInvoke: Invoke;
  __annotatorReplySlice: (reply: number, slice: number) => Promise<string>;
  __annotatorEmit?: (channel: string, payload: unknown) => void;
  annotator?: unknown;
}

const w = window as unknown as BridgeWindow;
const listeners = new Map<string, Set<(payload: unknown) => void>>();

w.__annotatorEmit = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener(payload);
};

w.annotator = Object.freeze(
  makeClient(
    async (channel, args) => JSON.parse(await replyText(await w.__annotatorInvoke(channel, JSON.stringify(args ?? {})))) as unknown,
    (channel, listener) => {
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  ),
);

/** A long reply's slices, asked for together (reply-slices.ts says why), joined. */
async function replyText(reply: BridgeReply): Promise<string> {
  if (typeof reply === 'string') return reply;
  const slices = await Promise.all(Array.from({ length: reply.slices }, (_, k) => w.__annotatorReplySlice(reply.reply, k)));
  return slices.join('');
}
