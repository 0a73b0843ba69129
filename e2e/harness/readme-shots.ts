/**
 * Screenshots for the README, taken by the e2e suite so they always show the
 * app as it is: saved as docs/screenshots/<name>.png (committed), and also
 * under test-results/screens/ with the other screens the specs record.
 */
import type { Page } from '@playwright/test';
import path from 'node:path';
import { REPO_ROOT } from './paths';

export const README_SHOTS_DIR = path.join(REPO_ROOT, 'docs/screenshots');

/** Where the README pictures say sets live, instead of this run's temporary folder. */
const SHOWN_PARENT = '~/Documents/Research Annotator/';

export async function readmeShot(page: Page, name: string): Promise<void> {
  // The caret and smooth scrolling would make every run's picture differ.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(REPO_ROOT, 'test-results/screens', `${name}.png`), caret: 'hide', animations: 'disabled' });
  // So would the temporary folder in the top bar and the start screen's recent
  // sets: the committed picture shows a typical path instead (the text only,
  // put back at once).
  const shown = await page.evaluate((parent) => {
    const elements = [...document.querySelectorAll<HTMLElement>('.topbar__folder, .recent__path')];
    const before = elements.map((e) => e.textContent);
    for (const e of elements) e.textContent = parent + (e.textContent ?? '').split(/[\\/]/u).pop();
    return before;
  }, SHOWN_PARENT);
  try {
    await page.screenshot({ path: path.join(README_SHOTS_DIR, `${name}.png`), caret: 'hide', animations: 'disabled' });
  } finally {
    await page.evaluate((before) => {
      document.querySelectorAll<HTMLElement>('.topbar__folder, .recent__path').forEach((e, i) => (e.textContent = before[i] ?? ''));
    }, shown);
  }
}
