/**
 * The page of the selection-offsets test (viewer/selection-offsets.test.ts):
 * an article built into a read-only Lexical editor exactly as the viewer
 * builds it (one paragraph per line, in blocks of lines, highlights as flat
 * marks), and ways to
 * select in it that do not go through the code under test: by UTF-16 units
 * of a line's text, as a browser's own selection holds them.
 */
import { MarkNode } from '@lexical/mark';
import { $getRoot, createEditor, type LexicalEditor } from 'lexical';
import type { AnnotationView } from '../../annotations/api/view-types';
import { CodePointIndex } from '../../annotations/text/code-points';
import { splitLines, type Line } from '../../annotations/text/lines';
import { $appendFrozen, $appendLines, $drawLines, rangesByLine } from '../viewer/build-content';
import { firstLineBelow, LineBlockNode } from '../viewer/line-blocks';
import { domPointAt, readCaretOffset, readSelectedRange, type SelectedRange } from '../viewer/selection-offsets';

/**
 * A point to select at: a line and UTF-16 units into its text, or a boundary
 * given as an element point: before block `child` of the root, before line
 * `child` of block `block`, or before child `child` of a line's paragraph.
 */
export type PagePoint =
  | { line: number; unit: number }
  | { element: 'root'; child: number }
  | { element: 'block'; block: number; child: number }
  | { element: 'paragraph'; line: number; child: number };

export interface SelectionPage {
  /** Shows the text with its highlights; with `frozenFrom`, its lines from there on as a long article's frozen blocks (line-blocks.ts). */
  show(text: string, highlights: { id: string; start: number; end: number }[], frozenFrom?: number): void;
  /** Draws lines `indices` as the viewer does when the view comes near (thawing their blocks); returns the lines thawed. */
  draw(indices: number[]): number[];
  /** Selects from `anchor` to `focus` (focus first: a backwards selection), then reads the range. */
  select(anchor: PagePoint, focus: PagePoint): SelectedRange | null;
  /** Puts a collapsed selection at a point and reads the caret's offset. */
  caret(at: PagePoint): number | null;
  /** The DOM point for a code-point offset, then the caret offset read back from a selection there. */
  roundTrip(offset: number): number | null;
  /** Selects text outside the article and reads the range. */
  selectOutside(): SelectedRange | null;
  /** How many mark elements the article has (that highlights were drawn). */
  marks(): number;
  /** For each of `ys` and each edge: firstLineBelow's answer, and the first line found by looking at every paragraph. */
  linesBelow(ys: number[]): { edge: 'top' | 'bottom'; y: number; found: number; scanned: number }[];
}

let editor: LexicalEditor | null = null;
let lines: readonly Line[] = [];
let index = new CodePointIndex('');
let shownAnnotations: AnnotationView[] = [];

function root(): HTMLElement {
  const element = editor?.getRootElement();
  if (!element) throw new Error('No article shown.');
  return element;
}

/** Line `line`'s paragraph, counted in document order (not through line-blocks.ts, which is under test). */
function paragraphAt(line: number): HTMLElement {
  return root().querySelectorAll<HTMLElement>('p.article-paragraph')[line]!;
}

/** The DOM point at `units` UTF-16 units into paragraph `line`, walking its text nodes (marks included). */
function domPoint(point: PagePoint): [Node, number] {
  if ('element' in point) {
    if (point.element === 'root') return [root(), point.child];
    if (point.element === 'block') return [root().children[point.block]!, point.child];
    return [paragraphAt(point.line), point.child];
  }
  const paragraph = paragraphAt(point.line);
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let left = point.unit;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.data.length) return [node, left];
    left -= node.data.length;
  }
  return [paragraph, paragraph.childNodes.length];
}

const page: SelectionPage = {
  show(text, highlights, frozenFrom) {
    document.body.replaceChildren();
    const element = document.createElement('div');
    element.className = 'article-text';
    element.tabIndex = 0;
    document.body.append(element, Object.assign(document.createElement('p'), { id: 'outside', textContent: 'Text outside the article.' }));
    editor = createEditor({
      namespace: 'selection-test',
      editable: false,
      nodes: [MarkNode, LineBlockNode],
      theme: { paragraph: 'article-paragraph', mark: 'hl' },
      onError: (error) => {
        throw error;
      },
    });
    editor.setRootElement(element);
    lines = splitLines(text);
    index = new CodePointIndex(text);
    const annotations: AnnotationView[] = highlights.map((h) => ({ ...h, exact: '', tags: [], note: '', status: 'exact', sameClaimAs: [], created: '', modified: '' }));
    editor.update(
      () => {
        $getRoot().clear();
        const end = frozenFrom ?? lines.length;
        $appendLines(lines, rangesByLine(lines, annotations), 0, end);
        $appendFrozen(lines, end, lines.length);
      },
      { discrete: true },
    );
    shownAnnotations = annotations;
  },
  draw(indices) {
    let thawed: number[] = [];
    editor!.update(() => (thawed = $drawLines(lines, rangesByLine(lines, shownAnnotations), indices)), { discrete: true });
    return thawed;
  },
  select(anchor, focus) {
    const [anchorNode, anchorOffset] = domPoint(anchor);
    const [focusNode, focusOffset] = domPoint(focus);
    window.getSelection()!.setBaseAndExtent(anchorNode, anchorOffset, focusNode, focusOffset);
    return readSelectedRange(editor!, lines, index);
  },
  caret(at) {
    const [node, offset] = domPoint(at);
    window.getSelection()!.setBaseAndExtent(node, offset, node, offset);
    return readCaretOffset(editor!, lines);
  },
  roundTrip(offset) {
    const point = domPointAt(editor!, lines, offset);
    if (!point) return null;
    window.getSelection()!.setBaseAndExtent(point.node, point.offset, point.node, point.offset);
    return readCaretOffset(editor!, lines);
  },
  selectOutside() {
    const outside = document.getElementById('outside')!.firstChild!;
    window.getSelection()!.setBaseAndExtent(outside, 0, outside, 4);
    return readSelectedRange(editor!, lines, index);
  },
  marks: () => root().querySelectorAll('mark').length,
  linesBelow(ys) {
    const paragraphs = [...root().querySelectorAll('p.article-paragraph')];
    return ys.flatMap((y) =>
      (['top', 'bottom'] as const).map((edge) => {
        const scanned = paragraphs.findIndex((p) => p.getBoundingClientRect()[edge] > y);
        return { edge, y, found: firstLineBelow(root(), edge, y), scanned: scanned < 0 ? paragraphs.length : scanned };
      }),
    );
  },
};

(window as unknown as { selectionPage: SelectionPage }).selectionPage = page;
