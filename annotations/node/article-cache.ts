/**
 * Articles of the open set as read from disk: text, sidecar, and where each
 * annotation anchors in the current text.
 */
import type { ArticleSummary, ArticleView, AnnotationView, TagView } from '../api/contract';
import { articleTitle, toAnnotationView } from '../api/views';
import { anchorAnnotation, type AnchorResult } from '../anchoring/anchor';
import { AnnotatorError } from '../errors';
import { positionSelectorOf, tagsOf, type Annotation } from '../model/annotation';
import { CodePointIndex } from '../text/code-points';
import { emptySidecar, sidecarNameFor, type Sidecar } from '../sidecar/schema';
import type { SetStore } from './set-store';

export class LoadedArticle {
  readonly index: CodePointIndex;
  readonly sidecarName: string;
  private readonly anchors = new Map<string, AnchorResult>();

  constructor(
    readonly file: string,
    readonly text: string,
    readonly sha256: string,
    public sidecar: Sidecar,
    /** Why annotations cannot be saved, e.g. the sidecar is corrupt and must stay untouched. */
    readonly readOnlyReason?: string,
  ) {
    this.index = new CodePointIndex(text);
    this.sidecarName = sidecarNameFor(file);
    for (const annotation of sidecar.annotations) this.anchors.set(annotation.id, anchorAnnotation(this.index, annotation));
  }

  get title(): string {
    return articleTitle(this.sidecar.article.title, this.text, this.file);
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

  remove(id: string): void {
    this.get(id);
    this.sidecar = { ...this.sidecar, annotations: this.sidecar.annotations.filter((a) => a.id !== id) };
    this.anchors.delete(id);
  }

  anchorOf(id: string): AnchorResult {
    return this.anchors.get(id) ?? { status: 'orphan', start: null, end: null };
  }

  annotationView(id: string): AnnotationView {
    return toAnnotationView(this.get(id), this.anchorOf(id));
  }

  /**
   * The sidecar to write: stamped with the current text's hash, with moved
   * annotations' positions brought up to date so the next open is exact.
   * Orphans keep their stored selectors: they are never dropped or guessed.
   */
  toSidecar(): Sidecar {
    const annotations = this.sidecar.annotations.map((annotation) => {
      const anchor = this.anchorOf(annotation.id);
      const position = positionSelectorOf(annotation);
      if (anchor.status !== 'moved' || !position) return annotation;
      const selector = annotation.target.selector.map((s) =>
        s === position ? { ...position, start: anchor.start, end: anchor.end } : s,
      );
      return { ...annotation, target: { ...annotation.target, selector } };
    });
    return { ...this.sidecar, article: { ...this.sidecar.article, file: this.file, sha256: this.sha256 }, annotations };
  }
}

export class ArticleCache {
  private readonly loaded = new Map<string, LoadedArticle>();
  private readonly tagsByFile = new Map<string, Set<string>>();

  constructor(private readonly store: SetStore) {}

  async load(file: string, { fresh = false } = {}): Promise<LoadedArticle> {
    const cached = this.loaded.get(file);
    if (cached && !fresh) return cached;
    const { text, sha256 } = await this.store.readArticle(file);
    let sidecar: Sidecar;
    let readOnlyReason: string | undefined;
    try {
      sidecar = (await this.store.readSidecar(file)) ?? emptySidecar(file, sha256);
    } catch (error) {
      if (!(error instanceof AnnotatorError)) throw error;
      // The sidecar stays untouched on disk; the article can still be read.
      sidecar = emptySidecar(file, sha256);
      readOnlyReason = `Annotations of this article cannot be changed: ${error.message}`;
    }
    const article = new LoadedArticle(file, text, sha256, sidecar, readOnlyReason);
    this.loaded.set(file, article);
    this.noteTags(article);
    return article;
  }

  async save(article: LoadedArticle): Promise<void> {
    const sidecar = article.toSidecar();
    await this.store.writeSidecar(article.file, sidecar);
    article.sidecar = sidecar;
    this.noteTags(article);
  }

  async summary(file: string): Promise<ArticleSummary> {
    try {
      const article = await this.load(file);
      const base = { file, title: article.title, annotationCount: article.sidecar.annotations.length };
      return article.readOnlyReason ? { ...base, problem: article.readOnlyReason } : base;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { file, title: file, annotationCount: 0, problem: message };
    }
  }

  view(article: LoadedArticle, tags: TagView[]): ArticleView {
    const view: ArticleView = {
      file: article.file,
      title: article.title,
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
