/**
 * Gathers the whole set for the brief: every article, re-read from disk, with
 * its annotations anchored in the current text.
 */
import { articleMetaOf } from '../model/article-meta';
import { AnnotatorError } from '../errors';
import type { BriefArticle, BriefInput } from '../brief/brief';
import { lineAt, splitLines } from '../text/lines';
import type { ArticleCache } from './article-cache';
import type { SetStore } from './set-store';

export async function briefInputFor(
  store: SetStore,
  articles: ArticleCache,
  meta: Omit<BriefInput, 'articles'>,
  /** Called after each article is read: (articles read, articles in the set). */
  onProgress?: (done: number, total: number) => void,
): Promise<BriefInput> {
  const files = await store.listArticleFiles();
  const result: BriefArticle[] = [];
  onProgress?.(0, files.length);
  for (const file of files) {
    const article = await articles.load(file, { fresh: true });
    if (article.readOnlyReason) {
      // A brief silently missing a source would mislead: refuse instead.
      throw new AnnotatorError('invalid-sidecar', `Cannot export the brief. ${article.readOnlyReason}`, article.sidecarName);
    }
    const lines = splitLines(article.text);
    result.push({
      file,
      title: article.title,
      ...articleMetaOf(article.sidecar.article),
      quotes: article.sidecar.annotations.map((annotation) => {
        const view = article.annotationView(annotation.id);
        const location =
          view.start === null || view.end === null
            ? null
            : { paragraph: lineAt(lines, view.start) + 1, start: view.start, end: view.end };
        const { id, exact, tags, note, status, stance, attribution, confidence, sameClaimAs, creators } = view;
        return {
          id,
          exact,
          tags,
          note,
          status,
          location,
          sameClaimAs,
          ...(stance ? { stance } : {}),
          ...(attribution ? { attribution } : {}),
          ...(confidence ? { confidence } : {}),
          ...(creators ? { creators } : {}),
        };
      }),
    });
    onProgress?.(result.length, files.length);
  }
  return { ...meta, setFolder: store.folder, articles: result };
}
