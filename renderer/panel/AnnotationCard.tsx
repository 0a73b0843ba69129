/** One annotation in the panel: quote (click to find it), tags, note, delete. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnnotationView, ClaimRef, TagView } from '../../annotations/api/view-types';
import type { ClaimPatch } from '../../annotations/model/claim';
import type { CardSlot } from './CardList';
import type { SaveState } from '../state/article-store';
import { tagColor } from '../tags/tag-color';
import { ClaimEditor } from './ClaimEditor';
import type { Elsewhere } from '../elsewhere/elsewhere-store';
import { ElsewhereList, type PassageOpener } from '../elsewhere/ElsewhereList';
import { ElsewhereSummary } from '../elsewhere/ElsewhereSummary';
import { NoteField } from './NoteField';

/** What the analyst can do to an annotation from the panel. */
export interface AnnotationActions {
  onFocus: (id: string) => void;
  onTagsChange: (id: string, tags: string[]) => void;
  onNoteChange: (id: string, note: string) => void;
  onDelete: (id: string) => void;
  onStartReattach: (id: string) => void;
  onConfirm: (id: string) => void;
  onClaimChange: (id: string, patch: ClaimPatch) => void;
  loadClaims: () => Promise<ClaimRef[]>;
  /** Copies the annotation's link (research-annotator://open?…) to the clipboard. */
  onCopyLink: (id: string) => void;
  /** Elsewhere for the article's claims (absent: no suggestions shown). */
  elsewhere?: ElsewhereSlot;
  /** Asks the core again for a highlight it refused. */
  onRetrySave: (id: string) => void;
  /** Drops a highlight the core refused. */
  onDiscard: (id: string) => void;
}

/** What a card needs to show Elsewhere: the suggestions, the claim's article, and how to open a passage. */
export interface ElsewhereSlot extends PassageOpener {
  store: Elsewhere;
  file: string;
}

interface Props extends AnnotationActions {
  annotation: AnnotationView;
  tags: readonly TagView[];
  active: boolean;
  readOnly: boolean;
  /** In a windowed list (CardList): measures the drawn card, and its place in the whole list. */
  slot?: Pick<CardSlot, 'measure' | 'index' | 'count'>;
  /** Shown ahead of the core (saving, or refused): a card without the actions that need a saved annotation. */
  saveState?: SaveState | undefined;
}

export function AnnotationCard(props: Props): React.JSX.Element {
  const { saveState } = props;
  return saveState && saveState.kind !== 'unsaved' ? <UnconfirmedCard {...props} saveState={saveState} /> : <SavedCard {...props} />;
}

/** A highlight painted before the core has it on disk: saving, or refused with the reason, to retry or discard. */
function UnconfirmedCard({ annotation, tags, slot, saveState, onFocus, onRetrySave, onDiscard }: Props & { saveState: Exclude<SaveState, { kind: 'unsaved' }> }): React.JSX.Element {
  const measure = slot?.measure;
  const failed = saveState.kind === 'failed';
  return (
    <li
      ref={measure}
      {...(slot ? { 'data-index': slot.index, 'aria-posinset': slot.index + 1, 'aria-setsize': slot.count } : {})}
      className={`card card--unconfirmed${failed ? ' card--failed' : ''}`}
      data-annotation-id={annotation.id}
      aria-busy={failed ? undefined : 'true'}
    >
      <button type="button" className="card__quote" style={{ borderColor: tagColor(tags, annotation.tags[0] ?? '') }} onClick={() => onFocus(annotation.id)}>
        {annotation.exact}
      </button>
      {failed ? (
        <div className="card__status card__status--failed">
          <span>Not saved: {saveState.reason}</span>
          <button type="button" className="button" onClick={() => onRetrySave(annotation.id)}>
            Retry
          </button>
          <button type="button" className="button button--danger" onClick={() => onDiscard(annotation.id)}>
            Discard
          </button>
        </div>
      ) : (
        <p className="card__status card__status--saving">Saving…</p>
      )}
      <ul className="chips" aria-label="Tags">
        {annotation.tags.map((label) => (
          <li key={label} className="chip">
            <span className="tag-swatch" aria-hidden="true" style={{ background: tagColor(tags, label) }} />
            {label}
          </li>
        ))}
      </ul>
    </li>
  );
}

