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

export class OpenArticle {
  readonly store = new ArticleStore();
  /** Counts the opens asked for: only the latest one's answer is shown. */
  private opening = 0;

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
    try {
      const view = await call(this.api.openArticle({ file }));
      if (ticket !== this.opening) return null;
      // User Timing, for the benchmark (bench/ui) and for a profile in DevTools.
      performance.mark('ra:article-received');
      show(view);
      return view;
    } catch (error) {
      if (ticket !== this.opening) return null;
      this.store.clear();
      throw error;
    }
  }

  private applyDifferences(view: ArticleView): void {
    const next = new Set(view.annotations.map((a) => a.id));
    for (const gone of this.store.getState().annotations.filter((a) => !next.has(a.id))) this.store.remove(gone.id);
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
   * to it: one highlight, several tags. Otherwise a new highlight. Resolves
   * with the annotation tagged.
   */
  async tag(span: TextSpan, label: string): Promise<AnnotationView | null> {
    const same = this.store.getState().annotations.find((a) => a.start === span.start && a.end === span.end);
    if (same) return this.update(same.id, { tags: [...same.tags, label] });
    return this.change(async (article) => {
      const { start, end } = span;
      const r = await call(this.api.createAnnotation({ file: article.file, start, end, exact: exactOf(article, span), tags: [label] }));
      // User Timing (bench/ui): the saved highlight reaches the viewer.
      performance.mark('ra:highlight-received');
      // Not into another article opened meanwhile.
      if (this.article?.file === article.file) this.store.add(r.annotation);
      this.store.setTags(r.tags);
      return r.annotation;
    });
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

  /** Moves an annotation to the set's trash (undo brings it back). */
  async remove(id: string): Promise<boolean> {
    const removed = await this.change(async (article) => {
      await call(this.api.deleteAnnotation({ file: article.file, id }));
      this.store.remove(id);
      return true;
    });
    if (removed) this.notices.info('Annotation moved to the trash (Ctrl+Z undoes).');
    return removed ?? false;
  }

  /** Puts an annotation on another span of the text (re-attaching an orphan, moving an edge by a word). */
  place(id: string, span: TextSpan): Promise<AnnotationView | null> {
    return this.change(async (article) => {
      const { start, end } = span;
      const r = await call(this.api.reattachAnnotation({ file: article.file, id, start, end, exact: exactOf(article, span) }));
      this.store.update(r.annotation);
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
      const r = await call(this.api.updateAnnotation({ file: article.file, id, ...patch }));
      this.store.update(r.annotation);
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
