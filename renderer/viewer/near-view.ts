/**
 * The paragraphs of the article text near the scrolled view, and the place at
 * its top, found by a binary search on their boxes (line-blocks.ts).
 * Reads layout: call it where the frame lays out anyway (a scroll event, an
 * animation frame), not inside an editor update.
 */
import { firstLineBelow, lineElements } from './line-blocks';

/** Lines whose paragraphs are within `screens` view heights above or below the view: [first, end). */
export function linesNearView(root: HTMLElement, screens: number): { first: number; end: number } {
  // Not rendered: every paragraph's box is empty, and all would count as near.
  if (!laidOut(root)) return { first: 0, end: 0 };
  const { top, bottom } = viewOf(root);
  const margin = (bottom - top) * screens;
  const first = firstLineBelow(root, 'bottom', top - margin);
  return { first, end: Math.max(first, firstLineBelow(root, 'top', bottom + margin)) };
}

/** The place at the top of the view: the paragraph (line) there, and how far into it (0 its top … 1 its bottom). Null when not laid out. */
export function placeAtTop(root: HTMLElement): { line: number; within: number } | null {
  if (!laidOut(root)) return null;
  const top = viewOf(root).top;
  const line = firstLineBelow(root, 'bottom', top);
  const box = lineElements(root).at(line)?.getBoundingClientRect();
  if (!box) return null;
  return { line, within: box.height > 0 ? Math.min(1, Math.max(0, (top - box.top) / box.height)) : 0 };
}

/**
 * Scrolls `scroller` so that `place` is at the top of the view, and says how
 * far it moved (px); null while its paragraph is not built. A long article's
 * paragraphs laid out as they come near can move it: the caller aligns again
 * until it stays.
 */
export function scrollPlaceToTop(root: HTMLElement, scroller: HTMLElement, place: { line: number; within: number }): { moved: number } | null {
  const paragraph = lineElements(root).at(place.line);
  if (!paragraph || !laidOut(root)) return null;
  const box = paragraph.getBoundingClientRect();
  const off = box.top + place.within * box.height - viewOf(root).top;
  if (Math.abs(off) < 1) return { moved: 0 };
  const before = scroller.scrollTop;
  scroller.scrollTop = before + off;
  // At the end of the scroll range it cannot move as far: that is as near as it gets.
  return { moved: scroller.scrollTop - before };
}

/** False while the text is hidden or not laid out yet. */
function laidOut(root: HTMLElement): boolean {
  return root.getClientRects().length > 0 && root.offsetHeight > 0;
}

function viewOf(root: HTMLElement): { top: number; bottom: number } {
  const view = (root.closest('.article-scroll') ?? document.documentElement).getBoundingClientRect();
  return { top: Math.max(view.top, 0), bottom: Math.min(view.bottom, innerHeight) };
}
