/**
 * Results of a search across the set, beside the article: grouped by
 * article, each match with its context. Choosing one opens its place: a text
 * match is scrolled to and selected, a quote or note match flashes its
 * highlight. The results stay, so the analyst can go through them in turn.
 */
import { useEffect, useState } from 'react';
import type { SearchHit, SearchResults } from '../../annotations/navigation/set-search';
import { call, getApi } from '../api';

const KIND_LABELS: Record<SearchHit['kind'], string> = { text: 'Text', quote: 'Quote', note: 'Note' };

interface Props {
  query: string;
  onOpen: (file: string, hit: SearchHit) => void;
  onClose: () => void;
}

type State = { kind: 'searching' } | { kind: 'done'; results: SearchResults } | { kind: 'failed'; message: string };

export function SearchResultsPanel({ query, onOpen, onClose }: Props): React.JSX.Element {
  const api = getApi();
  const [state, setState] = useState<State>({ kind: 'searching' });
  const [chosen, setChosen] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    setState({ kind: 'searching' });
    setChosen(null);
    call(api.searchSet({ query })).then(
      (results) => !cancelled && setState({ kind: 'done', results }),
      (error: Error) => !cancelled && setState({ kind: 'failed', message: error.message }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, query]);

  return (
    <aside className="panel search-results" aria-label="Search results" aria-busy={state.kind === 'searching'}>
      <header className="panel__header search-results__header">
        <h2>Search</h2>
        <button type="button" className="button search-results__close" onClick={onClose}>
          Close search
        </button>
      </header>
      <p className="search-results__summary" aria-live="polite">
        {state.kind === 'searching' && <>Searching the set for “{query}”…</>}
        {state.kind === 'failed' && <span className="search-results__error">Search failed: {state.message}</span>}
        {state.kind === 'done' && summaryOf(state.results)}
      </p>
      {state.kind === 'done' &&
        state.results.articles.map((group) => (
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
                        setChosen(key);
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
