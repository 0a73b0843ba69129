/**
 * The compare view: the claims the analyst linked (Same claim, Disputes) as
 * rows, the sources as columns, and in each cell how the source treats the
 * claim: asserts, reports, speculates, disputes, or silent (treatments.ts
 * draws each as a shape, a word and a colour). Rows where sources disagree
 * carry a flag and a red edge; silent cells are hatched, so the gaps show.
 *
 * The grid is one Tab stop; the arrows (Home, End, Ctrl+Home, Ctrl+End) move
 * between cells and Enter opens the cell's quote in its article, at its
 * place. A cell with several quotes lists them below the grid to choose.
 * Only confirmed links make rows: a suggestion is never counted here.
 */
import { useEffect, useRef, useState } from 'react';
import type { CompareCellView, CompareRowView, CompareSourceView, CompareView as CompareData } from '../../annotations/api/view-types';
import { STANCE_LABELS } from '../../annotations/model/claim';
import { getApi } from '../api';
import { announce } from '../app/announce';
import { type Elsewhere, useSuggestionsRevision } from '../elsewhere/elsewhere-store';
import { useRevisedQuery } from '../elsewhere/use-revised-query';
import { gridMove, TREATMENT_MARKS, TREATMENTS, type GridPosition } from './treatments';
import './compare.css';

/** A cell, by its row's id and its source's key (kept by the workspace, so that coming back finds it). */
export interface CompareCellKey {
  row: string;
  source: string;
}

interface Props {
  elsewhere: Elsewhere;
  selected: CompareCellKey | null;
  onSelect: (cell: CompareCellKey) => void;
  onOpenQuote: (file: string, id: string) => void;
}

