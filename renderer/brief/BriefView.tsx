/**
 * The Brief view: the coverage heatmap (click a cell for its quotes, click a
 * quote to open the article at that place) and the rest of the brief as
 * rendered Markdown. The Markdown is rendered without raw HTML and without
 * links: text from articles and notes can never run or fetch anything here.
 */
import { useEffect, useState } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import type { BriefViewData } from '../../annotations/api/contract';
import { STANCE_LABELS } from '../../annotations/model/claim';
import { call, getApi } from '../api';
import { useNotices } from '../app/notices';
import { Heatmap, type Cell } from './Heatmap';

interface Props {
  onOpenQuote: (file: string, id: string) => void;
  onExport: () => void;
}

export function BriefView({ onOpenQuote, onExport }: Props): React.JSX.Element {
  const api = getApi();
  const notices = useNotices();
  const [data, setData] = useState<BriefViewData | null>(null);
  const [cell, setCell] = useState<Cell | null>(null);

  useEffect(() => {
    call(api.getBrief({})).then(setData, (error: Error) => notices.error(`Brief not available: ${error.message}`));
  }, [api, notices]);

  if (!data) {
    return (
      <section className="brief" aria-label="Brief" aria-busy="true">
        <p className="brief__loading">Building the brief…</p>
      </section>
    );
  }

  const titleOf = (file: string) => data.coverage.articles.find((a) => a.file === file)?.title ?? file;
  const quotes = cell ? data.quotes.filter((q) => q.file === cell.file && q.tags.includes(cell.tag)) : [];

  return (
    <section className="brief" aria-label="Brief">
      <header className="brief__header">
        <h2>Brief</h2>
        <button type="button" className="button" onClick={onExport}>
          Export…
        </button>
      </header>
      {data.coverage.tags.length === 0 ? (
        <p className="brief__empty">No claims are tagged yet. Tag passages in the articles to build the brief.</p>
      ) : (
        <Heatmap coverage={data.coverage} selected={cell} onSelect={setCell} />
      )}
      {cell && (
        <section className="brief__cell" aria-label={`Quotes: ${cell.tag} in ${titleOf(cell.file)}`}>
          <h3>
            {cell.tag} — {titleOf(cell.file)}
          </h3>
          {quotes.length === 0 ? (
            <p className="brief__empty">This source is silent on this tag.</p>
          ) : (
            <ul className="brief__quotes">
              {quotes.map((q) => (
                <li key={q.id}>
                  <button type="button" className="brief__quote" disabled={q.status === 'orphan'} onClick={() => onOpenQuote(q.file, q.id)}>
                    {q.exact}
                  </button>
                  <p className="brief__quote-meta">
                    {[q.attribution && `Claimed by ${q.attribution}`, q.stance && STANCE_LABELS[q.stance], q.paragraph !== null ? `¶ ${q.paragraph}` : 'not found in the current text']
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <article className="brief__markdown" aria-label="Brief text">
        <Markdown remarkPlugins={[remarkGfm]} skipHtml disallowedElements={['a', 'img']} unwrapDisallowed>
          {data.markdown}
        </Markdown>
      </article>
    </section>
  );
}
