/**
 * The open article's details (title, outlet, author, date; for a web page its
 * address and the day it was saved) above its text, editable: the brief
 * lists sources by them. Saved in the article's sidecar;
 * the article file itself is never touched.
 */
import { useState } from 'react';
import type { ArticleMeta } from '../../annotations/api/view-types';
import type { MetaPatch } from '../state/open-article';

export interface DetailsDraft extends ArticleMeta {
  title: string;
}

interface Props {
  file: string;
  details: DetailsDraft;
  readOnly: boolean;
  onSave: (patch: MetaPatch) => void;
}

const FIELDS: { key: keyof DetailsDraft; label: string; placeholder: string; maxLength: number }[] = [
  { key: 'title', label: 'Title', placeholder: 'First line of the article', maxLength: 500 },
  { key: 'source', label: 'Outlet', placeholder: 'e.g. Euronews', maxLength: 500 },
  { key: 'author', label: 'Author', placeholder: 'Who wrote it', maxLength: 500 },
  { key: 'published', label: 'Published', placeholder: 'YYYY-MM-DD', maxLength: 100 },
  { key: 'url', label: 'Web address', placeholder: 'https://… (the page it came from)', maxLength: 2000 },
  { key: 'accessed', label: 'Accessed', placeholder: 'YYYY-MM-DD (when it was saved)', maxLength: 100 },
];

export function ArticleDetails({ file, details, readOnly, onSave }: Props): React.JSX.Element {
  const [draft, setDraft] = useState<DetailsDraft | null>(null);
  const meta = [details.source, details.author, details.published, details.url, details.accessed && `accessed ${details.accessed}`].filter(Boolean).join(' · ');

  if (draft) {
    return (
      <form
        className="details details--editing"
        aria-label="Article details"
        onSubmit={(event) => {
          event.preventDefault();
          onSave(patchOf(draft, details.title));
          setDraft(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setDraft(null);
        }}
      >
        {FIELDS.map((f) => (
          <label key={f.key}>
            {f.label}
            <input type="text" value={draft[f.key] ?? ''} placeholder={f.placeholder} maxLength={f.maxLength} onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })} />
          </label>
        ))}
        <div className="details__actions">
          <button type="submit" className="button button--primary">
            Save details
          </button>
          <button type="button" className="button" onClick={() => setDraft(null)}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="details">
      <p className="details__meta">
        {meta || <span className="details__empty">No outlet, author or date yet</span>}
        <span className="details__file"> · {file}</span>
      </p>
      {!readOnly && (
        <button type="button" className="button details__edit" onClick={() => setDraft({ ...details })}>
          Edit details
        </button>
      )}
    </div>
  );
}

/**
 * What the form changes: every field, a blank one cleared. The title is sent
 * only when the analyst changed it: an untouched form holds the title derived
 * from the first line, which may be long and is not theirs to pin.
 */
function patchOf(draft: DetailsDraft, shownTitle: string): MetaPatch {
  const clear = (value: string | undefined) => (value?.trim() ? value.trim() : null);
  const title = draft.title.trim() === shownTitle.trim() ? {} : { title: clear(draft.title) };
  return {
    ...title,
    source: clear(draft.source),
    author: clear(draft.author),
    published: clear(draft.published),
    url: clear(draft.url),
    accessed: clear(draft.accessed),
  };
}
