/**
 * The article as the strategies see it: the text with its code-point index,
 * and its whitespace-collapsed view, built on first need and then shared by
 * every annotation of one `anchorAll` call (building it is a pass over the
 * whole text, too dear to repeat per annotation). Beside it, the finder of
 * exact piece occurrences used by the whole-text fuzzy pass (fuzzy.ts): for
 * many annotations a q-gram index of the collapsed text, built on the first
 * whole-text pass and shared; for one annotation, plain indexOf.
 */
import { splitsSurrogatePair, type CodePointIndex } from '../text/code-points';
import { collapseWhitespace, toCollapsedOffset, type CollapsedText } from '../text/whitespace';
import { GramIndex, IndexOfFinder, type PieceFinder } from './piece-index';

export class Article {
  private collapsedView: CollapsedText | undefined;
  private finder: PieceFinder | undefined;

  /** @param indexed build the q-gram index for the whole-text pass (worth it for many annotations). */
  constructor(
    readonly index: CodePointIndex,
    private readonly indexed = false,
  ) {}

  /** Exact occurrences in the collapsed text; built on first need. */
  get pieces(): PieceFinder {
    this.finder ??= this.indexed ? new GramIndex(this.collapsed.text) : new IndexOfFinder(this.collapsed.text);
    return this.finder;
  }

  get text(): string {
    return this.index.text;
  }

  get collapsed(): CollapsedText {
    this.collapsedView ??= collapseWhitespace(this.index.text);
    return this.collapsedView;
  }

  /** Collapsed offset of a code-point offset. */
  toCollapsed(codePoint: number): number {
    return toCollapsedOffset(this.collapsed, this.index.toUtf16(codePoint));
  }

  /**
   * Code-point range of the original characters behind collapsed [start, end).
   * A range that would cut a surrogate pair is widened to the whole character.
   */
  fromCollapsed(start: number, end: number): { start: number; end: number } {
    const { origin } = this.collapsed;
    const from = origin[start] as number;
    const to = origin[end] as number;
    const cpStart = this.index.toCodePoint(from); // rounds down inside a pair
    const cpEnd = this.index.toCodePoint(to) + (splitsSurrogatePair(this.text, to) ? 1 : 0);
    return { start: cpStart, end: cpEnd };
  }
}
