/**
 * Lines in blocks, in a real Lexical editor (its state only: the DOM side is
 * tested in Chromium by selection-offsets.test.ts, which selects across
 * blocks and finds every line again).
 */
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $appendLines } from './build-content';
import { $appendFrozenLines, $appendLineNodes, $isLineBlockNode, $lineBeforeChild, $lineCount, $lineNode, $lineOf, $thawBlock, LineBlockNode, LINES_PER_BLOCK } from './line-blocks';
import { splitLines } from '../../annotations/text/lines';

function editorWith(lineCount: number): LexicalEditor {
  const editor = createEditor({
    namespace: 'line-blocks-test',
    nodes: [LineBlockNode],
    onError: (error) => {
      throw error;
    },
  });
  append(editor, 0, lineCount);
  return editor;
}

function append(editor: LexicalEditor, from: number, to: number): void {
  editor.update(() => $appendLineNodes(Array.from({ length: to - from }, (_, i) => $createParagraphNode().append($createTextNode(`line ${from + i}`)))), { discrete: true });
}

const blockSizes = (editor: LexicalEditor) => editor.read(() => $getRoot().getChildren().map((block) => ($isLineBlockNode(block) ? block.getChildrenSize() : -1)));

describe('lines in blocks', () => {
  it('fills each block before starting the next, also across appends', () => {
    const editor = editorWith(LINES_PER_BLOCK * 2 + 2);
    expect(blockSizes(editor)).toEqual([LINES_PER_BLOCK, LINES_PER_BLOCK, 2]);
    append(editor, LINES_PER_BLOCK * 2 + 2, LINES_PER_BLOCK * 3 + 5);
    expect(blockSizes(editor)).toEqual([LINES_PER_BLOCK, LINES_PER_BLOCK, LINES_PER_BLOCK, 5]);
    expect(editor.read($lineCount)).toBe(LINES_PER_BLOCK * 3 + 5);
    expect(createEditor({ nodes: [LineBlockNode] }).read($lineCount)).toBe(0);
  });

  it('finds every line by its index, and the index of every line from a node inside it', () => {
    const count = LINES_PER_BLOCK * 3 + 5;
    const editor = editorWith(count);
    editor.read(() => {
      for (let i = 0; i < count; i++) {
        const paragraph = $lineNode(i)!;
        expect(paragraph.getTextContent()).toBe(`line ${i}`);
        expect($lineOf(paragraph)!.index).toBe(i);
        expect($lineOf(paragraph.getFirstChild() as TextNode)).toEqual({ paragraph, index: i });
      }
      expect($lineNode(count)).toBeNull();
      expect($lineOf($getRoot())).toBeNull();
      expect($lineOf($getRoot().getFirstChild()!)).toBeNull();
    });
  });

  it('reads points between lines: before a block on the root, before a line in its block', () => {
    const editor = editorWith(LINES_PER_BLOCK + 10);
    editor.read(() => {
      const second = $getRoot().getChildAtIndex(1)!;
      expect($lineBeforeChild($getRoot(), 1)).toBe(LINES_PER_BLOCK);
      expect($lineBeforeChild(second, 3)).toBe(LINES_PER_BLOCK + 3);
      expect($lineBeforeChild($lineNode(3)!, 0)).toBeNull();
    });
  });

  it('keeps the article text as the file has it: lines joined as paragraphs, whatever block they are in', () => {
    const text = Array.from({ length: LINES_PER_BLOCK * 2 + 7 }, (_, i) => (i % 5 === 0 ? '' : `Line\u00a0${i} 🇦🇲`)).join('\n');
    const editor = editorWith(0);
    const lines = splitLines(text);
    editor.update(() => $appendLines(lines, new Map(), 0, lines.length), { discrete: true });
    // Lexical joins block-level siblings with a blank line, in a block as between blocks.
    expect(editor.read(() => $getRoot().getTextContent())).toBe(lines.map((line) => line.text).join('\n\n'));
  });

  it('freezes lines from a block boundary on (the block before filled with placeholders), counts them, and thaws a block whole', () => {
    const editor = editorWith(10);
    const texts = Array.from({ length: LINES_PER_BLOCK * 2 }, (_, i) => `line ${10 + i}`);
    const placeholder = (text: string) => $createParagraphNode().append($createTextNode(text));
    editor.update(() => $appendFrozenLines(texts, placeholder), { discrete: true });
    const state = () =>
      editor.read(() => $getRoot().getChildren().map((block) => ($isLineBlockNode(block) ? { lines: block.lineCount(), frozen: block.isFrozen() } : null)));
    expect(state()).toEqual([
      { lines: LINES_PER_BLOCK, frozen: false },
      { lines: LINES_PER_BLOCK, frozen: true },
      { lines: 10, frozen: true },
    ]);
    expect(editor.read($lineCount)).toBe(LINES_PER_BLOCK * 2 + 10);
    // A frozen line has no paragraph, and a frozen block extended keeps its lines in order.
    editor.read(() => {
      expect($lineNode(LINES_PER_BLOCK - 1)!.getTextContent()).toBe(`line ${LINES_PER_BLOCK - 1}`);
      expect($lineNode(LINES_PER_BLOCK)).toBeNull();
      expect($lineBeforeChild($getRoot().getChildAtIndex(1)!, 0)).toBeNull();
    });
    editor.update(() => $appendFrozenLines(['last'], placeholder), { discrete: true });
    expect(state()[2]).toEqual({ lines: 11, frozen: true });

    let thawed: number[] = [];
    editor.update(() => (thawed = $thawBlock(2, (line, text) => $createParagraphNode().append($createTextNode(`${line}: ${text}`)))), { discrete: true });
    expect(thawed).toEqual(Array.from({ length: 11 }, (_, i) => LINES_PER_BLOCK * 2 + i));
    editor.read(() => {
      expect($lineNode(LINES_PER_BLOCK * 2 + 10)!.getTextContent()).toBe(`${LINES_PER_BLOCK * 2 + 10}: last`);
      expect($lineOf($lineNode(LINES_PER_BLOCK * 2 + 3)!)!.index).toBe(LINES_PER_BLOCK * 2 + 3);
    });
    expect(state()[2]).toEqual({ lines: 11, frozen: false });
    // Thawing a block that is not frozen does nothing.
    editor.update(() => expect($thawBlock(0, () => $createParagraphNode())).toEqual([]), { discrete: true });
    expect(editor.read($lineCount)).toBe(LINES_PER_BLOCK * 2 + 11);
  });
});
