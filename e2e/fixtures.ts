/**
 * Playwright fixtures: a fresh temporary folder per test, the renderer served
 * once per worker, and `app`, the UI wired to the real core service.
 */
import { test as base, expect } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { TestApp } from './harness/app';
import { RENDERER_DIST } from './harness/paths';
import { serveDirectory, type StaticServer } from './harness/static-server';

export const test = base.extend<{ tmp: string; app: TestApp }, { server: StaticServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
    async ({}, use) => {
      const server = await serveDirectory(RENDERER_DIST);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
  tmp: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ra-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  app: async ({ context, server, tmp }, use) => {
    const app = new TestApp(context, server.url, {
      dataDir: path.join(tmp, 'user-data'),
      defaultSetDir: path.join(tmp, 'Documents', 'Research Annotator', 'Seed set'),
    });
    await use(app);
    await app.quit();
    expect(app.pageErrors, 'the page logged errors').toEqual([]);
  },
});

export { expect };
