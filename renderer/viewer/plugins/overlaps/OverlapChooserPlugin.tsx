/**
 * Where highlights overlap, a segment belongs to several annotations: a click
 * on it opens a small list there to choose one (arrows, Enter, Escape; or the
 * mouse), instead of silently taking the first. (A click on a single
 * highlight is HighlightClickPlugin's.) A click that ends a drag is a
 * selection, not a choice.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';
import type { AnnotationView } from '../../../../annotations/api/view-types';
import { useArticleState, type ArticleStore } from '../../../state/article-store';
import { tagColor } from '../../../tags/tag-color';
import { FOCUS_ANNOTATION_COMMAND } from '../../commands';
import './overlaps.css';
import { clickedAnnotationIds } from '../../clicked-mark';
import type { ShownText } from '../../shown-text';

interface Chooser {
  ids: readonly string[];
  top: number;
  left: number;
}

const EXCERPT = 60;

export function OverlapChooserPlugin(props: { store: ArticleStore; shownText: ShownText; onSelect: (id: string) => void }): React.JSX.Element | null {
  const { store, shownText, onSelect } = props;
  const [editor] = useLexicalComposerContext();
  const [chooser, setChooser] = useState<Chooser | null>(null);
  const { annotations, tags } = useArticleState(store);

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      const ids = clickedAnnotationIds(event);
      if (ids.length > 1) setChooser({ ids, top: event.clientY + 12, left: Math.max(8, Math.min(event.clientX - 16, window.innerWidth - 340)) });
    };
    root.addEventListener('click', onClick);
    // A chooser is about a place in one text.
    const forget = shownText.onChange(() => setChooser(null));
    return () => {
      root.removeEventListener('click', onClick);
      forget();
    };
  }, [editor, onSelect, shownText]);

  if (!chooser) return null;
  const choices = chooser.ids.map((id) => annotations.find((a) => a.id === id)).filter((a): a is AnnotationView => a !== undefined);
  const colorOf = (label: string | undefined) => tagColor(tags, label);
  const close = () => {
    setChooser(null);
    editor.getRootElement()?.focus({ preventScroll: true });
  };
  const choose = (id: string) => {
    onSelect(id);
    close();
    editor.dispatchCommand(FOCUS_ANNOTATION_COMMAND, id);
  };
  return (
    <ChoiceList position={chooser} choices={choices} colorOf={colorOf} onChoose={choose} onCancel={close} />
  );
}

function ChoiceList(props: {
  position: { top: number; left: number };
  choices: readonly AnnotationView[];
  colorOf: (label: string | undefined) => string;
  onChoose: (id: string) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { position, choices, colorOf, onChoose, onCancel } = props;
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => list.current?.focus(), []);
  const activeId = choices[active]?.id;

  return (
    <div className="overlap-chooser" style={position}>
      <p className="overlap-chooser__title" id="overlap-chooser-title">
        {choices.length} annotations here
      </p>
      <ul
        ref={list}
        role="listbox"
        aria-labelledby="overlap-chooser-title"
        aria-activedescendant={activeId ? `overlap-choice-${activeId}` : undefined}
        tabIndex={0}
        onBlur={(event) => {
          if (!event.currentTarget.parentElement?.contains(event.relatedTarget)) onCancel();
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : choices.length - 1)) % choices.length);
          } else if (event.key === 'Enter' && activeId) {
            onChoose(activeId);
          } else if (event.key === 'Escape') {
            onCancel();
          } else return;
          // Handled here: not a command for the rest of the app.
          event.preventDefault();
          event.stopPropagation();
        }}
      >
        {choices.map((annotation, i) => (
          <li
            key={annotation.id}
            id={`overlap-choice-${annotation.id}`}
            role="option"
            aria-selected={i === active}
            className="overlap-chooser__option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onChoose(annotation.id)}
            onMouseEnter={() => setActive(i)}
          >
            <span className="tag-swatch" aria-hidden="true" style={{ background: colorOf(annotation.tags[0]) }} />
            <span className="overlap-chooser__tags">{annotation.tags.length > 0 ? annotation.tags.join(', ') : 'Untagged'}</span>
            <span className="overlap-chooser__quote">
              {[...annotation.exact].length > EXCERPT ? `${[...annotation.exact].slice(0, EXCERPT).join('')}…` : annotation.exact}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
