/**
 * The open article, its annotations and the set's tags, in one place, with
 * the calls to the core that change them (as the Lexical playground's
 * CommentStore keeps its comments with the operations on them). Every change
 * goes to the core at once; the store is updated from what the core returns,
 * so the screen shows what is on disk. The store's typed change events let
 * the viewer redraw only what changed.
 *
 * A change that fails is reported in the notices ("Not saved: …") and its
 * promise resolves with null: callers need not catch, and a caller that
 * must know (a key pressed ahead of the core) looks at the result.
 */
import type { AnnotatorApi, CallArgs } from '../../annotations/api/contract';
import type { AnnotationView, ArticleSummary, ArticleView, DecisionView, SetEditResult, TagView } from '../../annotations/api/view-types';
import type { ClaimPatch } from '../../annotations/model/claim';
import { call } from '../api';
import { codePointsOf } from './article-text';
import { ArticleStore } from './article-store';
import { trackEdit } from './edits-in-flight';

/** Where the open article tells the analyst what a change did, or that it failed. */
export interface ArticleNotices {
  /** `key`: a newer notice of the same key replaces it. */
  info(text: string, key?: string): void;
  error(text: string): void;
}

/** A span of the article text, in code points. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The article's details as edited: a value sets a field, null clears it, absent leaves it. */
export type MetaPatch = Omit<CallArgs<'updateArticleMeta'>, 'file'>;

type AnnotationPatch = Omit<CallArgs<'updateAnnotation'>, 'file' | 'id'>;

/** The ids of highlights shown ahead of the core: never a core id (those are urn:uuid:…). */
export const UNCONFIRMED_PREFIX = 'unconfirmed:';

export class OpenArticle {
  readonly store = new ArticleStore();
  /** Counts the opens asked for: only the latest one's answer is shown. */
  private opening = 0;
  /** The article the latest open asked for. */
  private reading: string | null = null;
  /** Highlights shown ahead of the core get ids of their own until it answers. */
  private unconfirmedCount = 0;
  /** The core's answer for each highlight shown ahead of it, by its temporary id. */
  private readonly creating = new Map<string, Promise<AnnotationView | null>>();
  /** Articles whose last save the disk refused (the core keeps their changes and tries again), with why. */
  private readonly failing = new Map<string, string>();
  /** Per article, the annotations changed since its last durable save. */
  private readonly sinceSaved = new Map<string, Set<string>>();

  constructor(
    private readonly api: AnnotatorApi,
    private readonly notices: ArticleNotices,
    tags: TagView[],
  ) {
    this.store.setTags(tags);
  }

  /** The article shown, null while none is. */
  get article(): ArticleView | null {
    return this.store.getState().article;
  }

  /**
   * Opens `file`, or reads the open one again (it changed on disk): the store
   * has it the moment the core answers. Resolves with null when a later open
   * overtook this one. Rejects when the article cannot be read; then none is
   * open.
   */
  async open(file: string): Promise<ArticleView | null> {
    return this.read(file, (view) => this.store.load(view));
  }

  /**
   * Reads the open article again because it changed on disk (another
   * program saved its annotations, or its text). With the same text and
   * details, only the annotations that differ are added, changed or removed,
   * so the analyst's selection, caret and scroll survive; otherwise it is
   * loaded anew. Resolves with null when another open overtook this one.
   */
  async reread(file: string): Promise<ArticleView | null> {
    const shown = this.article;
    if (shown === null || shown.file !== file) return this.open(file);
    return this.read(file, (view) => (sameTextAndDetails(shown, view) ? this.applyDifferences(view) : this.store.load(view)));
  }

  /** Asks the core for `file` and shows it with `show`, unless a later open overtook this one (then null). */
  private async read(file: string, show: (view: ArticleView) => void): Promise<ArticleView | null> {
    const ticket = ++this.opening;
    this.reading = file;
    try {
      const view = await call(this.api.openArticle({ file }));
      // The core re-anchors once, in the answer that found the text changed: told even when a later
      // read of the same article overtook it (that one finds nothing left to re-anchor).
      if (view.reanchored && (ticket === this.opening || this.reading === file)) this.notices.info(describeReanchoring(view.reanchored));
      if (ticket !== this.opening) return null;
      // User Timing, for the benchmark (bench/ui) and for a profile in DevTools.
      performance.mark('ra:article-received');
      show(view);
      this.markUnsaved(file);
      return view;
    } catch (error) {
      if (ticket !== this.opening) return null;
      this.store.clear();
      throw error;
    }
  }

