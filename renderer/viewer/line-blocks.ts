/**
 * The article's lines in the editor are grouped in blocks: the root holds
 * blocks, each block up to LINES_PER_BLOCK paragraphs, one per line. Line i
 * is paragraph i % LINES_PER_BLOCK of block ⌊i / LINES_PER_BLOCK⌋.
 *
 * Why: a flat column of one paragraph per line made every change cost the
 * whole article. Lexical reconciles every child of a dirty element (the root,
 * for a change in any line), and the browser laid out the whole column for a
 * change in one paragraph. In blocks, a new highlight walks the root's blocks
 * and one block's lines, and the layout stays inside that block (bench/ui
 * holds the figures).
 *
 * A block is a shadow root to Lexical, as a table cell is: each paragraph
 * stays a top-level element, so selections, text content and the reading
 * caret treat lines as before.
 *
 * Every lookup of a line by index, in the editor or in the DOM, goes through
 * this module.
 */
import { $create, $getRoot, $isElementNode, ElementNode, type EditorConfig, type LexicalNode, type ParagraphNode } from 'lexical';
import { LINES_PER_BLOCK } from '../../annotations/text/estimated-lines';
import { partitionPoint } from '../../annotations/text/partition-point';

export { LINES_PER_BLOCK };
/** The class of a block's element (styles.css). */
const BLOCK_CLASS = 'article-lines';

export class LineBlockNode extends ElementNode {
  /**
   * The texts of its lines while the block is frozen: drawn as plain
   * paragraphs straight into the DOM, with no Lexical node for them, until
   * thawed ($thawBlock). Null once its lines are paragraphs in the editor.
   */
  __frozen: readonly string[] | null = null;

  override $config() {
    return this.config('line-block', { extends: ElementNode });
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__frozen = prevNode.__frozen;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('div');
    element.className = BLOCK_CLASS;
    const frozen = this.__frozen;
    if (frozen) {
      // The shape Lexical gives a paragraph of one text node (an empty one holds a line break), so both lay out alike.
      const paragraphClass = config.theme.paragraph ?? '';
      for (const text of frozen) {
        const paragraph = document.createElement('p');
        paragraph.className = paragraphClass;
        if (text === '') paragraph.append(document.createElement('br'));
        else paragraph.append(Object.assign(document.createElement('span'), { textContent: text }));
        element.append(paragraph);
      }
    }
    return element;
  }

  /** Drawn again whole when it freezes more lines or thaws: its frozen paragraphs are not Lexical's to reconcile. */
  override updateDOM(prevNode: this): boolean {
    return prevNode.__frozen !== this.__frozen;
  }

  override isShadowRoot(): boolean {
    return true;
  }

  /** Lines in the block, frozen or not. */
  lineCount(): number {
    return this.getLatest().__frozen?.length ?? this.getChildrenSize();
  }

  isFrozen(): boolean {
    return this.getLatest().__frozen !== null;
  }
}

export function $isLineBlockNode(node: LexicalNode | null | undefined): node is LineBlockNode {
  return node instanceof LineBlockNode;
}

/** Appends paragraphs as the next lines: into the last block until it is full, then into new blocks. */
export function $appendLineNodes(paragraphs: readonly ParagraphNode[]): void {
  const root = $getRoot();
  const lastChild = root.getLastChild();
  let last = $isLineBlockNode(lastChild) && !lastChild.isFrozen() ? lastChild : null;
  let next = 0;
  while (next < paragraphs.length) {
    if (!last || last.getChildrenSize() >= LINES_PER_BLOCK) {
      last = $create(LineBlockNode);
      root.append(last);
    }
    const room = LINES_PER_BLOCK - last.getChildrenSize();
    last.append(...paragraphs.slice(next, next + room));
    next += room;
  }
}

/**
 * Appends lines as frozen blocks (their text alone, no Lexical node per line:
 * a long article's lines far from the view). The last block, unless frozen,
 * is first filled with `placeholder` paragraphs: frozen blocks start on a
 * block's first line.
 */
export function $appendFrozenLines(texts: readonly string[], placeholder: (text: string) => ParagraphNode): void {
  const root = $getRoot();
  const last = root.getLastChild();
  let next = 0;
  if ($isLineBlockNode(last) && last.lineCount() < LINES_PER_BLOCK) {
    const room = LINES_PER_BLOCK - last.lineCount();
    const filling = texts.slice(0, room);
    if (last.isFrozen()) last.getWritable().__frozen = [...last.__frozen!, ...filling];
    else last.append(...filling.map(placeholder));
    next = filling.length;
  }
  for (; next < texts.length; next += LINES_PER_BLOCK) {
    const block = $create(LineBlockNode);
    block.__frozen = texts.slice(next, next + LINES_PER_BLOCK);
    root.append(block);
  }
}

