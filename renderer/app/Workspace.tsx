/**
 * An open set: the article list, the viewer and the annotations panel. Every
 * change goes to the core at once; the store is updated from what the core
 * returns, so the screen shows what is on disk.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleMeta, ArticleSummary, ArticleView, SetView, TagView } from '../../annotations/api/contract';
import { ArticleDetails, type DetailsDraft } from './ArticleDetails';
import { call, getApi } from '../api';
import { AnnotationsPanel } from '../panel/AnnotationsPanel';
import { ArticleStore, useArticleState } from '../state/article-store';
import { ArticleViewer, type ViewerHandle } from '../viewer/ArticleViewer';
import type { SelectedRange } from '../viewer/selection-offsets';
import { ArticleList, articleHref } from './ArticleList';
import { BriefView } from '../brief/BriefView';
import { useNotices } from './notices';
import { useAnnotationCommands } from './use-annotation-commands';
import { useCommands, useShortcut } from '../commands/CommandsProvider';
import { useArticleFromHash } from './use-hash-route';
import { CodePointIndex } from '../../annotations/text/code-points';
import type { ClaimPatch } from '../../annotations/model/claim';
import type { BriefOptions } from '../../annotations/brief/types';

interface Props {
  set: SetView;
  onOpenSet: () => void;
  onCloseSet: () => void;
  onExportBrief: () => void;
  /** The brief's scope (kept by the app, so that an export from the menu uses it too). */
  briefOptions: BriefOptions;
  onBriefOptionsChange: (options: BriefOptions) => void;
  exporting: boolean;
}

