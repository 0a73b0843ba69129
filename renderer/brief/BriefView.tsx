/**
 * The Brief view: its scope beside it (BriefScope), the coverage heatmap
 * (click a cell for its quotes, click a quote to open the article at that
 * place) and the rest of the brief as rendered Markdown. The Markdown is
 * rendered without raw HTML and without links: text from articles and notes
 * can never run or fetch anything here.
 *
 * A change of scope rebuilds the brief; the previous one stays on screen,
 * marked busy, with the progress of the new one, until it arrives.
 */
import { useEffect, useState } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import type { BriefViewData } from '../../annotations/api/view-types';
import { isNarrowed } from '../../annotations/brief/scope';
import type { BriefOptions } from '../../annotations/brief/types';
import { STANCE_LABELS } from '../../annotations/model/claim';
import { call, getApi } from '../api';
import { useNotices } from '../app/notices';
import { BriefProgress } from './BriefProgress';
import { BriefScope } from './BriefScope';
import { Heatmap, type Cell } from './Heatmap';

interface Props {
  options: BriefOptions;
  onOptionsChange: (options: BriefOptions) => void;
  onOpenQuote: (file: string, id: string) => void;
  onExport: () => void;
  /** An export is under way (its progress is shown by the app). */
  exporting: boolean;
}

export function BriefView({ options, onOptionsChange, onOpenQuote, onExport, exporting }: Props): React.JSX.Element {
  const api = getApi();
  const notices = useNotices();
  const [data, setData] = useState<BriefViewData | null>(null);
  const [loading, setLoading] = useState(true);
  const [failure, setFailure] = useState<string | null>(null);
  const [cell, setCell] = useState<Cell | null>(null);

  useEffect(() => {
    // Only the answer to the latest scope is shown, whatever order answers arrive in.
    let latest = true;
    setLoading(true);
    call(api.getBrief({ options })).then(
      (view) => {
        if (!latest) return;
        setData(view);
        setFailure(null);
        setLoading(false);
      },
      (error: Error) => {
        if (!latest) return;
        setLoading(false);
        setFailure(error.message);
        notices.error(`Brief not available: ${error.message}`);
      },
    );
    return () => {
      latest = false;
    };
  }, [api, notices, options]);

  if (!data) {
    return (
      <section className="brief" aria-label="Brief" aria-busy={loading}>
        {loading && <BriefProgress label="Building the brief" task="view" started />}
        {!loading && failure && <p className="brief__failure">The brief cannot be built: {failure}</p>}
      </section>
    );
  }

  const titleOf = (file: string) => data.coverage.articles.find((a) => a.file === file)?.title ?? file;
  // A cell stays selected while its tag and source are in scope.
  const shown = cell && data.coverage.tags.some((t) => t.label === cell.tag) && data.coverage.articles.some((a) => a.file === cell.file) ? cell : null;
  const quotes = shown ? data.quotes.filter((q) => q.file === shown.file && q.tags.includes(shown.tag)) : [];

  return (
    <section className="brief" aria-label="Brief" aria-busy={loading}>
      <BriefScope choices={data.scope} options={options} onChange={onOptionsChange} />
      <div className="brief__body">
        <header className="brief__header">
          <h2>Brief</h2>
          {loading && <BriefProgress label="Updating the brief" task="view" started />}
          <button type="button" className="button" onClick={onExport} disabled={exporting} aria-keyshortcuts="Control+E">
            {exporting ? 'Exporting…' : 'Export…'}
          </button>
        </header>
        {data.coverage.tags.length === 0 ? (
          <p className="brief__empty">
            {!isNarrowed(options)
              ? 'No claims are tagged yet. Tag passages in the articles to build the brief.'
              : 'No claim is in this scope. Include more tags, stances or articles.'}
          </p>
        ) : (
          <Heatmap coverage={data.coverage} selected={shown} onSelect={setCell} />
        )}
        {shown && (
          <section className="brief__cell" aria-label={`Quotes: ${shown.tag} in ${titleOf(shown.file)}`}>
            <h3>
              {shown.tag} — {titleOf(shown.file)}
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
      </div>
    </section>
  );
}
