/**
 * The paragraphs of the article text near the scrolled view, found by a
 * binary search on their boxes (paragraphs are in text order, one per line).
 * Reads layout: call it where the frame lays out anyway (a scroll event, an
 * animation frame), not inside an editor update.
 */
import { partitionPoint } from '../../annotations/text/partition-point';

/** Lines whose paragraphs are within `screens` view heights above or below the view: [first, end). */
export function linesNearView(root: HTMLElement, screens: number): { first: number; end: number } {
  // Not rendered (hidden, or not laid out yet): every paragraph's box is empty, and all would count as near.
  if (root.getClientRects().length === 0 || root.offsetHeight === 0) return { first: 0, end: 0 };
  const scroller = root.closest('.article-scroll');
  const view = (scroller ?? document.documentElement).getBoundingClientRect();
  const top = Math.max(view.top, 0);
  const bottom = Math.min(view.bottom, innerHeight);
  const margin = (bottom - top) * screens;
  const paragraphs = root.children;
  const count = paragraphs.length;
  const first = partitionPoint(count, (i) => paragraphs[i]!.getBoundingClientRect().bottom < top - margin);
  let end = first;
  while (end < count && paragraphs[end]!.getBoundingClientRect().top <= bottom + margin) end++;
  return { first, end };
}
