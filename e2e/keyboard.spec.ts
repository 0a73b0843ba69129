/**
 * Working from the keyboard only: no mouse event in these tests. Tab into the
 * article, select with the reading caret, tag with a digit, Enter for the
 * note, Escape back to the text; j/k between annotations; a highlight's
 * start and end moved by a word; the shortcuts overlay.
 */
import type { Page } from '@playwright/test';
import { readSidecarFile } from './disk';
import { expect, test } from './fixtures';
import { keyboardSelect, tabIntoText } from './harness/keyboard-select';
import { quoteSelectorOf, tagsOf, noteOf } from '../annotations/model/annotation';

const A = '000_5070c6c1e48426b5.txt';
const CLAIMS = [
  { phrase: 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future', digit: '1', tag: 'Peace deal' },
  { phrase: 'a desire to showcase concrete successes of U.S. President Donald Trump', digit: '2', tag: 'U.S. role' },
  { phrase: 'The prospect of a peace deal between Armenia and Azerbaijan was also included in this list', digit: '1', tag: 'Peace deal' },
];
const NOTE = 'Rubio speaks for the White House here.';

const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotations' });

test('keyboard-only tagging of three claims, with a note', async ({ app }) => {
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
  await expect(page.locator('mark.hl')).toHaveCount(3);
  await page.screenshot({ path: 'test-results/screens/keyboard-three-claims.png' });

  await app.flush();
  const sidecar = await readSidecarFile(app.dirs.defaultSetDir, A);
  const stored = sidecar.annotations.map((a) => ({ quote: quoteSelectorOf(a)?.exact, tags: tagsOf(a), note: noteOf(a) }));
  expect(stored).toEqual(
    expect.arrayContaining(CLAIMS.map((c, i) => ({ quote: c.phrase, tags: [c.tag], note: i === 0 ? NOTE : '' }))),
  );
  expect(stored).toHaveLength(3);
});