export function CompareView({ elsewhere, selected, onSelect, onOpenQuote }: Props): React.JSX.Element {
  const api = getApi();
  const revision = useSuggestionsRevision(elsewhere);
  const { value: data, error, loading } = useRevisedQuery<CompareData>('compare', revision, () => api.getCompare({}));
  const grid = useRef<HTMLTableElement>(null);
  /** A cell with several quotes, whose quotes are listed to choose from. */
  const [choosing, setChoosing] = useState<CompareCellKey | null>(null);

  const rows = data?.rows ?? [];
  const sources = data?.sources ?? [];
  const position = positionOf(rows, sources, selected) ?? { row: 0, column: 0 };

  // Back in the view (after reading a quote): the keyboard is where it was.
  const focusOnLoad = useRef(selected !== null);
  useEffect(() => {
    if (!data || !focusOnLoad.current) return;
    focusOnLoad.current = false;
    grid.current?.querySelector<HTMLElement>('button[tabindex="0"]')?.focus();
  }, [data]);

  const keyAt = ({ row, column }: GridPosition): CompareCellKey | null => {
    const r = rows[row];
    const s = sources[column];
    return r && s ? { row: r.id, source: s.key } : null;
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.altKey || event.shiftKey || event.metaKey) return;
    const to = gridMove(position, event.key, event.ctrlKey, rows.length, sources.length);
    const key = to && keyAt(to);
    if (!to || !key) return;
    event.preventDefault();
    onSelect(key);
    grid.current?.querySelector<HTMLElement>(`[data-cell="${to.row}:${to.column}"]`)?.focus();
  };

  const open = (row: CompareRowView, source: CompareSourceView, cell: CompareCellView) => {
    const key = { row: row.id, source: source.key };
    onSelect(key);
    const placed = cell.quotes.filter((q) => q.start !== null);
    if (cell.treatment === 'silent' || cell.quotes.length === 0) {
      setChoosing(null);
      announce(`${source.label} is silent on this claim.`);
    } else if (cell.quotes.length === 1 && placed[0]) {
      setChoosing(null);
      onOpenQuote(placed[0].file, placed[0].id);
    } else {
      setChoosing(key);
    }
  };

  const chosen = choosing ? positionOf(rows, sources, choosing) : null;
  const chosenCell = chosen ? rows[chosen.row]?.cells[chosen.column] : undefined;

  return (
    <section className="compare" aria-label="Compare" aria-busy={loading}>
      <header className="compare__header">
        <h2>Compare</h2>
        <p className="compare__lead">
          How each source treats each claim you linked (<em>Same claim</em>, <em>Disputes</em> under Elsewhere). Suggestions not yet decided are not
          counted. Select a cell to read its quote in its article.
        </p>
      </header>
      <Legend />
      {error && <p className="compare__error">The comparison cannot be drawn: {error}</p>}
      {!data && !error && <p className="compare__empty">Drawing the comparison…</p>}
      {data && rows.length === 0 && (
        <p className="compare__empty">
          No claims are linked yet. Under <strong>Elsewhere</strong> on a tagged claim, choose <strong>Same claim</strong> or <strong>Disputes</strong> for a
          passage of another article: the claim becomes a row here.
        </p>
      )}
      {data && rows.length > 0 && (
        <div className="compare__scroll">
          <table className="compare-grid" ref={grid} onKeyDown={onKeyDown}>
            <caption className="visually-hidden">Linked claims by source. Arrow keys move between cells; Enter opens the quote.</caption>
            <thead>
              <tr>
                <th scope="col" className="compare-grid__corner">
                  Claim
                </th>
                {sources.map((s) => (
                  <th key={s.key} scope="col" className="compare-grid__source" title={s.files.join(', ')}>
                    <span>{s.label}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => (
                <tr key={row.id} className={row.disagreement ? 'compare-row compare-row--disagree' : 'compare-row'}>
                  <th scope="row" className="compare-row__claim">
                    <span className="compare-row__label">{row.label}</span>
                    <span className="compare-row__meta">
                      {row.disagreement && <span className="flag flag--disagree">Sources disagree</span>}
                      {row.silent > 0 && <span className="flag flag--silent">{row.silent === 1 ? '1 silent' : `${row.silent} silent`}</span>}
                      {row.tags.length > 0 && <span className="compare-row__tags">{row.tags.join(' · ')}</span>}
                    </span>
                  </th>
                  {row.cells.map((cell, c) => {
                    const source = sources[c]!;
                    const mark = TREATMENT_MARKS[cell.treatment];
                    const isAt = position.row === r && position.column === c;
                    return (
                      <td key={source.key} className={`compare-cell compare-cell--${cell.treatment}`}>
                        <button
                          type="button"
                          data-cell={`${r}:${c}`}
                          className={`mark mark--${cell.treatment}${selected !== null && isAt ? ' mark--selected' : ''}`}
                          tabIndex={isAt ? 0 : -1}
                          aria-label={cellName(row, source, cell)}
                          onClick={() => open(row, source, cell)}
                          onFocus={() => !isAt && onSelect({ row: row.id, source: source.key })}
                        >
                          <span className="mark__glyph" aria-hidden="true">
                            {mark.glyph}
                          </span>
                          <span className="mark__word" aria-hidden="true">
                            {mark.word}
                            {cell.mixed ? '*' : ''}
                          </span>
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {rows.some((row) => row.cells.some((cell) => cell.mixed)) && (
            <p className="compare__note">* The source’s quotes on this claim do not all treat it alike; the cell shows the strongest.</p>
          )}
        </div>
      )}
      {chosen && chosenCell && (
        <section className="compare__quotes" aria-label={`Quotes of ${sources[chosen.column]?.label ?? ''}`}>
          <h3>
            {sources[chosen.column]?.label}: {chosenCell.quotes.length} quotes on this claim
          </h3>
          <ul>
            {chosenCell.quotes.map((q) => (
              <li key={q.id}>
                <button type="button" className="brief__quote" disabled={q.start === null} onClick={() => onOpenQuote(q.file, q.id)}>
                  {q.exact}
                </button>
                <p className="brief__quote-meta">{[q.stance ? STANCE_LABELS[q.stance] : 'No stance', q.side === 'disputing' ? 'disputes the claim' : null].filter(Boolean).join(' · ')}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function Legend(): React.JSX.Element {
  return (
    <ul className="compare-legend" aria-label="Marks">
      {TREATMENTS.map((t) => (
        <li key={t} className={`compare-cell--${t}`}>
          <span className={`mark mark--${t} mark--legend`}>
            <span className="mark__glyph" aria-hidden="true">
              {TREATMENT_MARKS[t].glyph}
            </span>
            <span className="mark__word">{TREATMENT_MARKS[t].word}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

function positionOf(rows: readonly CompareRowView[], sources: readonly CompareSourceView[], key: CompareCellKey | null): GridPosition | null {
  if (!key) return null;
  const row = rows.findIndex((r) => r.id === key.row);
  const column = sources.findIndex((s) => s.key === key.source);
  return row >= 0 && column >= 0 ? { row, column } : null;
}

/** What a screen reader says for a cell: the source, how it treats the claim, and the claim. */
function cellName(row: CompareRowView, source: CompareSourceView, cell: CompareCellView): string {
  const how = cell.treatment === 'silent' ? 'silent' : `${cell.treatment}${cell.mixed ? ' (not all its quotes alike)' : ''}${cell.quotes.length > 1 ? `, ${cell.quotes.length} quotes` : ''}`;
  const claim = row.label.length > 80 ? `${row.label.slice(0, 80)}…` : row.label;
  return `${source.label}: ${how}. ${claim}`;
}
