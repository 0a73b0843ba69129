/**
 * Working from the keyboard only: no mouse event in these tests. Tab into the
 * article, select with the reading caret, tag with a digit, Enter for the
 * note, Escape back to the text; j/k between annotations; a highlight's
 * start and end moved by a word; the shortcuts overlay.
 */
import type { Page } from '@playwright/test';
import { readSidecarFile } from './disk';
import { expect, test } from './fixtures';
import { expectAccessible } from './harness/axe';
import { readmeShot } from './harness/readme-shots';
import { keyboardSelect, tabIntoText } from './harness/keyboard-select';
import { quoteSelectorOf, tagsOf, noteOf } from '../annotations/model/annotation';

const A = '000_5070c6c1e48426b5.txt';
const CLAIMS = [
  { phrase: 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future', digit: '1', tag: 'Peace deal' },
  { phrase: 'a desire to showcase concrete successes of U.S. President Donald Trump', digit: '2', tag: 'U.S. role' },
  { phrase: 'The prospect of a peace deal between Armenia and Azerbaijan was also included in this list', digit: '1', tag: 'Peace deal' },
];
/** A claim tagged with a tag the codebook does not have yet: n, type it, Enter. */
const NEW_TAG_CLAIM = { phrase: 'airstrikes on Iran’s nuclear facilities', tag: 'Iran' };
const NOTE = 'Rubio speaks for the White House here.';

const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotations' });

/**
 * The caret is walked to each claim key by key, a round trip to the page a
 * key: these tests take most of the default minute on a busy machine.
 */
const KEY_BY_KEY_MS = 120_000;

test('keyboard-only tagging of three claims, with a note, and one more with a new tag', async ({ app }) => {
  test.setTimeout(KEY_BY_KEY_MS);
  const page = await app.launch();
  await expect(page.locator('.article-text')).toContainText('Rubio expressed confidence');
  await tabIntoText(page);

  for (const [i, claim] of CLAIMS.entries()) {
    await keyboardSelect(page, claim.phrase);
    const toolbar = page.getByRole('toolbar', { name: 'Tag selection' });
    await expect(toolbar).toBeVisible();
    // The digit is shown on the tag's button.
    await expect(toolbar.getByRole('button', { name: claim.tag, exact: true })).toHaveAttribute('aria-keyshortcuts', claim.digit);
    if (i === 0) await page.screenshot({ path: 'test-results/screens/keyboard-selection.png' });
    await page.keyboard.press(claim.digit);
    await expect(toolbar).toBeHidden();
    const card = panel(page).getByRole('listitem').filter({ hasText: claim.phrase.slice(0, 40) });
    await expect(card).toHaveAttribute('aria-current', 'true');
    // The focus stays in the text, ready for the next selection.
    await expect(page.locator('.article-text')).toBeFocused();
    if (i === 0) {
      await page.keyboard.press('Enter');
      const note = card.getByRole('textbox', { name: 'Note' });
      await expect(note).toBeFocused();
      await page.keyboard.type(NOTE);
      await page.keyboard.press('Escape');
      await expect(page.locator('.article-text')).toBeFocused();
    }
  }
  await keyboardSelect(page, NEW_TAG_CLAIM.phrase);
  await page.keyboard.press('n');
  const newTag = page.getByRole('toolbar', { name: 'Tag selection' }).getByRole('textbox', { name: 'New tag' });
  await expect(newTag).toBeFocused();
  await page.keyboard.type(NEW_TAG_CLAIM.tag);
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('listitem').filter({ hasText: NEW_TAG_CLAIM.phrase })).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.article-text')).toBeFocused();
  await expect(page.locator('mark.hl')).toHaveCount(4);
  await page.screenshot({ path: 'test-results/screens/keyboard-three-claims.png' });

  await app.flush();
  const sidecar = await readSidecarFile(app.dirs.defaultSetDir, A);
  const stored = sidecar.annotations.map((a) => ({ quote: quoteSelectorOf(a)?.exact, tags: tagsOf(a), note: noteOf(a) }));
  expect(stored).toEqual(
    expect.arrayContaining([
      ...CLAIMS.map((c, i) => ({ quote: c.phrase, tags: [c.tag], note: i === 0 ? NOTE : '' })),
      { quote: NEW_TAG_CLAIM.phrase, tags: [NEW_TAG_CLAIM.tag], note: '' },
    ]),
  );
  expect(stored).toHaveLength(4);
});

