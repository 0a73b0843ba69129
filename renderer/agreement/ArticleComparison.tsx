/**
 * One article as both coders coded it: the text with coder A's segments
 * underlined and coder B's shaded (both: both), and the disagreements to walk
 * with the keyboard (↑/↓ or j/k, Home/End): a segment only one coded, the
 * same segment with different tags, or boundaries far apart. The current one
 * is outlined in the text and scrolled into view.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleComparisonView } from '../../annotations/api/view-types';
import type { Disagreement } from '../../annotations/agreement/disagreements';
import { CodePointIndex } from '../../annotations/text/code-points';
import './agreement.css';

interface Props {
  comparison: ArticleComparisonView;
  onBack: () => void;
}

interface Piece {
  start: number;
  end: number;
  a: boolean;
  b: boolean;
}

/** The text cut at every segment edge, each piece with which coders covered it. */
function piecesOf(comparison: ArticleComparisonView, length: number): Piece[] {
  const cuts = new Set<number>([0, length]);
  for (const c of [...comparison.a, ...comparison.b]) {
    cuts.add(c.start);
    cuts.add(c.end);
  }
  const sorted = [...cuts].filter((c) => c >= 0 && c <= length).sort((x, y) => x - y);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    if (end <= start) continue;
    const covers = (c: { start: number; end: number }) => c.start <= start && c.end >= end;
    pieces.push({ start, end, a: comparison.a.some(covers), b: comparison.b.some(covers) });
  }
  return pieces;
}

const KIND_LABELS: Record<Disagreement['kind'], string> = {
  onlyA: 'Only coder A coded this',
  onlyB: 'Only coder B coded this',
  differentTags: 'Different tags',
  boundaries: 'Boundaries far apart',
};

function describe(d: Disagreement, text: CodePointIndex): string {
  const tags = (c: Disagreement['a']) => (c ? c.tags.join(', ') || 'untagged' : '');
  const quote = text.slice(d.start, d.end);
  const short = quote.length > 80 ? `${quote.slice(0, 79)}…` : quote;
  const who = d.kind === 'onlyA' ? `A: ${tags(d.a)}` : d.kind === 'onlyB' ? `B: ${tags(d.b)}` : `A: ${tags(d.a)} · B: ${tags(d.b)}`;
  return `${KIND_LABELS[d.kind]} (${who}): “${short}”`;
}

export function ArticleComparison({ comparison, onBack }: Props): React.JSX.Element {
  const text = useMemo(() => new CodePointIndex(comparison.text), [comparison.text]);
  const pieces = useMemo(() => piecesOf(comparison, text.length), [comparison, text.length]);
  const [current, setCurrent] = useState(comparison.disagreements.length > 0 ? 0 : -1);
  const textRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const active = comparison.disagreements[current];

  useEffect(() => {
    textRef.current?.querySelector('.cmp__piece--current')?.scrollIntoView?.({ block: 'center' });
  }, [current]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const last = comparison.disagreements.length - 1;
    const moves: Record<string, number> = { ArrowDown: current + 1, j: current + 1, ArrowUp: current - 1, k: current - 1, Home: 0, End: last };
    const next = moves[event.key];
    if (next === undefined || last < 0) return;
    event.preventDefault();
    setCurrent(Math.max(0, Math.min(last, next)));
  };

  const optionId = (i: number) => `disagreement-${i}`;
  return (
    <section className="cmp" aria-labelledby="cmp-title">
      <header className="cmp__header">
        <h2 id="cmp-title">{comparison.title}</h2>
        <button type="button" className="button" onClick={onBack}>
          Back to the report
        </button>
        <p className="cmp__legend">
          <span className="cmp__piece cmp__piece--a">Coder A: {comparison.coderA}</span> <span className="cmp__piece cmp__piece--b">Coder B: {comparison.coderB}</span>{' '}
          <span className="cmp__piece cmp__piece--a cmp__piece--b">both</span>
        </p>
      </header>
      <div className="cmp__body">
        <div className="cmp__list-box">
          <h3 id="cmp-list-title">
            {comparison.disagreements.length} {comparison.disagreements.length === 1 ? 'disagreement' : 'disagreements'}
          </h3>
          {comparison.disagreements.length === 0 ? (
            <p>The two coders agree on this article.</p>
          ) : (
            <ol
              ref={listRef}
              className="cmp__list"
              role="listbox"
              tabIndex={0}
              aria-labelledby="cmp-list-title"
              aria-activedescendant={current >= 0 ? optionId(current) : undefined}
              onKeyDown={onKeyDown}
            >
              {comparison.disagreements.map((d, i) => (
                <li
                  key={`${d.kind}-${d.start}-${d.end}-${i}`}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === current}
                  className={`cmp__item cmp__item--${d.kind}${i === current ? ' cmp__item--current' : ''}`}
                  onClick={() => setCurrent(i)}
                >
                  {describe(d, text)}
                </li>
              ))}
            </ol>
          )}
        </div>
        <div className="cmp__text" ref={textRef} aria-label={`Text of ${comparison.title}, with both coders' segments`} role="region" tabIndex={0}>
          {pieces.map((p) => {
            const inCurrent = active !== undefined && p.start < active.end && p.end > active.start;
            const classes = ['cmp__piece', p.a ? 'cmp__piece--a' : '', p.b ? 'cmp__piece--b' : '', inCurrent ? 'cmp__piece--current' : ''].filter(Boolean).join(' ');
            return (
              <span key={p.start} className={classes} data-coders={`${p.a ? 'A' : ''}${p.b ? 'B' : ''}`}>
                {text.slice(p.start, p.end)}
              </span>
            );
          })}
        </div>
      </div>
    </section>
  );
}
