/** The articles of the set, each a link named by its title. */
import { useId } from 'react';
import type { ArticleSummary } from '../../annotations/api/view-types';

export function articleHref(file: string): string {
  return `#/article/${encodeURIComponent(file)}`;
}

interface Props {
  articles: readonly ArticleSummary[];
  selected: string | null;
  counts: ReadonlyMap<string, number>;
}

export function ArticleList({ articles, selected, counts }: Props): React.JSX.Element {
  // By position, not by file name: an id cannot hold the spaces a file name may have.
  const idBase = useId();
  return (
    <nav className="articles" aria-label="Articles">
      <h2 className="articles__heading">Articles</h2>
      <ul>
        {articles.map((a, i) => {
          const count = counts.get(a.file) ?? a.annotationCount;
          const metaId = `${idBase}-meta-${i}`;
          return (
            <li key={a.file} className={a.file === selected ? 'is-selected' : undefined}>
              <a href={articleHref(a.file)} aria-current={a.file === selected ? 'page' : undefined} aria-describedby={metaId}>
                <span className="articles__title">{a.title}</span>
              </a>
              <span className="articles__meta" id={metaId}>
                {a.file} · {count === 1 ? '1 annotation' : `${count} annotations`}
                {a.problem && <span className="articles__problem"> · {a.problem}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