/** Tags each claim from the keyboard, as in the test above. */
async function tagAll(page: Page, claims: readonly { phrase: string; digit: string }[]): Promise<void> {
  for (const claim of claims) {
    await keyboardSelect(page, claim.phrase);
    await expect(page.getByRole('toolbar', { name: 'Tag selection' })).toBeVisible();
    await page.keyboard.press(claim.digit);
    await expect(panel(page).getByRole('listitem').filter({ hasText: claim.phrase.slice(0, 40) })).toHaveAttribute('aria-current', 'true');
  }
}

const current = (page: Page) => panel(page).locator('li.card[aria-current="true"] .card__quote');

test('j and k move the current annotation in text order; the keys move its start and end by a word', async ({ app }) => {
  test.setTimeout(KEY_BY_KEY_MS);
  const page = await app.launch();
  await expect(page.locator('.article-text')).toContainText('Rubio expressed confidence');
  await tabIntoText(page);
  // Made out of order: the last one made (in the middle of the text) is current.
  await tagAll(page, [CLAIMS[0]!, CLAIMS[2]!, CLAIMS[1]!]);
  await expect(current(page)).toHaveText(CLAIMS[1]!.phrase);

  await page.keyboard.press('j');
  await expect(current(page)).toHaveText(CLAIMS[2]!.phrase);
  // Screen readers hear where they are.
  await expect(page.getByRole('status').filter({ hasText: 'Annotation 3 of 3' })).toHaveText(`Annotation 3 of 3, Peace deal: ${CLAIMS[2]!.phrase}`);
  await expect(page.locator('mark.hl-current')).toContainText(['The prospect of a peace deal']);
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await expect(current(page)).toHaveText(CLAIMS[0]!.phrase);
  await page.keyboard.press(']');
  await expect(current(page)).toHaveText(CLAIMS[1]!.phrase);
  await page.screenshot({ path: 'test-results/screens/keyboard-current.png' });
  await expectAccessible(page, 'current annotation chosen by keyboard');

  // "a desire to showcase concrete successes of U.S. President Donald Trump" on the international stage.
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(current(page)).toHaveText('a desire to showcase concrete successes of U.S. President Donald Trump on');
  await page.keyboard.press('Control+Alt+ArrowRight');
  await expect(current(page)).toHaveText('desire to showcase concrete successes of U.S. President Donald Trump on');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(current(page)).toHaveText('desire to showcase concrete successes of U.S. President Donald');
  await page.keyboard.press('Control+Alt+ArrowLeft');
  await page.keyboard.press('Control+Alt+ArrowLeft');
  await expect(current(page)).toHaveText('also a desire to showcase concrete successes of U.S. President Donald');
  await expect(page.locator('mark.hl-current')).toHaveText('also a desire to showcase concrete successes of U.S. President Donald');

  await app.flush();
  const quotes = (await readSidecarFile(app.dirs.defaultSetDir, A)).annotations.map((a) => quoteSelectorOf(a)?.exact);
  expect(quotes).toContain('also a desire to showcase concrete successes of U.S. President Donald');
  expect(quotes).not.toContain(CLAIMS[1]!.phrase);

  // A digit toggles that tag on the current annotation; Delete removes it.
  await page.keyboard.press('3');
  await expect(panel(page).locator('li.card[aria-current="true"]').getByRole('list', { name: 'Tags' })).toContainText('Russia');
  await page.keyboard.press('Delete');
  await expect(panel(page).getByRole('listitem').filter({ hasText: 'showcase concrete' })).toHaveCount(0);
  await expect(page.locator('mark.hl')).toHaveCount(2);
});

test('the shortcuts overlay lists every command with its keys, opens with ? and closes with Escape', async ({ app }) => {
  const page = await app.launch();
  await expect(page.locator('.article-text')).toContainText('Rubio expressed confidence');
  await tabIntoText(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const label of ['Next annotation', 'Previous annotation', 'Edit the note', 'Extend the end by a word', 'Move the start on by a word', 'Select by a word']) {
    await expect(dialog.getByRole('row', { name: new RegExp(`^${label}`, 'u') })).toBeVisible();
  }
  await expect(dialog.getByRole('row', { name: /^Extend the end by a word/u })).toContainText('Alt+Shift+→');
  await expect(dialog.getByRole('row', { name: /^Tag the selection \(or the current annotation\)/u })).toContainText('1–9');
  await readmeShot(page, 'shortcuts-overlay');
  await expectAccessible(page, 'keyboard shortcuts overlay');
  // Modal: keys meant for the article do nothing while it is open; Tab stays inside.
  await page.keyboard.press('j');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.article-text')).toBeFocused();

  // The same overlay from the button and from Help → Keyboard Shortcuts.
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).press('Enter');
  await expect(dialog).toBeHidden();
  await app.menuCommand('showShortcuts');
  await expect(dialog).toBeVisible();
});
