/**
 * The set's article list as the workspace shows it: each article's entry,
 * kept up to date as the analyst edits details, imports or changes the set;
 * the open article's annotation count in step with its annotations; and the
 * article selected: the one the route names, else the one the analyst was
 * reading when the set was last open, else the first.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary, SetView } from '../../annotations/api/view-types';
import { call, getApi } from '../api';
import { articleHref } from './ArticleList';
import { useArticleFromHash } from './use-hash-route';

export interface ArticleList {
  articles: ArticleSummary[];
  selected: string | null;
  /** Annotations per article where the list knows better than the entries (the open article's). */
  counts: ReadonlyMap<string, number>;
  /** Keeps an article's count in step: call it while rendering. */
  count: (file: string, annotations: number) => void;
  /** The whole list anew (after an import). */
  replace: (articles: ArticleSummary[]) => void;
  /** One article's entry anew (its details were edited). */
  update: (article: ArticleSummary) => void;
  /** An article's problem is solved (its unreadable annotations file was moved aside). */
  clearProblem: (file: string) => void;
  /** Reads the list from the core again, counts included (a set edit changed articles). */
  reread: () => void;
}

export function useArticleList(set: SetView): ArticleList {
  const api = getApi();
  const fromHash = useArticleFromHash();
  const [articles, setArticles] = useState<ArticleSummary[]>(set.articles);
  const [counts, setCounts] = useState<Map<string, number>>(new Map());
  /** Where the analyst was when the set was last open: that article opens first. */
  const [lastViewed] = useState(set.viewState?.article);
  const listed = (file: string | null | undefined): file is string => file !== null && file !== undefined && articles.some((a) => a.file === file);
  const selected = listed(fromHash) ? fromHash : listed(lastViewed) ? lastViewed : (articles[0]?.file ?? null);

  // Set while rendering (React's pattern for state that follows other state),
  // not in an effect: the effect rendered the whole workspace a second time
  // after every article opened, before its first frame.
  const count = (file: string, annotations: number) => {
    if (counts.get(file) !== annotations) setCounts(new Map(counts).set(file, annotations));
  };
  const update = useCallback((article: ArticleSummary) => setArticles((all) => all.map((a) => (a.file === article.file ? article : a))), []);
  const clearProblem = useCallback(
    (file: string) => setArticles((all) => all.map(({ problem, ...rest }) => (rest.file === file || problem === undefined ? rest : { ...rest, problem }))),
    [],
  );
  // Lists read while an import or a pull is still writing files may come back
  // out of order: only the latest asked for (or given) is shown, never an
  // older one that lacks the files written since.
  const generation = useRef(0);
  const reread = useCallback(() => {
    const ticket = ++generation.current;
    call(api.getSession({}))
      .then((session) => {
        if (!session.set || ticket !== generation.current) return;
        setArticles(session.set.articles);
        setCounts(new Map());
      })
      .catch(() => undefined);
  }, [api]);
  const replace = useCallback((list: ArticleSummary[]) => {
    generation.current++;
    setArticles(list);
  }, []);

  // Articles added, removed or renamed in the folder by another program: the
  // list is read again, and a renamed open article stays open under its new name.
  // The article the route names is followed too: a list read while the rename
  // was under way no longer holds it, and the one shown meanwhile is a stand-in.
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'articlesChanged') return;
        reread();
        const renamed = event.renamed.find((r) => r.from === selected || r.from === fromHash);
        if (renamed) window.location.hash = articleHref(renamed.to);
      }),
    [api, reread, selected, fromHash],
  );

  return { articles, selected, counts, count, replace, update, clearProblem, reread };
}
