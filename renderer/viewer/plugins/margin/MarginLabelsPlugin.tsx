/**
 * Tag labels in the margin beside the highlights, so a tag reads as a word,
 * not only as a colour. Each label stands at its highlight's first line,
 * coloured like its first tag (highlights starting on one line share a
 * label), pushed down when it would overlap the one above; a click makes the
 * annotation current and shows it.
 *
 * Articles can hold thousands of highlights, so only the paragraphs near the
 * view are measured, found by a binary search on their boxes, and all
 * measuring happens in one animation frame: every read first, then one React
 * render writes the positions. Resizing, scrolling or changing highlights
 * schedules the next frame; a scroll that brings no other paragraph near
 * writes nothing. (An IntersectionObserver on every paragraph kept that set
 * before: the browser computed thousands of intersections in each frame,
 * while a long article was built and when a highlight was added.)
 *
 * The labels repeat what the panel says with names and buttons, so they are
 * hidden from assistive technology and out of the Tab order: keyboard users
 * have j/k and the panel.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';
import type { AnnotationView } from '../../../../annotations/api/view-types';
import { partitionPoint } from '../../../../annotations/text/partition-point';
import type { ArticleStore } from '../../../state/article-store';
import { tagColor } from '../../../tags/tag-color';
import { FOCUS_ANNOTATION_COMMAND } from '../../commands';
import { lineElements } from '../../line-blocks';
import { linesNearView } from '../../near-view';
import type { ShownText } from '../../shown-text';
import './margin-labels.css';

interface Label {
  id: string;
  text: string;
  color: string;
  top: number;
}

/**
 * Highlights that start on the same line share one label ("Peace deal ·
 * Russia ×3"): one label per line keeps labels beside their lines where a
 * paragraph is dense with highlights, instead of a column drifting down. It
 * takes the colour and the click of the first.
 */
function mergeSameLine(sorted: readonly Label[]): Label[] {
  const lines: { first: Label; counts: Map<string, number> }[] = [];
  for (const label of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.first.top - label.top) < SAME_LINE) line.counts.set(label.text, (line.counts.get(label.text) ?? 0) + 1);
    else lines.push({ first: { ...label }, counts: new Map([[label.text, 1]]) });
  }
  return lines.map(({ first, counts }) => ({
    ...first,
    text: [...counts].map(([text, n]) => (n > 1 ? `${text} ×${n}` : text)).join(' · '),
  }));
}

/** The first annotation starting at or after `offset` (code points), in annotations sorted by start with orphans last. */
function firstStartingAt(annotations: readonly AnnotationView[], offset: number): number {
  return partitionPoint(annotations.length, (i) => (annotations[i]!.start ?? Infinity) < offset);
}

const NO_LABELS: readonly Label[] = [];

/** Tops closer than this (px) are one line. */
const SAME_LINE = 3;

/** How far beyond the view paragraphs count as near, in screens above and below. */
const NEAR_SCREENS = 1;
/** Space kept between stacked labels (px). */
const GAP = 2;

export function MarginLabelsPlugin(props: { store: ArticleStore; shownText: ShownText; onSelect: (id: string) => void }): React.JSX.Element | null {
  const { store, shownText, onSelect } = props;
  const [editor] = useLexicalComposerContext();
  const [labels, setLabels] = useState<readonly Label[]>(NO_LABELS);
  const layerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = editor.getRootElement();
    const article = root?.parentElement;
    const scroller = root?.closest('.article-scroll');
    const layer = layerRef.current;
    if (!root || !article || !layer) return;

    let frame = 0;
    /** A newly shown text's first frame is under way: no measure in it (see below). */
    let firstFrame = 0;
    /** The lines measured last, [first, end), and whether anything but a scroll asked for this measure. */
    let measured = { first: 0, end: 0 };
    let changed = true;

    const measure = () => {
      frame = 0;
      const near = linesNearView(root, NEAR_SCREENS);
      if (!changed && near.first === measured.first && near.end === measured.end) return;
      changed = false;
      measured = near;
      const state = store.getState();
      const lines = shownText.lines;
      const box = article.getBoundingClientRect();
      const found: Label[] = [];
      const paragraphs = lineElements(root);
      // Reads only, in this loop; only the annotations starting on a line near
      // the view, found from the store's text order (this runs each frame
      // while a long article is being built).
      for (let line = near.first; line < near.end; line++) {
        const range = lines[line];
        if (!range) continue;
        const { start, end } = range;
        const annotations = state.annotations;
        for (let i = firstStartingAt(annotations, start); i < annotations.length && (annotations[i]!.start ?? Infinity) <= end; i++) {
          const annotation = annotations[i]!;
          const paragraph = paragraphs.at(line);
          const mark = paragraph?.querySelector(`mark[data-annotation-ids~="${CSS.escape(annotation.id)}"]`);
          const rect = mark?.getClientRects()[0];
          if (!rect) continue;
          found.push({
            id: annotation.id,
            text: annotation.tags.length > 0 ? annotation.tags.join(', ') : 'Untagged',
            color: tagColor(state.tags, annotation.tags[0]),
            top: rect.top - box.top,
          });
        }
      }
      found.sort((a, b) => a.top - b.top);
      const merged = mergeSameLine(found);
      // Stack: a label that would overlap the one above goes just below it.
      const height = parseFloat(getComputedStyle(layer).getPropertyValue('--label-height')) || 20;
      let floor = -Infinity;
      for (const label of merged) {
        label.top = Math.max(label.top, floor + GAP);
        floor = label.top + height;
      }
      setLabels(merged);
    };
    const schedule = () => {
      changed = true;
      if (frame === 0 && firstFrame === 0) frame = requestAnimationFrame(measure);
    };
    const onScroll = () => {
      if (frame === 0 && firstFrame === 0) frame = requestAnimationFrame(measure);
    };
    // The first labels of a text in the frame after its first: measured in
    // its first frame, they put a layout and a render of their own in it.
    // The last text's labels go at once (their marks are gone).
    const shown = () => {
      cancelAnimationFrame(frame);
      frame = 0;
      cancelAnimationFrame(firstFrame);
      firstFrame = requestAnimationFrame(() => {
        firstFrame = 0;
        schedule();
      });
    };
    const forget = () => {
      shown();
      setLabels(NO_LABELS);
    };

    (scroller ?? window).addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(root);
    const unregister = editor.registerUpdateListener(schedule);
    const unsubscribe = store.subscribe(schedule);
    const unlisten = shownText.onChange(forget);
    shown();
    return () => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(firstFrame);
      (scroller ?? window).removeEventListener('scroll', onScroll);
      resize.disconnect();
      unregister();
      unsubscribe();
      unlisten();
    };
  }, [editor, store, shownText]);

  // Rendered in place (ArticleViewer puts this plugin inside the article, whose
  // margin it is): a portal into a layer made here cost each opened article
  // the time of React attaching its event listeners to the new container.
  return (
    <div className="margin-labels" aria-hidden="true" ref={layerRef}>
      {labels.map((label) => (
        <button
          key={label.id}
          type="button"
          tabIndex={-1}
          className="margin-label"
          data-annotation-id={label.id}
          style={{ top: label.top, '--label-color': label.color } as React.CSSProperties}
          title={label.text}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            onSelect(label.id);
            editor.dispatchCommand(FOCUS_ANNOTATION_COMMAND, label.id);
          }}
        >
          {label.text}
        </button>
      ))}
    </div>
  );
}
