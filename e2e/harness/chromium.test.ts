/**
 * The order in which the end-to-end tests pick a Chromium, on real files in a
 * temporary folder standing in for each place, so it runs the same on any
 * host: CHROMIUM_PATH, then Playwright's own build, then the system's headless
 * shell (for tests), then its browsers with a snap last (and a warning when a
 * snap is all there is).
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseChromium, isSnap, NOT_FOUND } from './chromium';

let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ra-chromium-'));
  const files: Record<string, string> = {
    'env-chrome': '\x7fELF stand-in',
    'ms-playwright-chrome': '\x7fELF stand-in',
    // Debian's /usr/bin/chromium: a launcher script for the real binary.
    'debian-chromium': '#!/bin/sh\nLIBDIR=/usr/lib/chromium\nexec $LIBDIR/chromium "$@"\n',
    // Ubuntu's /usr/bin/chromium-browser, from apt: a script that runs the snap.
    'ubuntu-chromium-browser': '#!/bin/sh\n# transitional package\nexec /snap/bin/chromium "$@"\n',
  };
  for (const [name, text] of Object.entries(files)) {
    await writeFile(at(name), text);
    await chmod(at(name), 0o755);
  }
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const places = (env: Record<string, string>, playwright: string | null, system: string[]) => ({ env, playwrightPath: () => playwright, systemCandidates: system });

describe('chooseChromium', () => {
  it('takes CHROMIUM_PATH first, even when Playwright has its own build', () => {
    expect(chooseChromium(places({ CHROMIUM_PATH: at('env-chrome') }, at('ms-playwright-chrome'), [at('debian-chromium')]))).toEqual({ path: at('env-chrome'), source: 'CHROMIUM_PATH' });
  });

  it('refuses a CHROMIUM_PATH with nothing there, rather than quietly take another', () => {
    expect(() => chooseChromium(places({ CHROMIUM_PATH: at('missing') }, at('ms-playwright-chrome'), []))).toThrow(`CHROMIUM_PATH is set to "${at('missing')}", but no file is there.`);
  });

  it("then Playwright's own build wherever it is installed, before the system's", () => {
    expect(chooseChromium(places({}, at('ms-playwright-chrome'), [at('debian-chromium')]))).toEqual({ path: at('ms-playwright-chrome'), source: 'playwright' });
  });

  it("then the system's when Playwright's build is not installed or Playwright has none for this platform", () => {
    expect(chooseChromium(places({}, at('not-installed'), [at('missing'), at('debian-chromium')]))).toEqual({ path: at('debian-chromium'), source: 'system' });
    const throwing = { env: {}, playwrightPath: () => { throw new Error('unsupported platform'); }, systemCandidates: [at('debian-chromium')] };
    expect(chooseChromium(throwing).path).toBe(at('debian-chromium'));
  });

  it("takes the system's headless shell before its whole browser, when asked for one; Playwright's own build still first", () => {
    const withShell = { env: {}, playwrightPath: () => null, headlessShells: [at('missing'), at('env-chrome')], systemCandidates: [at('debian-chromium')] };
    expect(chooseChromium(withShell)).toEqual({ path: at('env-chrome'), source: 'system' });
    expect(chooseChromium({ ...withShell, playwrightPath: () => at('ms-playwright-chrome') }).path).toBe(at('ms-playwright-chrome'));
    expect(chooseChromium({ ...withShell, env: { CHROMIUM_PATH: at('debian-chromium') } }).path).toBe(at('debian-chromium'));
    // None installed, or none asked for (a benchmark of the app's window): the whole browser.
    expect(chooseChromium({ ...withShell, headlessShells: [at('missing')] }).path).toBe(at('debian-chromium'));
    expect(chooseChromium({ ...withShell, headlessShells: [] }).path).toBe(at('debian-chromium'));
  });

  it('puts a snap after any other system Chromium, and says why it may fail when it is the only one', () => {
    expect(chooseChromium(places({}, null, [at('ubuntu-chromium-browser'), at('debian-chromium')])).path).toBe(at('debian-chromium'));
    const snapOnly = chooseChromium(places({}, null, [at('ubuntu-chromium-browser')]));
    expect(snapOnly.path).toBe(at('ubuntu-chromium-browser'));
    expect(snapOnly.warning).toMatch(/is a snap: Playwright often cannot drive it .*errno 13.*npx playwright install chromium/u);
  });

  it('says what to install when there is none', () => {
    expect(() => chooseChromium(places({}, null, [at('missing')]))).toThrow(NOT_FOUND);
    expect(NOT_FOUND).toContain('npx playwright install chromium');
    expect(NOT_FOUND).toContain('sudo apt-get install chromium');
  });
});

describe('isSnap', () => {
  it("tells Ubuntu's snap launcher from Debian's launcher script and from a binary", () => {
    expect(isSnap(at('ubuntu-chromium-browser'))).toBe(true);
    expect(isSnap(at('debian-chromium'))).toBe(false);
    expect(isSnap(at('env-chrome'))).toBe(false);
    expect(isSnap(at('missing'))).toBe(false);
  });
});
