/** Shown when no set is open: open a folder, or pick a recent set. */
import type { RecentSet } from '../../annotations/api/view-types';

interface Props {
  recentSets: readonly RecentSet[];
  onOpenSet: () => void;
  onOpenRecent: (folder: string) => void;
  /** Empties the list (File ▸ Open Recent ▸ Clear Recently Opened does the same). */
  onClearRecent: () => void;
}

export function StartScreen({ recentSets, onOpenSet, onOpenRecent, onClearRecent }: Props): React.JSX.Element {
  return (
    <main className="start">
      <h1>Research Annotator</h1>
      <p className="start__lead">Open a folder of articles to read, tag claims and compare sources.</p>
      <button type="button" className="button button--primary" onClick={onOpenSet}>
        Open set…
      </button>
      {recentSets.length > 0 && (
        <section aria-labelledby="recent-heading" className="start__recent">
          <h2 id="recent-heading">Recent sets</h2>
          <ul>
            {recentSets.map((r) => (
              <li key={r.folder}>
                <button type="button" className="recent" onClick={() => onOpenRecent(r.folder)}>
                  <span className="recent__name">{r.name}</span>
                  <span className="recent__path">{r.folder}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button start__clear" onClick={onClearRecent}>
            Clear recent sets
          </button>
        </section>
      )}
    </main>
  );
}
