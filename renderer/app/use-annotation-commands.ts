/**
 * The keyboard commands that act on the current annotation (the one last
 * chosen in the text or the panel, or just made): move to the next or
 * previous one in text order, tag it by digit, open its note, delete it,
 * move its start or end by a word. Also Escape outside the text: back to it.
 */
import { useRef, type RefObject } from 'react';
import type { AnnotationView } from '../../annotations/api/view-types';
import { adjustByWord, type WordEdit } from '../../annotations/text/words';
import type { CodePointIndex } from '../../annotations/text/code-points';
import { useCommand } from '../commands/CommandsProvider';
import type { ArticleStore } from '../state/article-store';
import type { OpenArticle } from '../state/open-article';
import type { ViewerHandle } from '../viewer/ArticleViewer';
import { focusNoteOf } from '../panel/focus-note';
import { announce } from './announce';

interface Options {
  open: OpenArticle;
  viewer: RefObject<ViewerHandle | null>;
  /** The open article's code points. */
  text: CodePointIndex;
  activeId: string | null;
  setActiveId: (id: string | null) => void;
  notify: (message: string) => void;
}

/** Annotations with a place in the text, in text order (the store keeps them sorted). */
function placed(store: ArticleStore): AnnotationView[] {
  return store.getState().annotations.filter((a) => a.start !== null && a.end !== null);
}

export function useAnnotationCommands(options: Options): void {
  /**
   * Where each annotation's edges were last sent, ahead of the store: keys
   * pressed quickly in a row each move from the previous result, not from
   * what the core has confirmed so far.
   */
  const sent = useRef(new Map<string, { start: number; end: number }>());
  const { open, viewer, text, activeId, setActiveId, notify } = options;
  const { store } = open;
  const current = () => store.getState().annotations.find((a) => a.id === activeId) ?? null;
  const hasCurrent = () => current() !== null;
  const writable = () => hasCurrent() && open.article?.readOnlyReason === undefined;

  const go = (step: 1 | -1) => {
    const list = placed(store);
    if (list.length === 0) return;
    const at = list.findIndex((a) => a.id === activeId);
    const next = at < 0 ? list[step === 1 ? 0 : list.length - 1] : list[at + step];
    if (!next) {
      notify(step === 1 ? 'This is the last annotation.' : 'This is the first annotation.');
      return;
    }
    setActiveId(next.id);
    announce(`Annotation ${list.indexOf(next) + 1} of ${list.length}, ${next.tags.join(', ') || 'untagged'}: ${next.exact}`);
    // The caret follows, so that a selection can start from there.
    if (viewer.current?.hasFocus() && next.start !== null) viewer.current.placeCaret(next.start);
    viewer.current?.focusAnnotation(next.id);
  };
  const hasAny = () => placed(store).length > 0;
  useCommand('nextAnnotation', () => go(1), hasAny);
  useCommand('previousAnnotation', () => go(-1), hasAny);

  useCommand(
    'applyTag',
    (keys) => {
      const annotation = current();
      const tag = store.getState().tags.find((t) => t.hotkey !== undefined && String(t.hotkey) === keys?.key);
      if (!annotation || !tag) return;
      // Toggle: the same digit again takes the tag off.
      const next = annotation.tags.includes(tag.label) ? annotation.tags.filter((t) => t !== tag.label) : [...annotation.tags, tag.label];
      void open.retag(annotation.id, next);
    },
    writable,
  );

  useCommand(
    'editNote',
    () => {
      if (activeId) focusNoteOf(activeId);
    },
    writable,
  );

  useCommand(
    'deleteAnnotation',
    () => {
      const annotation = current();
      if (!annotation) return;
      // The current annotation moves on to a neighbour, so Delete can be pressed again.
      const list = placed(store);
      const at = list.findIndex((a) => a.id === annotation.id);
      const neighbour = list[at + 1] ?? list[at - 1] ?? null;
      void open.remove(annotation.id);
      setActiveId(neighbour?.id ?? null);
    },
    writable,
  );

  const adjust = (edit: WordEdit) => {
    const annotation = current();
    if (!annotation || annotation.start === null || annotation.end === null) return;
    const ahead = sent.current.get(annotation.id);
    // Once the store shows what was sent, it is the reference again.
    if (ahead && ahead.start === annotation.start && ahead.end === annotation.end) sent.current.delete(annotation.id);
    const from = sent.current.get(annotation.id) ?? { start: annotation.start, end: annotation.end };
    const range = adjustByWord(text, from.start, from.end, edit);
    if (!range) {
      notify(edit.startsWith('shrink') ? 'A highlight keeps at least one word.' : 'There is no further word that way.');
      return;
    }
    sent.current.set(annotation.id, range);
    announce(`Highlight now: ${text.slice(range.start, range.end)}`);
    void open.place(annotation.id, range).then((saved) => {
      if (!saved) sent.current.delete(annotation.id);
    });
  };
  const placedCurrent = () => writable() && current()?.start !== null;
  useCommand('extendEnd', () => adjust('extendEnd'), placedCurrent);
  useCommand('shrinkEnd', () => adjust('shrinkEnd'), placedCurrent);
  useCommand('extendStart', () => adjust('extendStart'), placedCurrent);
  useCommand('shrinkStart', () => adjust('shrinkStart'), placedCurrent);

  // Escape in the panel (a note, a field) or anywhere else: back to the text, at the current annotation.
  useCommand('cancel', () => {
    const annotation = current();
    const handle = viewer.current;
    if (!handle) return;
    if (document.activeElement instanceof HTMLElement && !handle.hasFocus()) document.activeElement.blur();
    if (!handle.hasFocus()) handle.placeCaret(annotation?.start ?? 0);
  });
}