  private applyDifferences(view: ArticleView): void {
    const next = new Set(view.annotations.map((a) => a.id));
    // Highlights not confirmed yet are not the core's to remove.
    for (const gone of this.store.getState().annotations.filter((a) => !next.has(a.id) && !this.store.saveStateOf(a.id))) this.store.remove(gone.id);
    for (const annotation of view.annotations) {
      const before = this.store.annotation(annotation.id);
      if (!before) this.store.add(annotation);
      else if (JSON.stringify(before) !== JSON.stringify(annotation)) this.store.update(annotation);
    }
    this.store.setTags(view.tags);
  }

  /**
   * A codebook action, undo, redo or restore changed the set: its tags, and
   * the open article read again if it was among the articles changed (the
   * viewer redraws its highlights from the store).
   */
  async applySetEdit(result: SetEditResult): Promise<void> {
    this.store.setTags(result.tags);
    const file = this.article?.file;
    if (file === undefined || !result.updated.includes(file)) return;
    await this.open(file).catch((error: Error) => this.notSaved(error));
  }

  /**
   * A decision on a suggested passage (Same claim, Disputes, Not the same)
   * changed the claim's annotation and perhaps made or changed the other
   * passage's: those of the open article are shown as the core saved them.
   */
  applyDecision(view: DecisionView): void {
    const file = this.article?.file;
    for (const side of [view.claim, view.other]) {
      if (!side || side.file !== file) continue;
      if (this.store.annotation(side.annotation.id)) this.store.update(side.annotation);
      else this.store.add(side.annotation);
    }
  }

  /**
   * Tags a span. Tagging the exact span of an existing highlight adds the tag
   * to it: one highlight, several tags. Otherwise a new highlight, painted at
   * once and marked as saving until the core has it on disk (the viewer does
   * not wait for the save). Resolves with the annotation as saved, or null
   * when the core refused it: then the highlight stays, marked as not saved,
   * until the analyst retries or discards it.
   */
  async tag(span: TextSpan, label: string): Promise<AnnotationView | null> {
    const same = this.store.getState().annotations.find((a) => a.start === span.start && a.end === span.end);
    if (same) {
      // A highlight still being created: the tag goes to it once the core has it.
      const known = await this.confirmedId(same.id);
      const saved = known === null ? undefined : this.store.annotation(known);
      return saved ? this.update(saved.id, { tags: [...new Set([...saved.tags, label])] }) : null;
    }
    const article = this.article;
    if (!article) return null;
    const now = new Date().toISOString();
    const shown: AnnotationView = {
      id: `${UNCONFIRMED_PREFIX}${++this.unconfirmedCount}`,
      start: span.start,
      end: span.end,
      exact: exactOf(article, span),
      tags: [label],
      note: '',
      status: 'exact',
      sameClaimAs: [],
      created: now,
      modified: now,
    };
    // User Timing (bench/ui): the highlight goes to the store; the viewer puts it in the DOM at once.
    performance.mark('ra:highlight-shown');
    this.store.add(shown);
    this.store.setSaveState(shown.id, { kind: 'saving' });
    return this.create(article, shown);
  }

  /**
   * Asks again: the core, for a highlight it refused (say, after the article
   * was made writable); the disk, for one the core keeps in memory.
   */
  async retrySave(id: string): Promise<AnnotationView | null> {
    const shown = this.store.annotation(id);
    const article = this.article;
    const state = this.store.saveStateOf(id);
    if (!shown || !article || state === undefined || state.kind === 'saving') return null;
    if (state.kind === 'unsaved') {
      const { unsaved } = await call(this.api.retrySaves({})).catch(() => ({ unsaved: [article.file] }));
      if (!unsaved.includes(article.file)) this.saved(article.file);
      return this.store.saveStateOf(id) === undefined ? (this.store.annotation(id) ?? null) : null;
    }
    this.store.setSaveState(id, { kind: 'saving' });
    return this.create(article, shown);
  }

