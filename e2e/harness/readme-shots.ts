/**
 * Screenshots for the README, taken by the e2e suite so they always show the
 * app as it is: saved as docs/screenshots/<name>.png (committed), and also
 * under test-results/screens/ with the other screens the specs record.
 */
import type { Page } from '@playwright/test';
import path from 'node:path';
import { REPO_ROOT } from './paths';

export const README_SHOTS_DIR = path.join(REPO_ROOT, 'docs/screenshots');

export async function readmeShot(page: Page, name: string): Promise<void> {
  // The caret and smooth scrolling would make every run's picture differ.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(README_SHOTS_DIR, `${name}.png`), caret: 'hide', animations: 'disabled' });
  await page.screenshot({ path: path.join(REPO_ROOT, 'test-results/screens', `${name}.png`), caret: 'hide', animations: 'disabled' });
}
