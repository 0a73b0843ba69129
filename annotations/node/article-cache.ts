/**
 * Articles of the open set as read from disk: text, sidecar, and where each
 * annotation anchors in the current text.
 */
import { articleMetaOf, type ArticleMetaField } from '../model/article-meta';
import type { ArticleSummary, ArticleView, AnnotationView, TagView } from '../api/view-types';
import { toAnnotationView } from '../api/views';
import { articleTitle } from '../model/article-title';
import { anchorAll, anchorAnnotation, type AnchorResult } from '../anchoring/anchor';
import { reattach, relocate } from '../anchoring/relocate';
import { AnnotatorError, messageOf } from '../errors';
import { tagsOf, type Annotation } from '../model/annotation';
import { reviewOf } from '../model/review';
import { CodePointIndex } from '../text/code-points';
import { emptySidecar, sidecarNameFor, type Sidecar } from '../sidecar/schema';
import type { SetStore, SidecarSaved } from './set-store';

const ORPHAN: AnchorResult = { status: 'orphan', start: null, end: null };

/** What re-anchoring found when the article's text had changed since the last save. */
export interface ReanchorSummary {
  moved: number;
  fuzzy: number;
  orphan: number;
}

export class LoadedArticle {
  readonly index: CodePointIndex;
  readonly sidecarName: string;
  private readonly anchors = new Map<string, AnchorResult>();
  /** How annotations were found when this text was opened, shown to the analyst for this session. */
  private readonly sessionStatus = new Map<string, AnchorResult>();

  /** The sidecar as last read from or saved to disk (null: there was none): the base of a merge. */
  base: Sidecar | null;
  /** Changed here and not saved yet (a save failed): never replaced by what is on disk. */
  unsaved = false;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly sha256: string,
    public sidecar: Sidecar,
    /** Why annotations cannot be saved, e.g. the sidecar is corrupt and must stay untouched. */
    readonly readOnlyReason?: string,
    stored: Sidecar | null = sidecar,
  ) {
    this.index = new CodePointIndex(text);
    this.sidecarName = sidecarNameFor(file);
    this.base = stored;
    this.anchorEverything();
  }

  /** Takes the sidecar a save merged with changes made on disk meanwhile: every annotation is anchored again. */
  adopt(merged: Sidecar): void {
    this.sidecar = merged;
    this.anchors.clear();
    this.anchorEverything();
  }

  private anchorEverything(): void {
    const results = anchorAll(this.index, this.sidecar.annotations);
    this.sidecar.annotations.forEach((annotation, i) => this.anchors.set(annotation.id, results[i] ?? ORPHAN));
  }

  get title(): string {
    return articleTitle(this.sidecar.article.title, this.text, this.file);
  }

  /** True when the stored selectors no longer describe where annotations are (the text changed). */
  get needsSettling(): boolean {
    if (this.sidecar.annotations.length === 0) return false;
    return this.sidecar.article.sha256 !== this.sha256 || [...this.anchors.values()].some((a) => a.status === 'moved' || a.status === 'fuzzy');
  }

  /**
   * Writes re-anchored places into the selectors (see relocate), so the next
   * open is exact, and remembers for this session what moved. The caller saves.
   */
  settle(now: string): ReanchorSummary {
    const summary: ReanchorSummary = { moved: 0, fuzzy: 0, orphan: 0 };
    const annotations = this.sidecar.annotations.map((annotation) => {
      const anchor = this.anchorOf(annotation.id);
      if (anchor.status !== 'exact') summary[anchor.status]++;
      if (anchor.status === 'moved' || anchor.status === 'fuzzy') {
        this.sessionStatus.set(annotation.id, anchor);
        this.anchors.set(annotation.id, { status: 'exact', start: anchor.start, end: anchor.end });
      }
      return relocate(this.index, annotation, anchor, now);
    });
    this.sidecar = { ...this.sidecar, annotations };
    return summary;
  }

  /** Sets or clears (null, "") the analyst's metadata; unknown article fields are kept. */
  setMeta(meta: Partial<Record<'title' | ArticleMetaField, string | null>>): void {
    const article: Sidecar['article'] = { ...this.sidecar.article };
    for (const [key, value] of Object.entries(meta)) {
      if (value === undefined) continue;
      const trimmed = value?.trim() ?? '';
      if (trimmed === '') delete article[key];
      else article[key] = trimmed;
    }
    this.sidecar = { ...this.sidecar, article };
  }

  get(id: string): Annotation {
    const found = this.sidecar.annotations.find((a) => a.id === id);
    if (!found) throw new AnnotatorError('not-found', `No annotation ${id} in ${this.file}.`, this.sidecarName);
    return found;
  }

  add(annotation: Annotation): void {
    this.sidecar = { ...this.sidecar, annotations: [...this.sidecar.annotations, annotation] };
    this.anchors.set(annotation.id, anchorAnnotation(this.index, annotation));
  }

  replace(annotation: Annotation): void {
    this.get(annotation.id);
    this.sidecar = {
      ...this.sidecar,
      annotations: this.sidecar.annotations.map((a) => (a.id === annotation.id ? annotation : a)),
    };
  }

  /** Puts an annotation on new text chosen by the analyst (re-attaching an orphan, confirming a fuzzy match). */
  reattach(id: string, start: number, end: number, now: string): void {
    this.replace(reattach(this.index, this.get(id), start, end, now));
    this.anchors.set(id, { status: 'exact', start, end });
    this.sessionStatus.delete(id);
  }

  remove(id: string): void {
    this.get(id);
    this.sidecar = { ...this.sidecar, annotations: this.sidecar.annotations.filter((a) => a.id !== id) };
    this.anchors.delete(id);
    this.sessionStatus.delete(id);
  }

  anchorOf(id: string): AnchorResult {
    return this.anchors.get(id) ?? ORPHAN;
  }

  /**
   * The status the analyst sees: a pending review shows as fuzzy (until
   * confirmed, also in later sessions); otherwise how it was found on open.
   */
  annotationView(id: string): AnnotationView {
    const annotation = this.get(id);
    const anchor = this.anchorOf(id);
    const review = reviewOf(annotation);
    if (review && anchor.status !== 'orphan') {
      return toAnnotationView(annotation, { status: 'fuzzy', start: anchor.start, end: anchor.end, score: review.score });
    }
    const seen = this.sessionStatus.get(id);
    return toAnnotationView(annotation, seen && anchor.status !== 'orphan' ? seen : anchor);
  }

  /** The sidecar to write: stamped with the hash of the text its selectors describe. */
  toSidecar(): Sidecar {
    return { ...this.sidecar, article: { ...this.sidecar.article, file: this.file, sha256: this.sha256 } };
  }
}