  /** The core says the disk refused a save of `file`: its changes since the last durable save are marked. */
  saveFailed(file: string, reason: string): void {
    this.failing.set(file, reason);
    this.markUnsaved(file);
  }

  /** The core says `file` is on disk again, every change in it. */
  saved(file: string): void {
    this.failing.delete(file);
    const ids = this.sinceSaved.get(file);
    this.sinceSaved.delete(file);
    if (this.article?.file !== file) return;
    for (const id of ids ?? []) if (this.store.saveStateOf(id)?.kind === 'unsaved') this.store.clearSaveState(id);
  }

  /**
   * A change of `id` the core answered, `notOnDisk` when the disk refused its
   * save (the core keeps it). Otherwise the article is on disk with every
   * change before it: those marked are not any more. The result says so
   * itself, as its `saveFailed` or `saved` event may come before or after it.
   */
  private changed(file: string, id: string, notOnDisk: boolean): void {
    if (!notOnDisk) {
      this.saved(file);
      return;
    }
    if (!this.failing.has(file)) this.failing.set(file, 'the disk refused the save');
    this.sinceSaved.set(file, (this.sinceSaved.get(file) ?? new Set()).add(id));
    this.markUnsaved(file);
  }

  private markUnsaved(file: string): void {
    const reason = this.failing.get(file);
    if (reason === undefined || this.article?.file !== file) return;
    for (const id of this.sinceSaved.get(file) ?? []) if (this.store.annotation(id)) this.store.setSaveState(id, { kind: 'unsaved', reason });
  }

  /** Drops a highlight the core refused: the analyst decided it goes. */
  discard(id: string): void {
    if (this.store.saveStateOf(id)?.kind === 'failed') this.store.remove(id);
  }

  private create(article: ArticleView, shown: AnnotationView): Promise<AnnotationView | null> {
    const created = trackEdit(this.createNow(article, shown));
    this.creating.set(shown.id, created);
    void created.finally(() => this.creating.delete(shown.id));
    return created;
  }

  private async createNow(article: ArticleView, shown: AnnotationView): Promise<AnnotationView | null> {
    const { start, end, exact, tags } = shown;
    try {
      const r = await call(this.api.createAnnotation({ file: article.file, start: start!, end: end!, exact, tags }));
      // User Timing (bench/ui): the saved highlight reaches the viewer.
      performance.mark('ra:highlight-received');
      // Not into another article opened meanwhile; the one shown gives way to the one saved.
      if (this.article?.file === article.file) this.store.confirm(shown.id, r.annotation);
      this.store.setTags(r.tags);
      this.changed(article.file, r.annotation.id, r.notOnDisk === true);
      return r.annotation;
    } catch (error) {
      if (this.article?.file === article.file) this.store.setSaveState(shown.id, { kind: 'failed', reason: (error as Error).message });
      this.notSaved(error as Error);
      return null;
    }
  }

  retag(id: string, tags: string[]): Promise<AnnotationView | null> {
    return this.update(id, { tags });
  }

  setNote(id: string, note: string): Promise<AnnotationView | null> {
    return this.update(id, { note });
  }

  setClaim(id: string, patch: ClaimPatch): Promise<AnnotationView | null> {
    return this.update(id, patch);
  }

  /**
   * The id the core knows a highlight by: a highlight still being created is
   * waited for; one the core refused has none (null).
   */
  private async confirmedId(id: string): Promise<string | null> {
    const state = this.store.saveStateOf(id);
    if (state === undefined || state.kind === 'unsaved') return id;
    if (state.kind === 'failed') return null;
    return (await this.creating.get(id))?.id ?? null;
  }

  /** Moves an annotation to the set's trash (undo brings it back); one the core refused is simply dropped. */
  async remove(id: string): Promise<boolean> {
    if (this.store.saveStateOf(id)?.kind === 'failed') {
      this.discard(id);
      return true;
    }
    const removed = await this.change(async (article) => {
      const known = await this.confirmedId(id);
      if (known === null) return false;
      await call(this.api.deleteAnnotation({ file: article.file, id: known }));
      this.store.remove(known);
      return true;
    });
    if (removed) this.notices.info('Annotation moved to the trash (Ctrl+Z undoes).');
    return removed ?? false;
  }

