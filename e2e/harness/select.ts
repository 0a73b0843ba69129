/**
 * Selects a phrase in the article the way a user does: a real mouse drag
 * from just inside its first character to just inside its last one.
 */
import type { Page } from '@playwright/test';

export async function dragSelect(page: Page, phrase: string): Promise<void> {
  // The article may still be loading (or reloading after a change on disk).
  await page.waitForFunction((wanted) => document.querySelector('.article-text')?.textContent?.includes(wanted) ?? false, phrase);
  const points = await page.evaluate((wanted) => {
    const root = document.querySelector('.article-text');
    if (!root) throw new Error('No article is open.');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      all += (n as Text).data;
    }
    const at = all.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the article.`);
    const locate = (offset: number): [Text, number] => {
      let before = 0;
      for (const node of nodes) {
        if (offset <= before + node.data.length) return [node, offset - before];
        before += node.data.length;
      }
      throw new Error('offset out of range');
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + wanted.length));
    // The phrase itself to the middle of the view, not its text node: in a long
    // paragraph (or a one-line article) the node's centre is far from the phrase.
    const scroller = root.closest('.article-scroll');
    if (scroller instanceof HTMLElement) {
      const view = scroller.getBoundingClientRect();
      scroller.scrollTop += range.getBoundingClientRect().top - (view.top + view.height / 2);
    } else {
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    }
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const first = rects[0];
    const last = rects[rects.length - 1];
    if (!first || !last) throw new Error('The phrase has no visible box.');
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, phrase);
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move(points.x2, points.y2, { steps: 8 });
  await page.mouse.up();
}
