/**
 * Lines in blocks, in a real Lexical editor (its state only: the DOM side is
 * tested in Chromium by selection-offsets.test.ts, which selects across
 * blocks and finds every line again).
 */
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $appendLines } from './build-content';
import { $appendLineNodes, $isLineBlockNode, $lineBeforeChild, $lineCount, $lineNode, $lineOf, LineBlockNode, LINES_PER_BLOCK } from './line-blocks';
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
});
