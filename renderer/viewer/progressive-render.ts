/**
 * Builds an opened article into the editor first screen first: the opening
 * lines in one synchronous update, so they are painted in the frame that
 * shows the article, then the rest in short slices, in tasks of their own,
 * so the page paints and takes input in between. A long report is readable
 * at once, and nothing waits on the lines below the fold (bench/ui holds
 * the figures).
 *
 * While lines remain, the text is `aria-busy`. Anything that needs a line
 * not built yet (scroll to an annotation, select a search match, place the
 * caret) calls `finish()`, which builds the rest at once.
 *
 * A long article (the one the stylesheet lets the browser lay out only near
 * the view) is built past its first screens as placeholders: each line its
 * text alone, without its highlights (drawn-lines.ts), in frozen blocks that
 * have no Lexical node per line (line-blocks.ts: creating those nodes and
 * their DOM was most of the time of opening a long article). `drawNear()`
 * thaws the blocks near the view and draws their highlights (on each
 * scroll), and `reveal()` those around a place asked for, before anything
 * looks there.
 */
import type { LexicalEditor } from 'lexical';
import type { AnnotationView } from '../../annotations/api/view-types';
import type { HighlightRange } from '../../annotations/anchoring/segments';
import type { Line } from '../../annotations/text/lines';
import { $appendFrozen, $appendLines, $clearArticle, $drawLines, rangesByLine } from './build-content';
import { DrawnLines, linesAround } from './drawn-lines';
import { CHARS_PER_LINE, estimatedBlockLines } from '../../annotations/text/estimated-lines';
import { linesNearView } from './near-view';
import { $lineCount, $lineNode, lineElements, LINES_PER_BLOCK } from './line-blocks';

/**
 * Characters from which an article counts as long (styles.css: only its
 * paragraphs near the view are laid out, and here only those show their
 * highlights). Shorter ones are laid out and drawn whole, so scroll heights
 * are exact where that costs little.
 */
export const LONG_ARTICLE = 100_000;
/**
 * Screens above and below the view whose paragraphs show their highlights:
 * more than the margin labels measure (MarginLabelsPlugin), so a label's
 * mark is there when it is measured, and drawn before it scrolls into view.
 */
const DRAWN_SCREENS = 2;
/** Lines drawn on each side of a place asked for (a focused annotation, a search match), which the view centres. */
const REVEAL_PAD = 8;

/**
 * Screens of text built before the first paint: the window's, and as much
 * again below it (a reader who scrolls at once finds text there). Anything
 * more waited on lines nobody sees yet.
 */
const FIRST_SCREENS = 2;
/** Characters of an article built whole in its first update, whatever the window: a second slice would show it a frame later. */
const SHORT_ARTICLE = 12_000;
/** A line of the reader's text is at least this tall in px (styles.css): how many lines, so characters, a screen can show. */
const MIN_LINE_HEIGHT = 20;
/** How long the rest of an article waits for the frame that shows its first screen, in a window that may be hidden (no frames). */
const HIDDEN_WINDOW_MS = 250;
/** Work per slice, in ms of building (the reconciliation after it takes about as long again). */
const SLICE_MS = 12;

/** Lines from which the editor's node maps are copy-on-write (Lexical's GenMap: from 1,000 nodes). */
const FRESH_STATE_AFTER = 200;
const EMPTY_STATE = '{"root":{"children":[],"direction":null,"format":"","indent":0,"type":"root","version":1}}';

export class ProgressiveRender {
  /** Lines built so far: [0, built). */
  private built = 0;
  private cancelled = false;
  private buckets: { of: readonly AnnotationView[]; byLine: Map<number, HighlightRange[]> } | null = null;
  private readonly channel = new MessageChannel();
  /** Lines whose highlights are drawn; null when every line is built with them (not a long article). */
  private readonly drawn: DrawnLines | null;

  constructor(
    private readonly editor: LexicalEditor,
    private readonly lines: readonly Line[],
    private readonly annotations: () => readonly AnnotationView[],
    long: boolean,
  ) {
    this.channel.port1.onmessage = () => this.slice();
    this.drawn = long ? new DrawnLines(lines.length) : null;
  }

