/**
 * An open set, laid out: the top bar, the article list, the reader (the
 * article, the Brief view or the tag view) and the side panel (annotations
 * or search results). The open article and the calls that change it live in
 * state/open-article.ts; this component places the parts and passes the
 * analyst's choices between them.
 */
import { isImportedArticle } from '../../annotations/import/types';
import { articleMetaOf } from '../../annotations/model/article-meta';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { AgreementView, ArticleComparisonView, ArticleMeta, LinkReveal, SetEditResult, SetView } from '../../annotations/api/view-types';
import type { BriefOptions } from '../../annotations/brief/types';
import type { ClaimPatch } from '../../annotations/model/claim';
import type { ImportResult } from '../../annotations/import/types';
import { NO_FILTER, type AnnotationFilter } from '../../annotations/navigation/annotation-filter';
import { call, getApi } from '../api';
import { AgreementReport } from '../agreement/AgreementReport';
import { ArticleComparison } from '../agreement/ArticleComparison';
import { mergeSummary } from '../agreement/merge-summary';
import { BriefView } from '../brief/BriefView';
import { useCommand } from '../commands/CommandsProvider';
import { CompareView, type CompareCellKey } from '../compare/CompareView';
import { useElsewhereStore } from '../elsewhere/elsewhere-store';
import { ReviewPanel } from '../elsewhere/ReviewPanel';
import { DropZone } from '../import/DropZone';
import { ImportProgress } from '../import/ImportProgress';
import { useArticleImport } from '../import/use-article-import';
import { useRefiExport } from '../import/use-refi-export';
import { ResizeHandle } from '../layout/ResizeHandle';
import { COLUMN_LIMITS, useColumnWidths } from '../layout/use-column-widths';
import { usePanelVisibility } from '../layout/use-panel-visibility';
import type { ElsewhereSlot } from '../panel/AnnotationCard';
import { AnnotationsPanel } from '../panel/AnnotationsPanel';
import { SearchResultsPanel } from '../search/SearchResultsPanel';
import { codePointsOf } from '../state/article-text';
import type { MetaPatch, TextSpan } from '../state/open-article';
import { TagQuotesView } from '../tags/TagQuotesView';
import { ArticleViewer, type ViewerHandle } from '../viewer/ArticleViewer';
import { ArticleDetails } from './ArticleDetails';
import { ArticleList, articleHref } from './ArticleList';
import { useNotices } from './notices';
import { TopBar, type WorkspaceView } from './TopBar';
import { useAnnotationCommands } from './use-annotation-commands';
import { useArticleList } from './use-article-list';
import { useLinkReveal } from './use-link-reveal';
import { useOpenArticle } from './use-open-article';
import { usePendingFocus } from './use-pending-focus';
import { useViewState } from './use-view-state';

interface Props {
  set: SetView;
  onOpenSet: () => void;
  onExportBrief: () => void;
  /** The brief's scope (kept by the app, so that an export from the menu uses it too). */
  briefOptions: BriefOptions;
  onBriefOptionsChange: (options: BriefOptions) => void;
  exporting: boolean;
  /** Where a link back into the app asked to go. */
  reveal?: LinkReveal | undefined;
}

