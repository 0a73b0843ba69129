/**
 * Links back to an annotation (research-annotator://open?…): copied from an
 * annotation's card, then followed the two ways the desktop hands one over.
 * `app.launch({ link })` is the launch-target path: what main does with a link
 * on the command line (the service's initialLink); `app.openLink` is what it
 * does with one a second launch or macOS's open-url gives the running app.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { formatAnnotationLink } from '../annotations/links/annotation-link';
import { expect, test } from './fixtures';
import { openArticle, tagPhrase, titleOf } from './harness/actions';
import { readmeShot } from './harness/readme-shots';

const A = '000_5070c6c1e48426b5.txt';
const C = '003_8d5387ac8c00ce0b.txt';
const QUOTE = 'The critical issue on the peace talks agenda is the Zangezur Corridor';

const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotations' });

/** The annotation's card, current (as after a click on its quote). */
async function expectCurrent(page: Page, id: string): Promise<void> {
  await expect(page.getByRole('article', { name: await titleOf(C) })).toBeVisible();
  await expect(panel(page).locator(`li.card[data-annotation-id="${id}"]`)).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('mark.hl', { hasText: 'critical issue' }).first()).toBeInViewport();
}

test('Copy link on a card; the link opens the app at that annotation, at launch and in the running app; gone ones are named', async ({ app, tmp }) => {
  let page = await app.launch();
  await openArticle(page, C);
  await tagPhrase(page, QUOTE, 'Peace deal');
  const card = panel(page).locator('li.card').filter({ hasText: QUOTE });
  // The card shows at the key press, under a provisional id, and takes the annotation's own once the core has saved it.
  await expect(card).toHaveAttribute('data-annotation-id', /^urn:uuid:/u);
  const id = (await card.getAttribute('data-annotation-id')) ?? '';

  await card.getByRole('button', { name: 'Copy link' }).click();
  const link = formatAnnotationLink({ set: path.join(app.dirs.defaultSetDir), article: C, annotation: id });
  await expect(page.getByRole('status')).toContainText('Link copied: paste it into a note or a brief; it opens the app at this annotation.');
  expect(app.desktop.clipboard).toEqual([link]);
  await readmeShot(page, 'copy-link');

  // The analyst reads another article and quits; the link opens at the annotation all the same.
  await openArticle(page, A);
  await app.quit();
  page = await app.launch({ link });
  await expectCurrent(page, id);

  // The running app takes a link too (a second launch hands it over).
  await openArticle(page, A);
  await app.openLink(link);
  await expectCurrent(page, id);

  // Deleted: the set opens at the article and says the annotation is gone.
  await panel(page).locator(`li.card[data-annotation-id="${id}"]`).getByRole('button', { name: 'Delete annotation' }).click();
  await expect(panel(page).locator(`li.card[data-annotation-id="${id}"]`)).toHaveCount(0);
  await openArticle(page, A);
  await app.openLink(link);
  await expect(page.getByRole('alert')).toContainText(`The linked annotation is no longer in "${await titleOf(C)}"`);
  await expect(page.getByRole('article', { name: await titleOf(C) })).toBeVisible();

  // A set that is gone: nothing opens, and the app says why.
  const gone = path.join(tmp, 'Moved away');
  await app.openLink(formatAnnotationLink({ set: gone, article: C, annotation: id }));
  await expect(page.getByRole('alert')).toContainText(`Could not open the link: the set ${gone} no longer exists`);
  await expect(page.getByRole('article', { name: await titleOf(C) })).toBeVisible();

  // A link the app refuses, at launch: the start screen says why.
  await app.quit();
  page = await app.launch({ link: 'research-annotator://open?set=%2Fhome%2F..%2Fetc&article=passwd' });
  await expect(page.getByRole('alert')).toContainText('Could not open the link: the link cannot be opened: the set "/home/../etc" has "." or ".." in its path.');
});