  /** True once line `index` is a paragraph in the editor (built, and not in a frozen block). */
  has(index: number): boolean {
    return index < this.built && (!this.drawn || this.editor.getEditorState().read(() => $lineNode(index) !== null));
  }

  get done(): boolean {
    return this.built >= this.lines.length;
  }

  /** Clears the editor and builds the first screen now (a discrete update: in the DOM before this returns). */
  start(): void {
    this.built = 0;
    // An editor that showed a long article (the editor outlives its article:
    // ArticleViewer) starts from a new, empty state. Cleared in place, the old
    // article's nodes, their DOM and its text stayed reachable from Lexical's
    // copy-on-write node maps until their next compaction.
    if (this.editor.getEditorState().read($lineCount) > FRESH_STATE_AFTER) {
      this.editor.setEditorState(this.editor.parseEditorState(EMPTY_STATE));
    }
    const short = (this.lines.at(-1)?.end ?? 0) <= SHORT_ARTICLE;
    const firstChars = short ? Infinity : FIRST_SCREENS * Math.ceil(window.innerHeight / MIN_LINE_HEIGHT) * CHARS_PER_LINE;
    let end = 0;
    for (let chars = 0; end < this.lines.length && chars < firstChars; end++) chars += this.lines[end]!.text.length + 1;
    this.editor.update(
      () => {
        $clearArticle();
        // Only the highlights over the first screen: bucketing all of a long article's waits for the next slice.
        const lastEnd = this.lines[end - 1]?.end ?? 0;
        const over = this.annotations().filter((a) => a.start !== null && a.start <= lastEnd);
        $appendLines(this.lines, rangesByLine(this.lines, over), 0, end);
        this.built = end;
        this.drawn?.add(range(0, end));
      },
      { discrete: true, onUpdate: this.estimateHeights(0) },
    );
    // The rest from after the frame that shows the first screen: a slice
    // before it, and the style of all it added, held that frame back.
    this.next(true);
  }

  /** Builds every remaining line now. */
  finish(): void {
    if (this.done || this.cancelled) return;
    this.editor.update(() => this.append(this.lines.length), { discrete: true, onUpdate: this.estimateHeights(this.built) });
    this.next();
  }

  /** Lines `indices` were rebuilt with the highlights as they are now (build-content's $renderLines). */
  redrawn(indices: Iterable<number>): void {
    this.drawn?.add(indices);
  }

  /**
   * Draws the highlights of the paragraphs near the view that are still
   * placeholders. Reads layout: from a scroll event, or once the article is
   * built; discrete, so they are in the DOM before the frame is painted.
   */
  drawNear(): void {
    const root = this.editor.getRootElement();
    if (!this.drawn || this.cancelled || !root) return;
    const near = linesNearView(root, DRAWN_SCREENS);
    this.draw(this.drawn.missing(near.first, near.end, this.built));
  }

  /**
   * The same text with other highlights (its sidecar read again, an undo):
   * the lines built are redrawn in place, with the highlights as they are
   * now; the text, so the scroll and the reader's place, stays. Built again
   * from its top instead, a long article lost the view far down.
   */
  redraw(): void {
    if (this.cancelled) return;
    const indices = this.drawn ? this.drawn.among(this.built) : range(0, this.built);
    if (indices.length > 0) this.editor.update(() => $drawLines(this.lines, this.byLine(), indices, true), { discrete: true });
  }

  /** Builds every line, and draws the highlights around code-point range [start, end), for a command about to look there. */
  reveal(start: number, end: number): void {
    this.finish();
    if (!this.drawn || this.cancelled) return;
    const around = linesAround(this.lines, start, end, REVEAL_PAD);
    this.draw(this.drawn.missing(around.first, around.end, this.built));
  }

  /** reveal() for an annotation's place (none for an orphan). */
  revealAnnotation(id: string): void {
    const annotation = this.annotations().find((a) => a.id === id);
    if (annotation?.start != null && annotation.end != null) this.reveal(annotation.start, annotation.end);
    else this.finish();
  }

