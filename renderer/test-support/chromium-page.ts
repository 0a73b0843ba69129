/**
 * A real Chromium page for the UI's unit tests that need a DOM (selection,
 * key events): `entry`, a module of the UI's test support, is bundled as the
 * app is (esbuild, for the browser) and run in a blank page; the test then
 * calls what it put on `window`. The same Chromium as the e2e tests.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/harness/chromium';

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
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  return { page, errors, close: () => browser.close() };
}