  /** Puts an annotation on another span of the text (re-attaching an orphan, moving an edge by a word). */
  place(id: string, span: TextSpan): Promise<AnnotationView | null> {
    return this.change(async (article) => {
      const known = await this.confirmedId(id);
      if (known === null) return null;
      const { start, end } = span;
      const r = await call(this.api.reattachAnnotation({ file: article.file, id: known, start, end, exact: exactOf(article, span) }));
      this.store.update(r.annotation);
      this.changed(article.file, known, r.notOnDisk === true);
      return r.annotation;
    });
  }

  /** Confirms a fuzzy match where it is: the same as re-attaching it to its current text. */
  async confirm(id: string): Promise<AnnotationView | null> {
    const annotation = this.store.annotation(id);
    if (!annotation || annotation.start === null || annotation.end === null) return null;
    return this.place(id, { start: annotation.start, end: annotation.end });
  }

  /** Saves the article's details (title, source, author, date); resolves with its new entry in the list. */
  saveMeta(patch: MetaPatch): Promise<ArticleSummary | null> {
    return this.change((article) => call(this.api.updateArticleMeta({ file: article.file, ...patch })));
  }

  /**
   * For an article whose annotations file cannot be read: moves that file
   * aside, untouched, and shows the article again, now writable. Resolves
   * with the name it was moved to.
   */
  async moveSidecarAside(): Promise<string | null> {
    const file = this.article?.file;
    if (file === undefined) return null;
    try {
      const { movedTo, article } = await call(this.api.moveSidecarAside({ file }));
      this.notices.info(`The unreadable annotations file was moved aside as ${movedTo}, untouched. ${file} can be annotated again.`);
      ++this.opening;
      this.store.load(article);
      return movedTo;
    } catch (error) {
      this.notices.error(`Not moved: ${(error as Error).message}`);
      return null;
    }
  }

  private update(id: string, patch: AnnotationPatch): Promise<AnnotationView | null> {
    return this.change(async (article) => {
      const known = await this.confirmedId(id);
      if (known === null) return null;
      const r = await call(this.api.updateAnnotation({ file: article.file, id: known, ...patch }));
      this.store.update(r.annotation);
      this.changed(article.file, known, r.notOnDisk === true);
      this.store.setTags(r.tags);
      return r.annotation;
    });
  }

  /** Runs a change of the open article (none open: nothing to change); a failure is reported and gives null. */
  private async change<T>(run: (article: ArticleView) => Promise<T>): Promise<T | null> {
    const article = this.article;
    if (!article) return null;
    try {
      return await run(article);
    } catch (error) {
      this.notSaved(error as Error);
      return null;
    }
  }

  private notSaved(error: Error): void {
    this.notices.error(`Not saved: ${error.message}`);
  }
}

function exactOf(article: ArticleView, { start, end }: TextSpan): string {
  return codePointsOf(article.text).slice(start, end);
}

/** What the viewer draws besides the highlights: when none of it changed, the highlights can be changed in place. */
function sameTextAndDetails(a: ArticleView, b: ArticleView): boolean {
  return (
    a.file === b.file &&
    a.text === b.text &&
    a.title === b.title &&
    a.source === b.source &&
    a.author === b.author &&
    a.published === b.published &&
    a.readOnlyReason === b.readOnlyReason
  );
}

/** What re-anchoring did, for the analyst. */
function describeReanchoring({ moved, fuzzy, orphan }: { moved: number; fuzzy: number; orphan: number }): string {
  const parts = [
    moved > 0 ? `${moved} moved` : null,
    fuzzy > 0 ? `${fuzzy} matched approximately (to review)` : null,
    orphan > 0 ? `${orphan} not found` : null,
  ].filter((p) => p !== null);
  return `The article changed since its annotations were saved. ${parts.length > 0 ? parts.join(', ') : 'All found in place'}.`;
}
