/**
 * A real Chromium page for the UI's unit tests that need a DOM (selection,
 * key events): `entry`, a module of the UI's test support, is bundled as the
 * app is (esbuild, for the browser) and run in a blank page; the test then
 * calls what it put on `window`. The same Chromium as the e2e tests.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/harness/chromium';

/** Served by the page's own route, never looked up (.invalid is reserved, RFC 2606). */
const TEST_ORIGIN = 'http://renderer-test.invalid';

export interface TestPage {
  page: Page;
  /** Errors the page threw or logged: a test expects none. */
  errors: string[];
  close(): Promise<void>;
}

export async function openTestPage(entry: string): Promise<TestPage> {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    // Named only so that components' stylesheets come out beside the script: nothing is written.
    outdir: 'test-page',
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    logLevel: 'warning',
  });
  const browser: Browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // A page of its own origin, not about:blank, whose storage is refused: the UI keeps preferences in localStorage.
  await page.route(`${TEST_ORIGIN}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><body></body></html>' }));
  await page.goto(`${TEST_ORIGIN}/`);
  for (const css of bundle.outputFiles.filter((f) => f.path.endsWith('.css'))) await page.addStyleTag({ content: css.text });
  await page.addScriptTag({ content: bundle.outputFiles.find((f) => f.path.endsWith('.js'))!.text });
  return { page, errors, close: () => browser.close() };
}
