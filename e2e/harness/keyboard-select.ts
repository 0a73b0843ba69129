/**
 * Selects a phrase in the article the way a keyboard user does: Tab into the
 * text, then arrows to bring the reading caret to the phrase, then
 * Ctrl+Shift+→ word by word over it. The page is only read (where is the
 * caret?) to decide which key to press next; every move is a real key press.
 */
import { expect, type Page } from '@playwright/test';

/** The caret (selection focus) and anchor as offsets in the article's text content, and where the phrase is. */
async function where(page: Page, phrase: string): Promise<{ anchor: number; focus: number; start: number; end: number }> {
  return page.evaluate((wanted) => {
    const root = document.querySelector('.article-text');
    const selection = window.getSelection();
    if (!root || !selection || !selection.anchorNode || !selection.focusNode) throw new Error('No caret in the article.');
    // Paragraph breaks count as one character, as in the file (one line per paragraph).
    const paragraphs: Element[] = [...root.querySelectorAll('p')];
    const text = paragraphs.map((p) => p.textContent ?? '').join('\n');
    const start = text.indexOf(wanted);
    if (start < 0) throw new Error(`"${wanted}" is not in the article.`);
    // Count the newlines of the paragraphs before the caret's paragraph.
    const withBreaks = (node: Node, offset: number) => {
      const paragraph = (node instanceof Element ? node : node.parentElement)?.closest('.article-text p');
      const index = paragraph ? paragraphs.indexOf(paragraph) : 0;
      const before = paragraphs.slice(0, Math.max(0, index)).reduce((n, p) => n + (p.textContent ?? '').length + 1, 0);
      const inside = document.createRange();
      inside.setStart(paragraph ?? root, 0);
      inside.setEnd(node, offset);
      return before + inside.toString().length;
    };
    return { anchor: withBreaks(selection.anchorNode, selection.anchorOffset), focus: withBreaks(selection.focusNode, selection.focusOffset), start, end: start + wanted.length };
  }, phrase);
}

/** Presses Tab until the article text has the focus (as a user tabs through the page). */
export async function tabIntoText(page: Page): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate(() => document.activeElement?.classList.contains('article-text') ?? false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the article text.');
}

export async function keyboardSelect(page: Page, phrase: string): Promise<void> {
  await expect(page.locator('.article-text')).toBeFocused();
  let at = await where(page, phrase);
  // Lines first, while far; then words; then characters.
  for (let i = 0; i < 400 && Math.abs(at.start - at.focus) > 150; i++) {
    await page.keyboard.press(at.focus < at.start ? 'ArrowDown' : 'ArrowUp');
    at = await where(page, phrase);
  }
  for (let i = 0; i < 400 && Math.abs(at.start - at.focus) > 12; i++) {
    await page.keyboard.press(at.focus < at.start ? 'Control+ArrowRight' : 'Control+ArrowLeft');
    at = await where(page, phrase);
  }
  for (let i = 0; i < 100 && at.focus !== at.start; i++) {
    await page.keyboard.press(at.focus < at.start ? 'ArrowRight' : 'ArrowLeft');
    at = await where(page, phrase);
  }
  for (let i = 0; i < 200 && at.focus < at.end; i++) {
    await page.keyboard.press('Control+Shift+ArrowRight');
    at = await where(page, phrase);
  }
  // A word step may overshoot into punctuation; step back by characters.
  for (let i = 0; i < 20 && at.focus > at.end; i++) {
    await page.keyboard.press('Shift+ArrowLeft');
    at = await where(page, phrase);
  }
  expect(at, `the keyboard selected "${phrase}"`).toMatchObject({ anchor: at.start, focus: at.end });
}
