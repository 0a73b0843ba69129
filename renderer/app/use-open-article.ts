/**
 * The workspace's open article (state/open-article.ts): the one the route
 * selects, read when the selection changes and again when its file changes
 * on disk (re-anchored then: the analyst is told what moved).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SetView } from '../../annotations/api/view-types';
import { getApi } from '../api';
import { AfterArticlePaint } from '../state/after-article-paint';
import type { ArticleState } from '../state/article-store';
import { OpenArticle } from '../state/open-article';
import { useNotices } from './notices';

export interface OpenArticleView {
  open: OpenArticle;
  state: ArticleState;
  /** Why the selected article could not be read (none is shown then). */
  loadError: string | null;
}

export function useOpenArticle(set: SetView, selected: string | null): OpenArticleView {
  const api = getApi();
  const notices = useNotices();
  // One per workspace, that is per set (App keys the workspace by its folder).
  const [open] = useState(() => new OpenArticle(api, notices, set.tags));
  // Another article reaches the window after the viewer has painted it (after-article-paint.ts).
  const [shown] = useState(() => new AfterArticlePaint(open.store));
  const state = useSyncExternalStore(shown.subscribe, shown.getState);
  const [loadError, setLoadError] = useState<string | null>(null);
  /** Bumped when the selected article's file changed on disk: it is read (and re-anchored) again. */
  const [revision, setRevision] = useState(0);

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'articleChanged' && event.file === selected) setRevision((r) => r + 1);
      }),
    [api, selected],
  );

  // Highlights the disk has not taken yet are marked until it does (SaveState 'unsaved').
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'saveFailed') open.saveFailed(event.file, event.reason);
        else if (event.type === 'saved') open.saved(event.file);
      }),
    [api, open],
  );

  useEffect(() => {
    if (!selected) return;
    setLoadError(null);
    // A later open overtakes this one: its answer then comes back null, and is not shown.
    // What moved when the article was re-anchored is told by OpenArticle, even for an answer another read overtook.
    (revision > 0 ? open.reread(selected) : open.open(selected)).catch((error: Error) => setLoadError(error.message));
  }, [open, notices, selected, revision]);

  return { open, state, loadError };
}
