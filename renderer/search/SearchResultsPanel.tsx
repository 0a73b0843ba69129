/**
 * Results of a search across the set, beside the article: grouped by
 * article, each match with its context. Choosing one opens its place: a text
 * match is scrolled to and selected, a quote or note match flashes its
 * highlight. The results stay, so the analyst can go through them in turn.
 */
import { useState } from 'react';
import type { SearchHit, SearchResults } from '../../annotations/navigation/set-search';
import { getApi } from '../api';
import { useApiQuery } from '../use-api-query';

const KIND_LABELS: Record<SearchHit['kind'], string> = { text: 'Text', quote: 'Quote', note: 'Note' };

interface Props {
  query: string;
  onOpen: (file: string, hit: SearchHit) => void;
  onClose: () => void;
}

export function SearchResultsPanel({ query, onOpen, onClose }: Props): React.JSX.Element {
  const api = getApi();
  const state = useApiQuery(query, (q) => api.searchSet({ query: q }));
  /** The match last opened, of this search (a new search starts with none). */
  const [opened, setOpened] = useState<{ query: string; key: string } | null>(null);
  const chosen = opened?.query === query ? opened.key : null;

  return (
    <aside className="panel search-results" aria-label="Search results" aria-busy={state.kind === 'loading'}>
      <header className="panel__header search-results__header">
        <h2>Search</h2>
        <button type="button" className="button search-results__close" onClick={onClose}>
          Close search
        </button>
      </header>
      <p className="search-results__summary" aria-live="polite">
        {state.kind === 'loading' && <>Searching the set for “{query}”…</>}
        {state.kind === 'failed' && <span className="search-results__error">Search failed: {state.message}</span>}
        {state.kind === 'done' && summaryOf(state.value)}
      </p>
      {state.kind === 'done' &&
        state.value.articles.map((group) => (
          <section key={group.file} className="search-results__article" aria-label={group.title}>
            <h3>{group.title}</h3>
            <ul>
              {group.hits.map((hit) => {
                const key = `${group.file}:${hit.kind}:${hit.annotationId ?? ''}:${hit.start}`;
                return (
                  <li key={key}>
                    <button
                      type="button"
                      className="search-hit"
                      aria-current={chosen === key ? 'true' : undefined}
                      onClick={() => {
                        setOpened({ query, key });
                        onOpen(group.file, hit);
                      }}
                    >
                      <span className={`search-hit__kind search-hit__kind--${hit.kind}`}>{KIND_LABELS[hit.kind]}</span>{' '}
                      <span className="search-hit__snippet">
                        {hit.snippet.before}
                        <mark>{hit.snippet.match}</mark>
                        {hit.snippet.after}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
            {group.more > 0 && <p className="search-results__more">and {group.more} more in this article</p>}
          </section>
        ))}
    </aside>
  );
}

function summaryOf(results: SearchResults): string {
  if (results.total === 0) return `Nothing found for “${results.query}”.`;
  const articles = results.articles.length;
  const found = `${results.total} ${results.total === 1 ? 'match' : 'matches'} for “${results.query}” in ${articles} ${articles === 1 ? 'article' : 'articles'}`;
  return results.more > 0 ? `${found}; the first ${results.total - results.more} are listed. Refine the search to see the rest.` : `${found}.`;
}
