/**
 * Runs in the page's process, in an isolated world, before the UI loads.
 *
 * It exposes exactly one object, `window.annotator`: the typed client built
 * by `makeClient` from the contract. `ipcRenderer` itself never reaches the
 * page, so the page can only invoke the declared channels and only listen to
 * the menu-command channel.
 *
 * Why it is bundled: with `sandbox: true` a preload's `require` only knows a
 * few built-ins ('electron', 'events', 'timers', 'url'), not files of ours or
 * node_modules. esbuild inlines the client (annotations/api/client.ts, which
 * imports no schemas) into dist/electron/preload.cjs, leaving 'electron'
 * external.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { makeClient } from '../annotations/api/client';

const api = makeClient(
  (channel, args) => ipcRenderer.invoke(channel, args),
  (channel, listener) => {
    // Wrapped so the page never receives the IPC event (it carries `sender`).
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld('annotator', api);
