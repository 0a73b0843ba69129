/**
 * The cross-article view of one tag: every quote under it (children
 * included) from all articles, grouped by article, with stance, attribution
 * and note; each opens its article at the passage.
 */
import { useId } from 'react';
import type { TagView } from '../../annotations/api/view-types';
import { STANCE_LABELS } from '../../annotations/model/claim';
import { tagOptions } from '../../annotations/navigation/tag-tree';
import type { TagQuote, TagQuotes } from '../../annotations/navigation/tag-quotes';
import { getApi } from '../api';
import { useApiQuery } from '../use-api-query';
import './tag-quotes.css';

interface Props {
  tags: readonly TagView[];
  tag: string | null;
  onTagChange: (tag: string) => void;
  onOpenQuote: (file: string, id: string) => void;
}

export function TagQuotesView({ tags, tag, onTagChange, onOpenQuote }: Props): React.JSX.Element {
  const api = getApi();
  const id = useId();
  const state = useApiQuery(tag || null, (t) => api.listTagQuotes({ tag: t }));
  const options = tagOptions(tags.map((t) => t.label));
  const colorOf = (label: string) => tags.find((t) => t.label === label)?.color ?? 'var(--line)';

  return (
    <section className="tag-quotes" aria-label="Quotes by tag" aria-busy={state.kind === 'loading'}>
      <header className="tag-quotes__header">
        <h2 id={`${id}-title`}>{tag ? `Quotes tagged ${tag}` : 'Quotes by tag'}</h2>
        <label className="tag-quotes__picker">
          Tag
          <select value={tag ?? ''} onChange={(event) => onTagChange(event.target.value)}>
            {!tag && <option value="">Choose a tag…</option>}
            {options.map(({ label, depth }) => (
              <option key={label} value={label}>
                {'\u2003'.repeat(depth)}
                {label}
              </option>
            ))}
          </select>
        </label>
      </header>
      <p className="tag-quotes__summary" aria-live="polite">
        {!tag && (options.length === 0 ? 'No tags yet: tag a passage first.' : 'Choose a tag to see every quote under it, from all articles.')}
        {state.kind === 'loading' && 'Collecting the quotes…'}
        {state.kind === 'failed' && <span className="tag-quotes__error">Could not list the quotes: {state.message}</span>}
        {state.kind === 'done' && summaryOf(state.value)}
      </p>
      {state.kind === 'done' &&
        state.value.groups.map((group) => (
          <section key={group.file} className="tag-quotes__article" aria-label={group.title}>
            <h3>
              <span className="tag-quotes__title">{group.title}</span> <span className="tag-quotes__count">({group.quotes.length})</span>
            </h3>
            <ul>
              {group.quotes.map((quote) => (
                <li key={quote.id} className="tag-quote">
                  <button
                    type="button"
                    className="tag-quote__text"
                    style={{ borderLeftColor: colorOf(quote.tags.find((t) => tag !== null && (t === tag || t.startsWith(`${tag}/`))) ?? '') }}
                    onClick={() => onOpenQuote(group.file, quote.id)}
                    disabled={quote.status === 'orphan'}
                    title={quote.status === 'orphan' ? 'This passage is no longer in the article text' : 'Open in the article'}
                  >
                    {quote.exact}
                  </button>
                  <p className="tag-quote__meta">{metaOf(quote)}</p>
                  {quote.note && <p className="tag-quote__note">{quote.note}</p>}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}

function summaryOf(data: TagQuotes): string {
  if (data.total === 0) return `No quote is tagged ${data.tag} yet.`;
  const articles = data.groups.length;
  return `${data.total} ${data.total === 1 ? 'quote' : 'quotes'} in ${articles} ${articles === 1 ? 'article' : 'articles'}.`;
}

function metaOf(quote: TagQuote): string {
  return [
    quote.tags.join(', '),
    quote.stance ? STANCE_LABELS[quote.stance] : 'No stance',
    quote.attribution ? `by ${quote.attribution}` : null,
    quote.status === 'orphan' ? 'not found in the current text' : quote.status === 'fuzzy' ? 'to review' : null,
  ]
    .filter((p) => p !== null)
    .join(' · ');
}