function SavedCard(props: Props): React.JSX.Element {
  const { annotation, tags, active, readOnly, slot, onFocus, onTagsChange, onNoteChange, onDelete, onStartReattach, onConfirm, onClaimChange, loadClaims, elsewhere } =
    props;
  /** Review was pressed: the whole list takes the focus once it is in (the button is gone). */
  const [reviewing, setReviewing] = useState(false);
  const [wasActive, setWasActive] = useState(active);
  if (wasActive !== active) {
    // Made current otherwise (j/k, the text): the list does not take the focus.
    setWasActive(active);
    if (!active) setReviewing(false);
  }
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (active) item.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const measure = slot?.measure;
  const ref = useCallback(
    (element: HTMLLIElement | null) => {
      item.current = element;
      measure?.(element);
    },
    [measure],
  );
  const orphan = annotation.status === 'orphan';
  const colorOf = (label: string) => tagColor(tags, label);
  const addable = tags.filter((t) => !annotation.tags.includes(t.label));

  return (
    <li
      ref={ref}
      {...(slot ? { 'data-index': slot.index, 'aria-posinset': slot.index + 1, 'aria-setsize': slot.count } : {})}
      className={`card${orphan ? ' card--orphan' : ''}${active ? ' card--active' : ''}`}
      data-annotation-id={annotation.id}
      aria-current={active ? 'true' : undefined}
    >
      <button
        type="button"
        className="card__quote"
        style={{ borderColor: colorOf(annotation.tags[0] ?? '') }}
        onClick={() => onFocus(annotation.id)}
        disabled={orphan}
        title={orphan ? 'This passage is no longer in the article text' : 'Show in the article'}
      >
        {annotation.exact}
      </button>
      <StatusLine annotation={annotation} readOnly={readOnly} onConfirm={onConfirm} />
      {props.saveState?.kind === 'unsaved' && (
        <div className="card__status card__status--failed">
          <span>Not on disk yet: {props.saveState.reason}. Kept, and saved as soon as the disk allows.</span>
          <button type="button" className="button" onClick={() => props.onRetrySave(annotation.id)}>
            Retry now
          </button>
        </div>
      )}
      {annotation.creators && <p className="card__creator">Coded by {annotation.creators.join(', ')}</p>}
      <ul className="chips" aria-label="Tags">
        {annotation.tags.map((label) => (
          <li key={label} className="chip">
            <span className="tag-swatch" aria-hidden="true" style={{ background: colorOf(label) }} />
            {label}
            {!readOnly && (
              <button
                type="button"
                className="chip__remove"
                aria-label={`Remove tag ${label}`}
                onClick={() => onTagsChange(annotation.id, annotation.tags.filter((t) => t !== label))}
              >
                ×
              </button>
            )}
          </li>
        ))}
        {annotation.tags.length === 0 && <li className="chip chip--none">Untagged</li>}
      </ul>
      <button type="button" className="button card__link" title="Copy a link that opens the app at this annotation" onClick={() => props.onCopyLink(annotation.id)}>
        Copy link
      </button>
      {!readOnly && (
        <div className="card__actions">
          {addable.length > 0 && (
            <select
              aria-label="Add tag"
              value=""
              onChange={(event) => {
                if (event.target.value) onTagsChange(annotation.id, [...annotation.tags, event.target.value]);
              }}
            >
              <option value="">Add tag…</option>
              {addable.map((t) => (
                <option key={t.label} value={t.label}>
                  {t.label}
                </option>
              ))}
            </select>
          )}
          {orphan && (
            <button type="button" className="button" onClick={() => onStartReattach(annotation.id)}>
              Re-attach…
            </button>
          )}
          <button type="button" className="button button--danger" aria-label="Delete annotation" onClick={() => onDelete(annotation.id)}>
            Delete
          </button>
        </div>
      )}
      {annotation.tags.length > 0 && (
        <ClaimEditor annotation={annotation} readOnly={readOnly} loadClaims={loadClaims} onChange={onClaimChange} />
      )}
      {readOnly ? (
        annotation.note && <p className="card__note-text">{annotation.note}</p>
      ) : (
        <NoteField value={annotation.note} onSave={(note) => onNoteChange(annotation.id, note)} />
      )}
      {elsewhere && annotation.tags.length > 0 && !orphan && (
        active ? (
          <ElsewhereList
            elsewhere={elsewhere.store}
            claim={{ file: elsewhere.file, id: annotation.id }}
            readOnly={readOnly}
            keys
            focusOnLoad={reviewing}
            place={`${annotation.start}:${annotation.end}`}
            openPassage={elsewhere.openPassage}
          />
        ) : (
          <ElsewhereSummary
            elsewhere={elsewhere.store}
            claim={{ file: elsewhere.file, id: annotation.id }}
            place={`${annotation.start}:${annotation.end}`}
            onReview={() => {
              setReviewing(true);
              onFocus(annotation.id);
            }}
          />
        )
      )}
    </li>
  );
}

/** What re-anchoring found, when it is worth the analyst's attention. */
function StatusLine({ annotation, readOnly, onConfirm }: { annotation: AnnotationView; readOnly: boolean; onConfirm: (id: string) => void }) {
  switch (annotation.status) {
    case 'moved':
      return <p className="card__status card__status--moved">Moved: the article changed; the same text was found at a new place.</p>;
    case 'fuzzy':
      return (
        <p className="card__status card__status--fuzzy">
          Approximate match ({Math.round((annotation.score ?? 0) * 100)}%): the text changed. Please review.
          {!readOnly && (
            <button type="button" className="button" onClick={() => onConfirm(annotation.id)}>
              Confirm
            </button>
          )}
        </p>
      );
    case 'orphan':
      return <p className="card__orphan">Not found in the current text.</p>;
    default:
      return null;
  }
}
