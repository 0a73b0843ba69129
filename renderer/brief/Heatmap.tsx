/**
 * The coverage matrix as a heatmap: tags × sources, each cell the number of
 * claims, darker for more, "—" where a source is silent. Each cell is a
 * button that shows the quotes behind it.
 */
import type { BriefViewData } from '../../annotations/api/view-types';

export interface Cell {
  tag: string;
  file: string;
}

interface Props {
  coverage: BriefViewData['coverage'];
  selected: Cell | null;
  onSelect: (cell: Cell) => void;
}

export function Heatmap({ coverage, selected, onSelect }: Props): React.JSX.Element {
  const max = Math.max(1, ...coverage.counts.flat());
  return (
    <div className="heatmap-scroll">
      <table className="heatmap">
        <caption>Coverage: claims per tag and source. Select a cell to see its quotes.</caption>
        <thead>
          <tr>
            <th scope="col">Tag</th>
            {coverage.articles.map((a) => (
              <th key={a.file} scope="col" title={`${a.title} (${a.file})`}>
                <span className="heatmap__source">{a.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coverage.tags.map((tag, row) => (
            <tr key={tag.label}>
              <th scope="row">
                <span className="tag-swatch" aria-hidden="true" style={{ background: tag.color }} />
                {tag.label}
              </th>
              {coverage.articles.map((article, column) => {
                const count = coverage.counts[row]?.[column] ?? 0;
                const isSelected = selected?.tag === tag.label && selected.file === article.file;
                return (
                  <td key={article.file}>
                    <button
                      type="button"
                      className={`heatmap__cell${count === 0 ? ' heatmap__cell--silent' : ''}`}
                      style={{ ['--heat' as string]: String(count / max) }}
                      aria-pressed={isSelected}
                      aria-label={`${tag.label} in ${article.title}: ${count === 0 ? 'silent' : count === 1 ? '1 claim' : `${count} claims`}`}
                      onClick={() => onSelect({ tag: tag.label, file: article.file })}
                    >
                      {count === 0 ? '—' : count}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