/**
 * Thaws frozen block `index`: its lines become paragraphs in the editor,
 * made by `paragraph(line index, text)`. Returns the indices of its lines, or
 * none when it was not frozen.
 */
export function $thawBlock(index: number, paragraph: (line: number, text: string) => ParagraphNode): number[] {
  const block = $getRoot().getChildAtIndex(index);
  if (!$isLineBlockNode(block) || !block.isFrozen()) return [];
  const writable = block.getWritable();
  const texts = writable.__frozen!;
  writable.__frozen = null;
  const first = index * LINES_PER_BLOCK;
  writable.append(...texts.map((text, i) => paragraph(first + i, text)));
  return texts.map((_, i) => first + i);
}

/** How many lines the editor holds, frozen or not. */
export function $lineCount(): number {
  const root = $getRoot();
  const blocks = root.getChildrenSize();
  const last = root.getLastChild();
  return blocks === 0 || !$isLineBlockNode(last) ? 0 : (blocks - 1) * LINES_PER_BLOCK + last.lineCount();
}

/** The paragraph of line `index`, or null while it is not built or frozen. */
export function $lineNode(index: number): ParagraphNode | null {
  const block = $getRoot().getChildAtIndex(Math.floor(index / LINES_PER_BLOCK));
  if (!$isLineBlockNode(block)) return null;
  const paragraph = block.getChildAtIndex(index % LINES_PER_BLOCK);
  return $isElementNode(paragraph) ? (paragraph as ParagraphNode) : null;
}

/**
 * The paragraph holding `node` and the index of its line; null for a node
 * outside every line (the root, a block).
 */
export function $lineOf(node: LexicalNode): { paragraph: ElementNode; index: number } | null {
  const paragraph = node.getTopLevelElement();
  const block = paragraph?.getParent();
  if (!$isElementNode(paragraph) || !$isLineBlockNode(block)) return null;
  return { paragraph, index: block.getIndexWithinParent() * LINES_PER_BLOCK + paragraph.getIndexWithinParent() };
}

/**
 * Line index of an element point on the root or on a block ("before child
 * `offset`"), a point between paragraphs; null for a point elsewhere.
 */
export function $lineBeforeChild(node: LexicalNode, offset: number): number | null {
  if (node === $getRoot()) return offset * LINES_PER_BLOCK;
  // A point Lexical resolved inside a frozen block's DOM is not one it can place.
  if ($isLineBlockNode(node) && !node.isFrozen()) return node.getIndexWithinParent() * LINES_PER_BLOCK + offset;
  return null;
}

/** The lines' elements in the DOM of the article text (the editor's root element), by line index. */
export interface LineElements {
  readonly count: number;
  at(index: number): HTMLElement | undefined;
  /** The element of block `block`, holding lines [block × LINES_PER_BLOCK, (block + 1) × LINES_PER_BLOCK). */
  block(block: number): HTMLElement | undefined;
}

export function lineElements(root: HTMLElement): LineElements {
  const blocks = root.children;
  const last = blocks[blocks.length - 1];
  return {
    count: last ? (blocks.length - 1) * LINES_PER_BLOCK + last.children.length : 0,
    at: (index) => blocks[Math.floor(index / LINES_PER_BLOCK)]?.children[index % LINES_PER_BLOCK] as HTMLElement | undefined,
    block: (block) => blocks[block] as HTMLElement | undefined,
  };
}

/**
 * The first line whose paragraph's box has its `edge` below `y` (viewport
 * px): the line at a place on screen; `count` when none has. Lines are in
 * order, so a binary search, on the blocks first, then on the lines of one
 * block: the box of a paragraph in a block that skips layout (styles.css)
 * has the browser lay that block out.
 */
export function firstLineBelow(root: HTMLElement, edge: 'top' | 'bottom', y: number): number {
  const blocks = root.children;
  const above = (element: Element) => element.getBoundingClientRect()[edge] <= y;
  const firstBelow = partitionPoint(blocks.length, (b) => above(blocks[b]!));
  // A block's bottom is its last line's (and spacing), its top its first line's.
  const block = edge === 'bottom' ? firstBelow : firstBelow - 1;
  const element = blocks[block];
  if (!element) return block < 0 ? 0 : lineElements(root).count;
  return block * LINES_PER_BLOCK + partitionPoint(element.children.length, (i) => above(element.children[i]!));
}
