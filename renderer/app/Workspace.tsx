/**
 * An open set: the article list, the viewer and the annotations panel. Every
 * change goes to the core at once; the store is updated from what the core
 * returns, so the screen shows what is on disk.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleMeta, ArticleSummary, ArticleView, SetEditResult, SetView, TagView } from '../../annotations/api/view-types';
import { ArticleDetails, type DetailsDraft } from './ArticleDetails';
import { call, getApi } from '../api';
import { AnnotationsPanel } from '../panel/AnnotationsPanel';
import { ArticleStore, useArticleState } from '../state/article-store';
import { ArticleViewer, type ViewerHandle } from '../viewer/ArticleViewer';
import { codePointsOf } from '../viewer/article-text';
import type { SelectedRange } from '../viewer/selection-offsets';
import { ArticleList, articleHref } from './ArticleList';
import { BriefView } from '../brief/BriefView';
import { SetTools } from '../codebook/SetTools';
import { useNotices } from './notices';
import { useAnnotationCommands } from './use-annotation-commands';
import { useCommand, useCommands, useShortcut } from '../commands/CommandsProvider';
import { useArticleFromHash } from './use-hash-route';
import type { ClaimPatch } from '../../annotations/model/claim';
import type { BriefOptions } from '../../annotations/brief/types';
import type { ImportResult } from '../../annotations/import/types';
import { useArticleImport } from '../import/use-article-import';
import { ImportProgress } from '../import/ImportProgress';
import { DropZone } from '../import/DropZone';
import { isFilterActive, matchesFilter, NO_FILTER, type AnnotationFilter } from '../../annotations/navigation/annotation-filter';
import type { SearchHit } from '../../annotations/navigation/set-search';
import { SearchBox } from '../search/SearchBox';
import { SearchResultsPanel } from '../search/SearchResultsPanel';
import { TagQuotesView } from '../tags/TagQuotesView';
import { ResizeHandle } from '../layout/ResizeHandle';
import { DisplayControls } from '../layout/DisplayControls';
import { COLUMN_LIMITS, useColumnWidths } from '../layout/use-column-widths';
import { usePanelVisibility } from '../layout/use-panel-visibility';
import { useViewState } from './use-view-state';

const NOTHING_DIMMED: ReadonlySet<string> = new Set();

interface Props {
  set: SetView;
  onOpenSet: () => void;
  onExportBrief: () => void;
  /** The brief's scope (kept by the app, so that an export from the menu uses it too). */
  briefOptions: BriefOptions;
  onBriefOptionsChange: (options: BriefOptions) => void;
  exporting: boolean;
}

