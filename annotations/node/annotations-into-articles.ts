/**
 * The last step of an annotations import (Hypothesis, Web Annotations): the
 * items sorted to their articles are placed in each, one undoable step per
 * article. An item the article holds already (by the key each importer
 * reads from its annotations) is counted, not added again; one that cannot
 * be placed is listed with the reason and the article.
 */
import type { UnmatchedAnnotation } from '../import/types';
import type { Annotation } from '../model/annotation';
import type { LoadedArticle } from './article-cache';

/** Runs a change on an article and saves it, as one undoable action (the service's). */
export type MutateArticle = <R>(file: string, action: string, change: (article: LoadedArticle, now: string) => R) => Promise<R>;

export interface PlacingRules<T> {
  /** The keys of what the article holds already (e.g. the annotations' `via`, or their ids). */
  known(article: LoadedArticle): Iterable<string>;
  keyOf(item: T): string;
  /** The item as an annotation of the article, or why it cannot be one. */
  place(item: T, article: LoadedArticle, now: string): { annotation: Annotation } | { problem: string };
  /** How an item not placed is listed, with the reason. */
  unplaced(item: T, reason: string): UnmatchedAnnotation;
}

export interface Placed {
  added: number;
  alreadyThere: number;
  /** The articles that received annotations. */
  articles: string[];
  unmatched: UnmatchedAnnotation[];
}

export async function placeInArticles<T>(perFile: ReadonlyMap<string, readonly T[]>, action: string, context: { mutate: MutateArticle }, rules: PlacingRules<T>): Promise<Placed> {
  const result: Placed = { added: 0, alreadyThere: 0, articles: [], unmatched: [] };
  for (const [file, list] of perFile) {
    const counts = await context.mutate(file, action, (article, now) => {
      const known = new Set(rules.known(article));
      let here = 0;
      let before = 0;
      for (const item of list) {
        if (known.has(rules.keyOf(item))) {
          before++;
          continue;
        }
        const placed = rules.place(item, article, now);
        if ('problem' in placed) {
          result.unmatched.push(rules.unplaced(item, `${placed.problem} (${file})`));
          continue;
        }
        article.add(placed.annotation);
        known.add(rules.keyOf(item));
        here++;
      }
      return { here, before };
    });
    result.added += counts.here;
    result.alreadyThere += counts.before;
    if (counts.here > 0) result.articles.push(file);
  }
  return result;
}
