/**
 * Finds a Chromium for the tests, in this order:
 *   1. $CHROMIUM_PATH, when set (and an error if nothing is there);
 *   2. Playwright's own build, wherever `npx playwright install chromium` put
 *      it (PLAYWRIGHT_BROWSERS_PATH included): the browser Playwright is made
 *      for, on a normal machine;
 *   3. for the tests, the system's headless shell (Debian's package
 *      chromium-headless-shell): Chromium's own headless build, the same
 *      Blink without a browser around it, which is what Playwright itself
 *      runs headless tests in. The tests run faster in it (README, Tests),
 *      and the screens are drawn the same. A window to watch (`--headed`)
 *      needs the whole browser: CHROMIUM_PATH=/usr/bin/chromium;
 *   4. the system's, under its usual names, a snap last: Ubuntu's apt package
 *      installs the snap, whose confinement keeps it from the profile folder
 *      Playwright makes under /tmp (profile lock, errno 13). Found alone, it is
 *      used with a warning that says so.
 * The benchmarks skip 3: their figures are about the app's window, a whole
 * Chromium. Our machines have no Playwright build (no network for it) and use
 * Debian's /usr/bin/chromium-headless-shell and /usr/bin/chromium. Never
 * downloads anything itself.
 */
import { closeSync, existsSync, openSync, readSync, realpathSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Headless builds of the system's Chromium, tried before its whole browser for the tests. */
export const HEADLESS_SHELL_CANDIDATES = ['/usr/bin/chromium-headless-shell'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const SNAP_WARNING =
  "is a snap: Playwright often cannot drive it (the snap's confinement keeps it from the profile folder Playwright makes under /tmp: a profile lock, errno 13). If the tests cannot start the browser, run `npx playwright install chromium` (it is then preferred) or point CHROMIUM_PATH at another Chromium.";

export const NOT_FOUND = [
  'No Chromium found for the end-to-end tests. Install one:',
  "  anywhere with network access: npx playwright install chromium (Playwright's own build, preferred when present)",
  '  Debian:        sudo apt-get install chromium',
  '  macOS:         brew install --cask chromium',
  "or point CHROMIUM_PATH at a Chromium or Chrome executable. (On Ubuntu, apt's chromium is the snap, which Playwright often cannot drive: use Playwright's build.)",
].join('\n');

/** A snap's Chromium: the file resolves under /snap/, or is a launcher script that runs the snap (Ubuntu's chromium-browser). */
export function isSnap(file: string): boolean {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return false;
  }
  if (real.startsWith('/snap/')) return true;
  const head = Buffer.alloc(16 * 1024);
  let read = 0;
  try {
    const fd = openSync(real, 'r');
    try {
      read = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Unreadable (a folder, no permission): not a launcher script we can tell anything from.
    return false;
  }
  const text = head.subarray(0, read).toString('latin1');
  return text.startsWith('#!') && /\/snap\/bin\/|\bsnap run\b/u.test(text);
}

export interface ChromiumChoice {
  path: string;
  source: 'CHROMIUM_PATH' | 'playwright' | 'system';
  /** Set when the browser is a snap: why it may fail. */
  warning?: string;
}

export interface ChromiumPlaces {
  env: Record<string, string | undefined>;
  /** Where Playwright's own build is or would be (null: Playwright knows none). */
  playwrightPath: () => string | null;
  /** The system's headless shells, before its browsers (none: the whole browser is wanted). */
  headlessShells?: readonly string[];
  systemCandidates: readonly string[];
}

/** The Chromium to use and why, from the places given; throws NOT_FOUND (or a CHROMIUM_PATH error) when there is none. */
export function chooseChromium({ env, playwrightPath, headlessShells = [], systemCandidates }: ChromiumPlaces): ChromiumChoice {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`);
    return isSnap(fromEnv) ? { path: fromEnv, source: 'CHROMIUM_PATH', warning: `${fromEnv} ${SNAP_WARNING}` } : { path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  let own: string | null = null;
  try {
    own = playwrightPath();
  } catch {
    // Playwright has no build for this platform: the system's, then.
  }
  if (own && existsSync(own)) return { path: own, source: 'playwright' };
  const shell = headlessShells.find((p) => existsSync(p) && !isSnap(p));
  if (shell) return { path: shell, source: 'system' };
  const found = systemCandidates.filter((p) => existsSync(p));
  const notSnap = found.find((p) => !isSnap(p));
  if (notSnap) return { path: notSnap, source: 'system' };
  const snap = found[0];
  if (snap) return { path: snap, source: 'system', warning: `${snap} ${SNAP_WARNING}` };
  throw new Error(NOT_FOUND);
}

/** `use`: 'tests' may run in a headless shell; a 'bench' measures the whole browser, as the app's window is one. */
export function findChromium(use: 'tests' | 'bench' = 'tests'): string {
  const choice = chooseChromium({
    env: process.env,
    playwrightPath: () => chromium.executablePath(),
    headlessShells: use === 'tests' ? HEADLESS_SHELL_CANDIDATES : [],
    systemCandidates: SYSTEM_CANDIDATES,
  });
  // The config is loaded by the runner and again by each worker, which inherit its environment: warn once.
  if (choice.warning && process.env['RA_CHROMIUM_WARNED'] !== '1') {
    process.env['RA_CHROMIUM_WARNED'] = '1';
    console.warn(`warning: ${choice.warning}`);
  }
  return choice.path;
}