export function Workspace({ set, onOpenSet, onExportBrief, briefOptions, onBriefOptionsChange, exporting, reveal }: Props): React.JSX.Element {
  const api = getApi();
  const notices = useNotices();
  const list = useArticleList(set);
  const { selected, update, clearProblem, reread, replace } = list;
  const { open, state, loadError } = useOpenArticle(set, selected);
  const { article, annotations, tags } = state;
  const viewer = useRef<ViewerHandle | null>(null);
  const reader = useRef<HTMLElement | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  /** The annotation being re-attached, in the article it was chosen in (another article, or this one read again, ends it). */
  const [reattach, setReattach] = useState<{ id: string; in: typeof article } | null>(null);
  const reattachId = reattach !== null && reattach.in === article ? reattach.id : null;
  const [view, setView] = useState<WorkspaceView>('article');
  /** The panel's filters, kept across articles. */
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  /** The search whose results show beside the article (null: the annotations show). */
  const [searchQuery, setSearchQuery] = useState<string | null>(null);
  const [tagViewTag, setTagViewTag] = useState<string | null>(null);
  /** The review queue shows in the side panel instead of the annotations. */
  const [reviewing, setReviewing] = useState(false);
  /** The compare view's cell last chosen: coming back from its quote finds it again. */
  const [compareCell, setCompareCell] = useState<CompareCellKey | null>(null);
  // A decision may create an annotation in another article: the list's counts are read again.
  const elsewhere = useElsewhereStore(api, open, notices, reread);
  /** The last comparison with another copy, and the article of it being compared. */
  const [agreement, setAgreement] = useState<AgreementView | null>(null);
  const [comparison, setComparison] = useState<ArticleComparisonView | null>(null);
  const columns = useColumnWidths();
  const [shown, setShown] = usePanelVisibility();

  /** The open article's entry (not the selected one's: while the next article loads, the open one is still shown under its own title). */
  const summary = list.articles.find((a) => a.file === article?.file);
  if (article) list.count(article.file, annotations.length);
  const index = codePointsOf(article?.text ?? '');

  const onTag = useCallback(
    (span: TextSpan, label: string) => {
      // The annotation just made is the current one: Enter opens its note, j/k go on from it.
      void open.tag(span, label).then((tagged) => tagged && setActiveId(tagged.id));
    },
    [open],
  );
  const onReattach = useCallback(
    (span: TextSpan) => {
      if (!reattachId) return;
      void open.place(reattachId, span).then((placed) => {
        if (!placed) return;
        setReattach(null);
        notices.info('Annotation re-attached.');
      });
    },
    [notices, open, reattachId],
  );
  const onTagsChange = useCallback((id: string, next: string[]) => void open.retag(id, next), [open]);
  const onNoteChange = useCallback((id: string, note: string) => void open.setNote(id, note), [open]);
  const onClaimChange = useCallback((id: string, patch: ClaimPatch) => void open.setClaim(id, patch), [open]);
  const onDelete = useCallback((id: string) => void open.remove(id), [open]);
  const onRetrySave = useCallback((id: string) => void open.retrySave(id).then((saved) => saved && setActiveId(saved.id)), [open]);
  const onDiscard = useCallback((id: string) => open.discard(id), [open]);
  const onConfirm = useCallback((id: string) => void open.confirm(id), [open]);
  const onCopyLink = useCallback(
    (id: string) => {
      const file = article?.file;
      if (file === undefined) return;
      call(api.copyAnnotationLink({ file, id })).then(
        // The link itself is long (a path, an id): the clipboard has it.
        () => notices.info('Link copied: paste it into a note or a brief; it opens the app at this annotation.'),
        (error: Error) => notices.error(`Link not copied: ${error.message}`),
      );
    },
    [api, article?.file, notices],
  );
  /** Moves the unreadable annotations file of a read-only article aside, so the article can be annotated again. */
  const onMoveAside = useCallback(() => {
    const file = article?.file;
    if (file === undefined) return;
    void open.moveSidecarAside().then((movedTo) => movedTo !== null && clearProblem(file));
  }, [article?.file, clearProblem, open]);
  const onStartReattach = useCallback((id: string) => setReattach({ id, in: open.article }), [open]);
  const loadClaims = useCallback(() => call(api.listClaims({})).catch((error: Error) => (notices.error(`Not saved: ${error.message}`), [])), [api, notices]);
  const onSaveDetails = useCallback((patch: MetaPatch) => void open.saveMeta(patch).then((updated) => updated && update(updated)), [open, update]);

  /** A codebook action, undo, redo or restore changed the set: new tags, the open article read again if it changed, fresh counts and suggestions. */
  const onSetEdited = useCallback(
    (result: SetEditResult) => {
      void open.applySetEdit(result);
      if (result.updated.length > 0) reread();
      // Done now (historyChanged may come before the files are): what is suggested and linked is asked for again.
      elsewhere.changed();
    },
    [open, reread, elsewhere],
  );

  useCommand('mergeFromCopy', () => {
    call(api.mergeFromCopy({})).then(
      (result) => {
        if (!result) return;
        onSetEdited(result);
        const summary = mergeSummary(result);
        if (summary.problem) notices.error(summary.text);
        else notices.info(summary.text);
      },
      (error: Error) => notices.error(`Not merged: ${error.message}`),
    );
  });

  useAnnotationCommands({ open, viewer, text: index, activeId, setActiveId, notify: notices.info });
  const inViewer = useCallback(() => open.article?.file ?? null, [open]);
  useViewState({ api, reader, article: view === 'article' ? (article?.file ?? null) : null, saved: set.viewState, inViewer });
  useCommand('toggleArticleList', () => setShown({ nav: !shown.nav }));
  useCommand('toggleSidePanel', () => {
    setShown({ panel: !shown.panel });
    if (view !== 'article') setView('article');
  });
  useCommand('showBrief', () => setView(view === 'brief' ? 'article' : 'brief'));
  useCommand('showCompare', () => setView(view === 'compare' ? 'article' : 'compare'));
  useCommand('showReview', () => {
    const closing = reviewing && view === 'article' && shown.panel;
    setReviewing(!closing);
    if (!closing) {
      setSearchQuery(null);
      setShown({ panel: true });
      setView('article');
    }
  });
  useCommand('compareWithCopy', () => {
    call(api.compareWithCopy({})).then(
      (result) => {
        if (!result) return;
        setAgreement(result);
        setComparison(null);
        setView('agreement');
      },
      (error: Error) => notices.error(`Not compared: ${error.message}`),
    );
  });
  const openComparison = useCallback(
    (file: string) => call(api.compareArticle({ file })).then(setComparison, (error: Error) => notices.error(error.message)),
    [api, notices],
  );

  const onViewerReady = useCallback((handle: ViewerHandle) => {
    viewer.current = handle;
  }, []);
  const showArticle = useCallback(() => setView('article'), []);
  const { openQuote, openSearchHit, openRange } = usePendingFocus({ viewer, selected, article, annotations, showingArticle: view === 'article', showArticle, setActiveId });
  useLinkReveal(reveal, openQuote, notices.error);

  const openPassage = useCallback<ElsewhereSlot['openPassage']>(
    (file, place) => ('annotation' in place ? openQuote(file, place.annotation) : openRange(file, place.start, place.end)),
    [openQuote, openRange],
  );
  const elsewhereSlot = useMemo<ElsewhereSlot | undefined>(
    () => (article ? { store: elsewhere, file: article.file, openPassage } : undefined),
    [article, elsewhere, openPassage],
  );

  // Imported articles join the list at once, and the first one opens.
  const onImported = useCallback(
    (result: ImportResult) => {
      replace(result.articles);
      const projects = (result.refi ?? []).flatMap((r) => (r.kind === 'project' ? r.report.articles : []));
      // The first new article, else the first that received imported annotations.
      const first =
        result.items.find(isImportedArticle)?.file ??
        result.items.flatMap((i) => ('annotations' in i ? i.annotations.articles : []))[0] ??
        projects.find((a) => a.isNew)?.file;
      if (first !== undefined) {
        setView('article');
        window.location.hash = articleHref(first);
      }
      // A project or codebook brings tags, and may add annotations to the open article: both are read again.
      if (result.refi && result.refi.length > 0) {
        call(api.getSession({})).then(
          (session) => session.set && void open.applySetEdit({ label: 'Import', tags: session.set.tags, updated: projects.map((a) => a.file), failed: [], annotations: 0 }),
          (error: Error) => notices.error(error.message),
        );
      }
    },
    [api, notices, open, replace],
  );
  const importer = useArticleImport(onImported);
  const { importByDialog, importCodebookByDialog } = importer;
  useCommand('importArticles', () => importByDialog());
  useCommand('importWholePages', () => importByDialog('page'));
  useCommand('importCodebook', importCodebookByDialog);
  const refiExport = useRefiExport();
  useCommand('exportProject', () => refiExport.exportProject('codepoints'));
  useCommand('exportProjectForNvivo', () => refiExport.exportProject('utf16'));
  useCommand('exportCodebook', refiExport.exportCodebook);

  const showTag = useCallback((tag: string) => {
    setTagViewTag(tag);
    setView('tag');
  }, []);

  // A hidden column is 0 wide (the grid keeps its areas); its content is not rendered.
  const style = { ...columns.style, ...(shown.nav ? {} : { '--nav-width': '0px' }), ...(shown.panel ? {} : { '--panel-width': '0px' }) } as React.CSSProperties;

  return (
    <div className={view === 'article' ? 'workspace workspace--resizable' : 'workspace workspace--resizable workspace--brief'} style={style}>
      <TopBar
        set={set}
        view={view}
        onToggleTagView={() => setView(view === 'tag' ? 'article' : 'tag')}
        onSearch={(query) => (setSearchQuery(query), setReviewing(false), setView('article'), setShown({ panel: true }))}
        onCloseSearch={() => setSearchQuery(null)}
        onOpenSet={onOpenSet}
        onSetEdited={onSetEdited}
        onImport={() => importByDialog()}
        importing={importer.run !== null}
        onExportBrief={onExportBrief}
        exporting={exporting}
      />
      {shown.nav && <ArticleList articles={list.articles} selected={selected} counts={list.counts} />}
      {shown.nav && (
        <ResizeHandle className="resize-handle--nav" label="Resize the article list" value={columns.widths.nav} min={COLUMN_LIMITS.nav.min} max={COLUMN_LIMITS.nav.max} direction={1} onChange={(w) => columns.setWidth('nav', w)} onCommit={(w) => columns.saveWidth('nav', w)} />
      )}
      {view === 'article' && shown.panel && (
        <ResizeHandle className="resize-handle--panel" label="Resize the side panel" value={columns.widths.panel} min={COLUMN_LIMITS.panel.min} max={COLUMN_LIMITS.panel.max} direction={-1} onChange={(w) => columns.setWidth('panel', w)} onCommit={(w) => columns.saveWidth('panel', w)} />
      )}
      <main className="reader" ref={reader}>
        {view === 'brief' && (
          <BriefView options={briefOptions} onOptionsChange={onBriefOptionsChange} onOpenQuote={openQuote} onExport={onExportBrief} exporting={exporting} />
        )}
        {view === 'compare' && <CompareView elsewhere={elsewhere} selected={compareCell} onSelect={setCompareCell} onOpenQuote={openQuote} />}
        {view === 'agreement' && agreement && !comparison && (
          <AgreementReport agreement={agreement} onChange={setAgreement} onOpenArticle={(file) => void openComparison(file)} onClose={() => setView('article')} />
        )}
        {view === 'agreement' && comparison && <ArticleComparison key={comparison.file} comparison={comparison} onBack={() => setComparison(null)} />}
        {view === 'tag' && <TagQuotesView tags={tags} tag={tagViewTag} onTagChange={setTagViewTag} onOpenQuote={openQuote} />}
        {view === 'article' && loadError && (
          <p className="reader__error" role="alert">
            {loadError}
          </p>
        )}
        {view === 'article' && reattachId && (
          <div className="reader__banner" role="status">
            Select the passage this annotation belongs to, then choose <strong>Re-attach here</strong>.
            <button type="button" className="button" onClick={() => setReattach(null)}>
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
            store={open.store}
            article={article}
            title={summary?.title ?? article.title}
            tags={tags}
            onTag={onTag}
            reattaching={reattachId !== null}
            onReattach={onReattach}
            onSelectAnnotation={setActiveId}
            currentId={activeId}
            onReady={onViewerReady}
            filter={filter}
          />
        )}
        {!article && !loadError && list.articles.length === 0 && (
          <div className="reader__empty">
            <p>This folder has no .txt articles yet. Import articles (.txt, .md, .html, .mhtml, .docx, .pdf), annotations (a Hypothesis export, or W3C Web Annotations in .json or .jsonld) or a REFI-QDA project (.qdpx), or drop the files here.</p>
            <button type="button" className="button button--primary" onClick={() => importByDialog()} disabled={importer.run !== null}>
              Import articles…
            </button>
          </div>
        )}
      </main>
      {view === 'article' && shown.panel && reviewing && (
        <ReviewPanel
          elsewhere={elsewhere}
          startAt={article && activeId ? { file: article.file, id: activeId } : null}
          readOnlyFile={article?.readOnlyReason !== undefined ? article.file : null}
          openQuote={openQuote}
          openPassage={openPassage}
          onClose={() => setReviewing(false)}
        />
      )}
      {view === 'article' && shown.panel && !reviewing && searchQuery !== null && <SearchResultsPanel query={searchQuery} onOpen={openSearchHit} onClose={() => setSearchQuery(null)} />}
      {view === 'article' && shown.panel && !reviewing && searchQuery === null && (
        <AnnotationsPanel
          key={article?.file}
          annotations={annotations}
          unconfirmed={state.unconfirmed}
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
          onRetrySave={onRetrySave}
          onDiscard={onDiscard}
          onStartReattach={onStartReattach}
          onConfirm={onConfirm}
          onCopyLink={onCopyLink}
          onClaimChange={onClaimChange}
          loadClaims={loadClaims}
          onMoveAside={onMoveAside}
          filter={filter}
          onFilterChange={setFilter}
          onShowTag={showTag}
          {...(elsewhereSlot ? { elsewhere: elsewhereSlot } : {})}
        />
      )}
      <DropZone onFiles={importer.importFiles} disabled={importer.run !== null} />
      {importer.run && <ImportProgress run={importer.run} />}
      {refiExport.running && (
        <div className="import-progress" role="status">
          <span className="import-progress__text">{refiExport.running}…</span>
          <progress aria-label={refiExport.running} />
        </div>
      )}
    </div>
  );
}

function pickMeta(meta: ArticleMeta): ArticleMeta {
  return articleMetaOf({ ...meta });
}
