/**
 * Imports a Hypothesis export into the open set: each annotation goes to the
 * article whose `url` is the page it was made on (import/hypothesis/web-url.ts),
 * anchored by its quote and context (anchor-quote.ts), with its tags and its
 * note. What cannot be placed is reported with the reason, never guessed:
 * no article with that address, a page note without a quote, a quote not in
 * the article or not telling where. Each imported annotation keeps the
 * Hypothesis annotation's address as its `via` (the Web Annotation model's
 * "copied from"), so importing the same export again adds nothing twice.
 * One undoable step per article.
 */
import { describeRange } from '../anchoring/describe';
import { labelProblem } from '../codebook/labels';
import { normalizeTagLabel } from '../model/codebook';
import { anchorQuote } from '../import/hypothesis/anchor-quote';
import { readHypothesisExport, type HypothesisAnnotation } from '../import/hypothesis/export-file';
import { pageKey } from '../import/hypothesis/web-url';
import type { AnnotationsImport, UnmatchedAnnotation } from '../import/types';
import { createAnnotation } from '../model/annotation';
import { placeInArticles, type MutateArticle } from './annotations-into-articles';
import type { EditableSet } from './set-edits';

export interface HypothesisContext {
  set: EditableSet;
  newId(): string;
  mutate: MutateArticle;
}

export const HYPOTHESIS_ACTION = 'Import Hypothesis annotations';

export async function importHypothesis(name: string, text: string, context: HypothesisContext): Promise<AnnotationsImport> {
  const annotations = readHypothesisExport(name, text);
  const byPage = await articlesByPage(context.set);
  const unmatched: UnmatchedAnnotation[] = [];
  const perFile = new Map<string, HypothesisAnnotation[]>();
  let replies = 0;
  for (const annotation of annotations) {
    if (annotation.isReply) {
      replies++;
      continue;
    }
    const problem = (reason: string) => unmatched.push({ id: annotation.id, uri: annotation.uri, quote: annotation.quote?.exact ?? '', reason });
    if (annotation.quote === null) {
      problem('a page note, with no quote to place');
      continue;
    }
    const key = pageKey(annotation.uri);
    const files = key === null ? [] : (byPage.get(key) ?? []);
    if (files.length === 0) problem(`no article of the set has its address (${annotation.uri})`);
    else if (files.length > 1) problem(`${files.length} articles have its address (${files.join(', ')})`);
    else perFile.set(files[0]!, [...(perFile.get(files[0]!) ?? []), annotation]);
  }
  const placed = await placeInArticles(perFile, HYPOTHESIS_ACTION, context, {
    known: (article) => article.sidecar.annotations.map((a) => a['via']).filter((via): via is string => typeof via === 'string'),
    keyOf: (annotation) => annotation.link,
    place: (annotation, article, now) => {
      const place = anchorQuote(article.index, annotation.quote!);
      if ('problem' in place) return place;
      const { quote, position } = describeRange(article.index, place.start, place.end);
      const tags = annotation.tags.map(normalizeTagLabel).filter((label) => labelProblem(label) === null);
      const created = createAnnotation({ id: context.newId(), now, source: article.file, quote, position, tags, ...(annotation.note.trim() ? { note: annotation.note } : {}) });
      return { annotation: { ...created, via: annotation.link } };
    },
    unplaced: (annotation, reason) => ({ id: annotation.id, uri: annotation.uri, quote: annotation.quote!.exact, reason }),
  });
  return { ...placed, replies, unmatched: [...unmatched, ...placed.unmatched] };
}

/** The set's articles by the comparison key of their `url`. */
async function articlesByPage(set: EditableSet): Promise<Map<string, string[]>> {
  const byPage = new Map<string, string[]>();
  for (const file of await set.store.listArticleFiles()) {
    const url = (await set.articles.summary(file)).url;
    const key = url === undefined ? null : pageKey(url);
    if (key !== null) byPage.set(key, [...(byPage.get(key) ?? []), file]);
  }
  return byPage;
}