export class ArticleCache {
  private readonly loaded = new Map<string, LoadedArticle>();
  /** Loads from disk under way, by file: a second one waits for the first. */
  private readonly reading = new Map<string, Promise<LoadedArticle>>();
  private readonly tagsByFile = new Map<string, Set<string>>();

  constructor(private readonly store: SetStore) {}

  /** The article as last read, if it was (its text's hash tells whether the file changed since). */
  cached(file: string): LoadedArticle | undefined {
    return this.loaded.get(file);
  }

  /** The article left the set (removed or renamed on disk): its text and tags are not the set's any more. */
  forget(file: string): void {
    this.loaded.delete(file);
    this.tagsByFile.delete(file);
  }

  /**
   * The article, read again from disk when `fresh`, unless it holds changes
   * not saved yet. Loads of one file overlap (the match index reads outside
   * the article's queue): a read that another load or an edit overtook
   * gives way to what they put in the cache, never writes over it.
   */
  async load(file: string, { fresh = false } = {}): Promise<LoadedArticle> {
    const cached = this.loaded.get(file);
    if (cached && (!fresh || cached.unsaved)) return cached;
    const reading = !fresh ? this.reading.get(file) : undefined;
    if (reading) return reading;
    const read = this.read(file).then((article) => {
      const now = this.loaded.get(file);
      if (now !== undefined && now !== cached) return now;
      this.loaded.set(file, article);
      this.noteTags(article);
      return article;
    });
    if (!fresh) {
      this.reading.set(file, read);
      const done = () => void (this.reading.get(file) === read && this.reading.delete(file));
      read.then(done, done);
    }
    return read;
  }

  private async read(file: string): Promise<LoadedArticle> {
    const { text, sha256 } = await this.store.readArticle(file);
    let stored: Sidecar | null = null;
    let readOnlyReason: string | undefined;
    try {
      stored = await this.store.readSidecar(file);
    } catch (error) {
      if (!(error instanceof AnnotatorError)) throw error;
      // The sidecar stays untouched on disk; the article can still be read.
      readOnlyReason = `Annotations of this article cannot be changed: ${error.message}`;
    }
    return new LoadedArticle(file, text, sha256, stored ?? emptySidecar(file, sha256), readOnlyReason, stored);
  }

  /** Saves the article's sidecar, merged with changes made on disk since it was read (see SetStore.writeSidecar). */
  async save(article: LoadedArticle): Promise<SidecarSaved> {
    article.unsaved = true;
    const saved = await this.store.writeSidecar(article.file, article.toSidecar(), article.base);
    article.unsaved = false;
    if (saved.merged) article.adopt(saved.sidecar);
    else article.sidecar = saved.sidecar;
    article.base = saved.sidecar;
    this.noteTags(article);
    return saved;
  }

  async summary(file: string): Promise<ArticleSummary> {
    try {
      const article = await this.load(file);
      const base: ArticleSummary = {
        file,
        title: article.title,
        annotationCount: article.sidecar.annotations.length,
        ...articleMetaOf(article.sidecar.article),
      };
      return article.readOnlyReason ? { ...base, problem: article.readOnlyReason } : base;
    } catch (error) {
      const message = messageOf(error);
      return { file, title: file, annotationCount: 0, problem: message };
    }
  }

  view(article: LoadedArticle, tags: TagView[]): ArticleView {
    const view: ArticleView = {
      file: article.file,
      title: article.title,
      ...articleMetaOf(article.sidecar.article),
      text: article.text,
      annotations: article.sidecar.annotations.map((a) => article.annotationView(a.id)),
      tags,
    };
    return article.readOnlyReason ? { ...view, readOnlyReason: article.readOnlyReason } : view;
  }

  /** Every tag label used in the articles read so far. */
  usedTags(): string[] {
    return [...new Set([...this.tagsByFile.values()].flatMap((s) => [...s]))];
  }

  private noteTags(article: LoadedArticle): void {
    this.tagsByFile.set(article.file, new Set(article.sidecar.annotations.flatMap(tagsOf)));
  }
}
