/**
 * Selecting text in the article as users do: a real mouse drag from just
 * inside a phrase's first character to just inside its last one, or (for a
 * span too long to drag) a selection set as a keyboard user extends one.
 */
import type { Page } from '@playwright/test';

interface Point {
  x: number;
  y: number;
}

/** Where a drag over `phrase` presses and where it lets go, once the phrase is scrolled into the middle of the view. */
export interface DragEnds {
  from: Point;
  to: Point;
}

export async function dragSelect(page: Page, phrase: string): Promise<void> {
  const { from, to } = await dragEndsOf(page, phrase);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** Scrolls `phrase` to the middle of the view and tells where a drag over it starts and ends. */
export async function dragEndsOf(page: Page, phrase: string): Promise<DragEnds> {
  // The article may still be loading (or reloading after a change on disk).
  await page.waitForFunction((wanted) => document.querySelector('.article-text')?.textContent?.includes(wanted) ?? false, phrase);
  const ends = await page.evaluate(inArticle, { first: phrase, last: phrase, select: false });
  if (!ends) throw new Error(`"${phrase}" has no visible box.`);
  return ends;
}

/**
 * Selects from the first character of `first` to the last one of `last` (its
 * next occurrence) in the open article, as a keyboard user extends a
 * selection, with the end in the middle of the view.
 */
export async function selectSpan(page: Page, first: string, last: string): Promise<void> {
  await page.evaluate(inArticle, { first, last, select: true });
}

/**
 * Runs in the page: finds the span, scrolls it into the middle of the view
 * (the span itself, not its text node: in a long paragraph, or a one-line
 * article, the node's centre is far from it), then selects it or returns
 * where a drag over it goes.
 */
function inArticle({ first, last, select }: { first: string; last: string; select: boolean }): DragEnds | null {
  const root = document.querySelector('.article-text');
  if (!root) throw new Error('No article is open.');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  let all = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    all += (n as Text).data;
  }
  const start = all.indexOf(first);
  const end = start < 0 ? -1 : all.indexOf(last, start);
  if (start < 0 || end < 0) throw new Error(`"${first}"…"${last}" is not in the article.`);
  const locate = (offset: number): [Text, number] => {
    let before = 0;
    for (const node of nodes) {
      if (offset <= before + node.data.length) return [node, offset - before];
      before += node.data.length;
    }
    throw new Error('offset out of range');
  };
  const range = document.createRange();
  range.setStart(...locate(start));
  range.setEnd(...locate(end + last.length));
  const scroller = root.closest('.article-scroll');
  if (scroller instanceof HTMLElement) {
    const view = scroller.getBoundingClientRect();
    const rects = range.getClientRects();
    const anchor = (select ? rects[rects.length - 1] : rects[0]) ?? range.getBoundingClientRect();
    scroller.scrollTop += anchor.top - (view.top + view.height / 2);
  }
  if (select) {
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return null;
  }
  const rects = [...range.getClientRects()].filter((r) => r.width > 0);
  const head = rects[0];
  const tail = rects[rects.length - 1];
  if (!head || !tail) return null;
  return { from: { x: head.left + 1, y: head.top + head.height / 2 }, to: { x: tail.right - 1, y: tail.top + tail.height / 2 } };
}
