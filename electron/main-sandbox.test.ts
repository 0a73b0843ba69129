/**
 * Started with --no-sandbox (as electron-builder's AppImage launcher does by
 * itself on Ubuntu 24.04 and later), main shows why it stops and quits before
 * it takes the single-instance lock, starts the service or opens a window.
 * Electron is a recording fake, as in main.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => [] as string[]);

vi.mock('electron', () => ({
  app: {
    commandLine: { hasSwitch: (name: string) => name === 'no-sandbox' },
    getPath: (name: string) => `/nonexistent/${name}`,
    setPath: () => undefined,
    requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), true),
    whenReady: () => (calls.push('whenReady'), Promise.resolve()),
    on: (event: string) => calls.push(`on ${event}`),
    exit: (code: number) => calls.push(`exit ${code}`),
    quit: () => calls.push('quit'),
  },
  dialog: { showErrorBox: (title: string, message: string) => calls.push(`showErrorBox ${title}: ${message}`) },
  protocol: { registerSchemesAsPrivileged: () => undefined },
}));

describe('main, started with --no-sandbox', () => {
  it('says why it does not run and exits, having done nothing else', async () => {
    await import('./main');
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatch(/^showErrorBox Research Annotator does not run without its sandbox: It was started with --no-sandbox/u);
    expect(calls[1]).toBe('exit 1');
  });
});