  cancel(): void {
    this.cancelled = true;
    this.channel.port1.close();
  }

  private draw(indices: readonly number[]): void {
    if (indices.length === 0) return;
    let thawed: number[] = [];
    // A thawed block's element is drawn anew: its estimated height is set again, or it would never skip layout.
    const estimateThawed = () => this.estimateBlocks(new Set(thawed.map((line) => Math.floor(line / LINES_PER_BLOCK))));
    this.editor.update(() => (thawed = $drawLines(this.lines, this.byLine(), indices)), { discrete: true, onUpdate: estimateThawed });
    this.drawn?.add(indices);
    this.drawn?.add(thawed);
  }

  private slice(): void {
    if (this.cancelled || this.done) return;
    this.editor.update(
      () => {
        const deadline = performance.now() + SLICE_MS;
        // A long article's lines a block at a time: a frozen block extended in a later slice was drawn again whole.
        const step = () => (this.drawn ? LINES_PER_BLOCK - (this.built % LINES_PER_BLOCK) : 16);
        while (!this.done && performance.now() < deadline) this.append(Math.min(this.lines.length, this.built + step()));
      },
      { onUpdate: this.estimateHeights(this.built) },
    );
    this.next();
  }

  private next(afterPaint = false): void {
    const root = this.editor.getRootElement();
    // Built: a reader who scrolled while it was may look at placeholders (their highlights are drawn on scroll, for lines built then).
    if (this.done && this.drawn && root?.getAttribute('aria-busy') === 'true') requestAnimationFrame(() => this.drawNear());
    root?.setAttribute('aria-busy', String(!this.done));
    // Whole: the highlights by line are not needed again (a change rebuilds its own lines), but for placeholders to draw.
    if (this.done && !this.drawn) this.buckets = null;
    if (this.done || this.cancelled) return;
    if (!afterPaint) return this.channel.port2.postMessage(null);
    let posted = false;
    const post = () => {
      if (!posted && !this.cancelled) this.channel.port2.postMessage(null);
      posted = true;
    };
    // A task from the frame's callbacks runs once that frame is painted; a hidden window has no frames.
    requestAnimationFrame(() => setTimeout(post, 0));
    setTimeout(post, HIDDEN_WINDOW_MS);
  }

  /**
   * Once an update that appended lines from `from` is in the DOM: the
   * estimated height of each block of lines it added to or filled, as
   * `data-lines` and `data-paragraphs` (styles.css reads them with attr(); a
   * style attribute is refused by the CSP, and a style object per block would
   * stay in memory). The browser skips the layout of blocks, not of lines: it
   * watches each element that may skip layout in every frame.
   */
  private estimateHeights(from: number): () => void {
    return () => {
      const blocks: number[] = [];
      for (let block = Math.floor(from / LINES_PER_BLOCK); block * LINES_PER_BLOCK < this.built; block++) blocks.push(block);
      this.estimateBlocks(blocks);
    };
  }

  private estimateBlocks(blocks: Iterable<number>): void {
    const root = this.editor.getRootElement();
    if (!root) return;
    const elements = lineElements(root);
    for (const block of blocks) {
      const first = block * LINES_PER_BLOCK;
      const end = Math.min(this.built, first + LINES_PER_BLOCK);
      const texts = this.lines.slice(first, end).map((line) => line.text);
      const element = elements.block(block);
      element?.setAttribute('data-lines', String(estimatedBlockLines(texts)));
      element?.setAttribute('data-paragraphs', String(end - first));
    }
  }

  /** Inside an update: appends lines [built, end), with the highlights as they are now, or frozen (a long article). */
  private append(end: number): void {
    if (this.drawn) $appendFrozen(this.lines, this.built, end);
    else $appendLines(this.lines, this.byLine(), this.built, end);
    this.built = end;
  }

  /** The highlights by line, computed again only when the annotations changed (the store's arrays are replaced, never mutated). */
  private byLine(): Map<number, HighlightRange[]> {
    const annotations = this.annotations();
    if (this.buckets?.of !== annotations) this.buckets = { of: annotations, byLine: rangesByLine(this.lines, annotations) };
    return this.buckets.byLine;
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