export function Workspace({ set, onOpenSet, onExportBrief, briefOptions, onBriefOptionsChange, exporting }: Props): React.JSX.Element {
  const api = getApi();
  const notices = useNotices();
  const store = useMemo(() => new ArticleStore(), []);
  const state = useArticleState(store);
  const fromHash = useArticleFromHash();
  const [article, setArticle] = useState<ArticleView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [tags, setTags] = useState<TagView[]>(set.tags);
  const [counts, setCounts] = useState<Map<string, number>>(new Map());
  /** The article list, kept up to date when the analyst edits an article's details. */
  const [summaries, setSummaries] = useState<ArticleSummary[]>(set.articles);
  /** Where the analyst was when the set was last open: that article opens first. */
  const [lastViewed] = useState(set.viewState?.article);
  const listed = (file: string | null | undefined) => file !== null && file !== undefined && summaries.some((a) => a.file === file);
  const selected = listed(fromHash) ? fromHash : listed(lastViewed) ? (lastViewed ?? null) : (summaries[0]?.file ?? null);
  /** The open article's entry (not the selected one's: while the next article loads, the open one is still shown under its own title). */
  const summary = summaries.find((a) => a.file === article?.file);
  const viewer = useRef<ViewerHandle | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  /** Bumped when the open article's file changed on disk: it is read (and re-anchored) again. */
  const [revision, setRevision] = useState(0);
  const [reattachId, setReattachId] = useState<string | null>(null);
  const [view, setView] = useState<'article' | 'brief' | 'tag'>('article');
  /** The panel's filters, kept across articles. */
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  /** The search whose results show beside the article (null: the annotations show). */
  const [searchQuery, setSearchQuery] = useState<string | null>(null);
  const [tagViewTag, setTagViewTag] = useState<string | null>(null);
  /** A text range to scroll to once its article is open (a search match). */
  const pendingRange = useRef<{ start: number; end: number } | null>(null);
  const columns = useColumnWidths();
  const [shown, setShown] = usePanelVisibility();
  const reader = useRef<HTMLElement | null>(null);
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
        // User Timing, for the benchmark (bench/ui) and for a profile in DevTools.
        performance.mark('ra:article-received');
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
  // Set while rendering (React's pattern for state that follows other state),
  // not in an effect: the effect rendered the whole workspace a second time
  // after every article opened, before its first frame.
  if (article && counts.get(article.file) !== state.annotations.length) setCounts(new Map(counts).set(article.file, state.annotations.length));

  useEffect(() => store.setTags(tags), [store, tags]);

  const report = useCallback((error: Error) => notices.error(`Not saved: ${error.message}`), [notices]);

  const text = article?.text ?? '';
  const index = codePointsOf(text);

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
              // User Timing (bench/ui): the saved highlight reaches the viewer.
              performance.mark('ra:highlight-received');
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
          notices.info('Annotation moved to the trash (Ctrl+Z undoes).');
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

  /** A codebook action, undo, redo or restore changed the set: new tags, the open article read again if it changed, fresh counts. */
  const onSetEdited = useCallback(
    (result: SetEditResult) => {
      setTags(result.tags);
      if (selected && result.updated.includes(selected)) {
        // Read again: the viewer redraws its highlights from the store (ArticleContentPlugin).
        call(api.openArticle({ file: selected }))
          .then((view) => {
            store.load(view);
            setArticle(view);
          })
          .catch(report);
      }
      if (result.updated.length > 0) {
        call(api.getSession({}))
          .then((session) => {
            if (!session.set) return;
            setSummaries(session.set.articles);
            setCounts(new Map());
          })
          .catch(() => undefined);
      }
    },
    [api, report, selected, store],
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
  useViewState({ api, reader, article: view === 'article' ? (article?.file ?? null) : null, saved: set.viewState });
  useCommand('toggleArticleList', () => setShown({ nav: !shown.nav }));
  useCommand('toggleSidePanel', () => {
    setShown({ panel: !shown.panel });
    if (view !== 'article') setView('article');
  });
  useCommand('showBrief', () => setView(view === 'brief' ? 'article' : 'brief'));
  const commands = useCommands();
  const openSetKeys = useShortcut('openSet');
  const briefKeys = useShortcut('showBrief');
  const exportKeys = useShortcut('exportBrief');
  const importKeys = useShortcut('importArticles');
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

  // Imported articles join the list at once, and the first one opens.
  const onImported = useCallback((result: ImportResult) => {
    setSummaries(result.articles);
    const first = result.items.find((i) => i.ok);
    if (first?.ok) {
      setView('article');
      window.location.hash = articleHref(first.file);
    }
  }, []);
  const importer = useArticleImport(onImported);
  const { importByDialog } = importer;
  useCommand('importArticles', importByDialog);

  const openQuote = useCallback(
    (file: string, id: string) => {
      setView('article');
      // Already open: nothing will change to trigger the effect above.
      if (article?.file === file && file === selected && view === 'article' && viewer.current?.focusAnnotation(id)) {
        setActiveId(id);
        return;
      }
      pendingFocus.current = id;
      window.location.hash = articleHref(file);
    },
    [article?.file, selected, view],
  );

  // A search match in an article being opened: select it once its text is painted.
  useEffect(() => {
    const range = pendingRange.current;
    if (!range || !article || view !== 'article') return;
    pendingRange.current = null;
    eachFrameUntil(() => viewer.current?.focusRange(range.start, range.end) ?? false);
  }, [article, view]);

  const openSearchHit = useCallback(
    (file: string, hit: SearchHit) => {
      if (hit.annotationId !== undefined) return openQuote(file, hit.annotationId);
      if (article?.file === file && file === selected && viewer.current?.focusRange(hit.start, hit.end)) return;
      pendingRange.current = { start: hit.start, end: hit.end };
      window.location.hash = articleHref(file);
    },
    [article?.file, openQuote, selected],
  );

  const showTag = useCallback((tag: string) => {
    setTagViewTag(tag);
    setView('tag');
  }, []);

  // Without a filter the set is always the same one: a new empty set on every
  // change of the annotations made the viewer repaint every highlight for nothing.
  const dimmed = useMemo(
    () => (isFilterActive(filter) ? new Set(state.annotations.filter((a) => !matchesFilter(a, filter)).map((a) => a.id)) : NOTHING_DIMMED),
    [filter, state.annotations],
  );

  // A hidden column is 0 wide (the grid keeps its areas); its content is not rendered.
  const style = { ...columns.style, ...(shown.nav ? {} : { '--nav-width': '0px' }), ...(shown.panel ? {} : { '--panel-width': '0px' }) } as React.CSSProperties;

  return (
    <div className={view === 'article' ? 'workspace workspace--resizable' : 'workspace workspace--resizable workspace--brief'} style={style}>
      <header className="topbar">
        <div className="topbar__row">
          <div className="topbar__title">
            <h1 title={set.name}>{set.name}</h1>
            <span className="topbar__folder" title={set.folder}>
              {set.folder}
            </span>
          </div>
          <SearchBox onSearch={(query) => (setSearchQuery(query), setView('article'), setShown({ panel: true }))} onClose={() => setSearchQuery(null)} />
          <div className="topbar__group">
            <button type="button" className="button" onClick={onOpenSet} aria-keyshortcuts={openSetKeys.aria} title={openSetKeys.text}>
              Open set…
            </button>
            <button type="button" className="button" onClick={() => commands.run('closeSet')}>
              Close set
            </button>
          </div>
        </div>
        <div className="topbar__row topbar__row--tools" role="toolbar" aria-label="Set tools">
          <div className="topbar__group" role="group" aria-label="Views">
            <button type="button" className="button" aria-pressed={view === 'brief'} onClick={() => commands.run('showBrief')} aria-keyshortcuts={briefKeys.aria} title={briefKeys.text}>
              Brief
            </button>
            <button type="button" className="button" aria-pressed={view === 'tag'} onClick={() => setView(view === 'tag' ? 'article' : 'tag')}>
              Tags
            </button>
          </div>
          <div className="topbar__group">
            <SetTools onEdited={onSetEdited} />
          </div>
          <div className="topbar__group">
            <button type="button" className="button" onClick={importByDialog} disabled={importer.run !== null} aria-keyshortcuts={importKeys.aria} title={importKeys.text}>
              Import articles…
            </button>
            <button type="button" className="button button--primary" onClick={onExportBrief} disabled={exporting} aria-keyshortcuts={exportKeys.aria} title={exportKeys.text}>
              Export brief
            </button>
          </div>
          <span className="topbar__spacer" />
          <DisplayControls />
          <button type="button" className="button" onClick={() => commands.run('showShortcuts')} aria-keyshortcuts={helpKeys.aria} title={`Keyboard shortcuts (${helpKeys.text})`}>
            Keyboard shortcuts <kbd className="shortcut-hint" aria-hidden="true">{helpKeys.text}</kbd>
          </button>
        </div>
      </header>
      {shown.nav && <ArticleList articles={summaries} selected={selected} counts={counts} />}
      {shown.nav && (
        <ResizeHandle className="resize-handle--nav" label="Resize the article list" value={columns.widths.nav} min={COLUMN_LIMITS.nav.min} max={COLUMN_LIMITS.nav.max} direction={1} onChange={(w) => columns.setWidth('nav', w)} />
      )}
      {view === 'article' && shown.panel && (
        <ResizeHandle className="resize-handle--panel" label="Resize the side panel" value={columns.widths.panel} min={COLUMN_LIMITS.panel.min} max={COLUMN_LIMITS.panel.max} direction={-1} onChange={(w) => columns.setWidth('panel', w)} />
      )}
      <main className="reader" ref={reader}>
        {view === 'brief' && (
          <BriefView options={briefOptions} onOptionsChange={onBriefOptionsChange} onOpenQuote={openQuote} onExport={onExportBrief} exporting={exporting} />
        )}
        {view === 'tag' && <TagQuotesView tags={tags} tag={tagViewTag} onTagChange={setTagViewTag} onOpenQuote={openQuote} />}
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
            // Not keyed: the next article, or this one read again, is built into the same editor (ArticleViewer).
            store={store}
            text={article.text}
            index={index}
            title={summary?.title ?? article.title}
            tags={tags}
            readOnlyReason={article.readOnlyReason}
            onTag={onTag}
            reattaching={reattachId !== null}
            onReattach={onReattach}
            onSelectAnnotation={setActiveId}
            currentId={activeId}
            onReady={onViewerReady}
            dimmed={dimmed}
          />
        )}
        {!article && !loadError && summaries.length === 0 && (
          <div className="reader__empty">
            <p>This folder has no .txt articles yet. Import articles (.txt, .md, .html, .docx, .pdf), or drop the files here.</p>
            <button type="button" className="button button--primary" onClick={importByDialog} disabled={importer.run !== null}>
              Import articles…
            </button>
          </div>
        )}
      </main>
      {view === 'article' && shown.panel && searchQuery !== null && <SearchResultsPanel query={searchQuery} onOpen={openSearchHit} onClose={() => setSearchQuery(null)} />}
      {view === 'article' && shown.panel && searchQuery === null && (
        <AnnotationsPanel
          key={article?.file}
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
          filter={filter}
          onFilterChange={setFilter}
          onShowTag={showTag}
        />
      )}
      <DropZone onFiles={importer.importFiles} disabled={importer.run !== null} />
      {importer.run && <ImportProgress run={importer.run} />}
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

/** Runs `attempt` on each animation frame until it succeeds (a view painted after a render), for at most half a second. */
function eachFrameUntil(attempt: () => boolean, frames = 30): void {
  if (attempt() || frames <= 0) return;
  requestAnimationFrame(() => eachFrameUntil(attempt, frames - 1));
}