export function Workspace({ set, onOpenSet, onCloseSet, onExportBrief, briefOptions, onBriefOptionsChange, exporting }: Props): React.JSX.Element {
  const api = getApi();
  const notices = useNotices();
  const store = useMemo(() => new ArticleStore(), []);
  const state = useArticleState(store);
  const fromHash = useArticleFromHash();
  const selected = set.articles.some((a) => a.file === fromHash) ? fromHash : (set.articles[0]?.file ?? null);
  const [article, setArticle] = useState<ArticleView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [tags, setTags] = useState<TagView[]>(set.tags);
  const [counts, setCounts] = useState<Map<string, number>>(new Map());
  /** The article list, kept up to date when the analyst edits an article's details. */
  const [summaries, setSummaries] = useState<ArticleSummary[]>(set.articles);
  const summary = summaries.find((a) => a.file === selected);
  const viewer = useRef<ViewerHandle | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  /** Bumped when the open article's file changed on disk: it is read (and re-anchored) again. */
  const [revision, setRevision] = useState(0);
  const [reattachId, setReattachId] = useState<string | null>(null);
  const [view, setView] = useState<'article' | 'brief'>('article');
  /** An annotation to scroll to once its article is open (from the Brief view). */
  const pendingFocus = useRef<string | null>(null);

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'articleChanged' && event.file === selected) setRevision((r) => r + 1);
      }),
    [api, selected],
  );

  useEffect(() => {
    if (!selected) return;
    let cancelled = false;
    setLoadError(null);
    setReattachId(null);
    call(api.openArticle({ file: selected }))
      .then((view) => {
        if (cancelled) return;
        store.load(view);
        setTags(view.tags);
        setArticle(view);
        if (view.reanchored) notices.info(describeReanchoring(view.reanchored));
      })
      .catch((error: Error) => {
        if (cancelled) return;
        store.clear();
        setArticle(null);
        setLoadError(error.message);
      });
    return () => {
      cancelled = true;
    };
  }, [api, notices, selected, store, revision]);

  // Keep the list's count for the open article in step with its annotations.
  useEffect(() => {
    if (article) setCounts((c) => new Map(c).set(article.file, state.annotations.length));
  }, [article, state.annotations.length]);

  useEffect(() => store.setTags(tags), [store, tags]);

  const report = useCallback((error: Error) => notices.error(`Not saved: ${error.message}`), [notices]);

  const text = article?.text ?? '';
  const index = useMemo(() => new CodePointIndex(text), [text]);

  const onTag = useCallback(
    (range: SelectedRange, label: string) => {
      if (!article) return;
      // Tagging the exact span of an existing highlight adds the tag to it: one highlight, several tags.
      const same = store.getState().annotations.find((a) => a.start === range.start && a.end === range.end);
      const request = same
        ? call(api.updateAnnotation({ file: article.file, id: same.id, tags: [...same.tags, label] })).then((r) => {
            store.update(r.annotation);
            return r;
          })
        : call(api.createAnnotation({ file: article.file, start: range.start, end: range.end, exact: index.slice(range.start, range.end), tags: [label] })).then(
            (r) => {
              store.add(r.annotation);
              return r;
            },
          );
      request
        .then((r) => {
          setTags(r.tags);
          // The annotation just made is the current one: Enter opens its note, j/k go on from it.
          setActiveId(r.annotation.id);
        })
        .catch(report);
    },
    [api, article, index, report, store],
  );

  const onTagsChange = useCallback(
    (id: string, next: string[]) => {
      if (!article) return;
      call(api.updateAnnotation({ file: article.file, id, tags: next }))
        .then((r) => {
          store.update(r.annotation);
          setTags(r.tags);
        })
        .catch(report);
    },
    [api, article, report, store],
  );

  const onNoteChange = useCallback(
    (id: string, note: string) => {
      if (!article) return;
      call(api.updateAnnotation({ file: article.file, id, note }))
        .then((r) => store.update(r.annotation))
        .catch(report);
    },
    [api, article, report, store],
  );

  const onDelete = useCallback(
    (id: string) => {
      if (!article) return;
      call(api.deleteAnnotation({ file: article.file, id }))
        .then(() => {
          store.remove(id);
          notices.info('Annotation deleted.');
        })
        .catch(report);
    },
    [api, article, notices, report, store],
  );

  const onReattach = useCallback(
    (range: SelectedRange) => {
      if (!article || !reattachId) return;
      call(api.reattachAnnotation({ file: article.file, id: reattachId, start: range.start, end: range.end, exact: index.slice(range.start, range.end) }))
        .then((r) => {
          store.update(r.annotation);
          setReattachId(null);
          notices.info('Annotation re-attached.');
        })
        .catch(report);
    },
    [api, article, index, notices, reattachId, report, store],
  );

  /** Confirms a fuzzy match where it is: the same as re-attaching it to its current text. */
  const onMoveAside = useCallback(() => {
    if (!article) return;
    call(api.moveSidecarAside({ file: article.file }))
      .then(({ movedTo }) => {
        notices.info(`The unreadable annotations file was moved aside as ${movedTo}, untouched. ${article.file} can be annotated again.`);
        setSummaries((all) => all.map(({ problem: _problem, ...rest }) => (rest.file === article.file ? rest : { ...rest, ...(_problem ? { problem: _problem } : {}) })));
        setRevision((r) => r + 1);
      })
      .catch((error: Error) => notices.error(`Not moved: ${error.message}`));
  }, [api, article, notices]);

  const onConfirm = useCallback(
    (id: string) => {
      const annotation = store.getState().annotations.find((a) => a.id === id);
      if (!article || !annotation || annotation.start === null || annotation.end === null) return;
      call(api.reattachAnnotation({ file: article.file, id, start: annotation.start, end: annotation.end, exact: index.slice(annotation.start, annotation.end) }))
        .then((r) => store.update(r.annotation))
        .catch(report);
    },
    [api, article, index, report, store],
  );

  const onClaimChange = useCallback(
    (id: string, patch: ClaimPatch) => {
      if (!article) return;
      call(api.updateAnnotation({ file: article.file, id, ...patch }))
        .then((r) => store.update(r.annotation))
        .catch(report);
    },
    [api, article, report, store],
  );

  const loadClaims = useCallback(() => call(api.listClaims({})).catch((error: Error) => (report(error), [])), [api, report]);

  const onSaveDetails = useCallback(
    (draft: DetailsDraft) => {
      if (!article) return;
      const clear = (value: string | undefined) => (value?.trim() ? value.trim() : null);
      // The title is sent only when the analyst changed it: an untouched form
      // holds the title derived from the first line, which may be long and is
      // not theirs to pin.
      const title = draft.title.trim() === (summary?.title ?? '').trim() ? {} : { title: clear(draft.title) };
      call(api.updateArticleMeta({ file: article.file, ...title, source: clear(draft.source), author: clear(draft.author), published: clear(draft.published) }))
        .then((updated) => setSummaries((all) => all.map((a) => (a.file === updated.file ? updated : a))))
        .catch(report);
    },
    [api, article, report, summary?.title],
  );

  const onMove = useCallback(
    async (id: string, start: number, end: number) => {
      if (!article) return;
      try {
        const r = await call(api.reattachAnnotation({ file: article.file, id, start, end, exact: index.slice(start, end) }));
        store.update(r.annotation);
      } catch (error) {
        report(error as Error);
        throw error;
      }
    },
    [api, article, index, report, store],
  );

  useAnnotationCommands({
    store,
    viewer,
    tags,
    text: index,
    activeId,
    setActiveId,
    readOnly: article?.readOnlyReason !== undefined,
    onTagsChange,
    onDelete,
    onMove,
    notify: notices.info,
  });
  const commands = useCommands();
  const openSetKeys = useShortcut('openSet');
  const exportKeys = useShortcut('exportBrief');
  const helpKeys = useShortcut('showShortcuts');

  const onViewerReady = useCallback((handle: ViewerHandle) => {
    viewer.current = handle;
  }, []);

  // After opening an article for a quote chosen in the Brief view, scroll to
  // it once its highlights are painted (they are built right after the text).
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id || view !== 'article' || !state.annotations.some((a) => a.id === id)) return;
    pendingFocus.current = null;
    setActiveId(id);
    let frames = 0;
    const tryFocus = () => {
      if (viewer.current?.focusAnnotation(id) || ++frames > 30) return;
      requestAnimationFrame(tryFocus);
    };
    requestAnimationFrame(tryFocus);
  }, [state.annotations, view]);

  const openQuote = useCallback((file: string, id: string) => {
    pendingFocus.current = id;
    setView('article');
    window.location.hash = articleHref(file);
  }, []);

  return (
    <div className={view === 'brief' ? 'workspace workspace--brief' : 'workspace'}>
      <header className="topbar">
        <div className="topbar__title">
          <h1>{set.name}</h1>
          <span className="topbar__folder" title={set.folder}>
            {set.folder}
          </span>
        </div>
        <div className="topbar__actions">
          <button type="button" className="button" onClick={onCloseSet}>
            Close set
          </button>
          <button type="button" className="button" onClick={onOpenSet} aria-keyshortcuts={openSetKeys.aria} title={openSetKeys.text}>
            Open set…
          </button>
          <button type="button" className="button" aria-pressed={view === 'brief'} onClick={() => setView(view === 'brief' ? 'article' : 'brief')}>
            Brief
          </button>
          <button type="button" className="button button--primary" onClick={onExportBrief} disabled={exporting} aria-keyshortcuts={exportKeys.aria} title={exportKeys.text}>
            Export brief
          </button>
          <button type="button" className="button" onClick={() => commands.run('showShortcuts')} aria-keyshortcuts={helpKeys.aria} title={`Keyboard shortcuts (${helpKeys.text})`}>
            Keyboard shortcuts <kbd className="shortcut-hint" aria-hidden="true">{helpKeys.text}</kbd>
          </button>
        </div>
      </header>
      <ArticleList articles={summaries} selected={selected} counts={counts} />
      <main className="reader">
        {view === 'brief' && (
          <BriefView options={briefOptions} onOptionsChange={onBriefOptionsChange} onOpenQuote={openQuote} onExport={onExportBrief} exporting={exporting} />
        )}
        {view === 'article' && loadError && (
          <p className="reader__error" role="alert">
            {loadError}
          </p>
        )}
        {view === 'article' && reattachId && (
          <div className="reader__banner" role="status">
            Select the passage this annotation belongs to, then choose <strong>Re-attach here</strong>.
            <button type="button" className="button" onClick={() => setReattachId(null)}>
              Cancel re-attach
            </button>
          </div>
        )}
        {view === 'article' && article && summary && (
          <ArticleDetails
            key={article.file}
            file={article.file}
            details={{ title: summary.title, ...pickMeta(summary) }}
            readOnly={article.readOnlyReason !== undefined}
            onSave={onSaveDetails}
          />
        )}
        {view === 'article' && article && (
          <ArticleViewer
            key={`${article.file}#${revision}`}
            store={store}
            text={article.text}
            title={summary?.title ?? article.title}
            tags={tags}
            readOnlyReason={article.readOnlyReason}
            onTag={onTag}
            reattaching={reattachId !== null}
            onReattach={onReattach}
            onSelectAnnotation={setActiveId}
            currentId={activeId}
            onReady={onViewerReady}
          />
        )}
        {!article && !loadError && set.articles.length === 0 && (
          <p className="reader__empty">This folder has no .txt articles yet.</p>
        )}
      </main>
      {view === 'article' && (
        <AnnotationsPanel
          annotations={state.annotations}
          tags={tags}
          readOnlyReason={article?.readOnlyReason}
          activeId={activeId}
          onFocus={(id) => {
            setActiveId(id);
            viewer.current?.focusAnnotation(id);
          }}
          onTagsChange={onTagsChange}
          onNoteChange={onNoteChange}
          onDelete={onDelete}
          onStartReattach={setReattachId}
          onConfirm={onConfirm}
          onClaimChange={onClaimChange}
          loadClaims={loadClaims}
          onMoveAside={onMoveAside}
        />
      )}
    </div>
  );
}

function describeReanchoring({ moved, fuzzy, orphan }: { moved: number; fuzzy: number; orphan: number }): string {
  const parts = [
    moved > 0 ? `${moved} moved` : null,
    fuzzy > 0 ? `${fuzzy} matched approximately (to review)` : null,
    orphan > 0 ? `${orphan} not found` : null,
  ].filter((p) => p !== null);
  return `The article changed since its annotations were saved. ${parts.length > 0 ? parts.join(', ') : 'All found in place'}.`;
}

function pickMeta({ source, author, published }: ArticleMeta): ArticleMeta {
  return { ...(source ? { source } : {}), ...(author ? { author } : {}), ...(published ? { published } : {}) };
}
