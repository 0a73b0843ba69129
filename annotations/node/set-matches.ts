/**
 * What matching needs of the open set, kept between calls: the match index
 * (built on first use, node/match-index-builder.ts), the articles as the app
 * has them (ArticleCache: text, annotations and where each is found), and
 * each claim's candidates as the index scored them.
 *
 * The index follows the articles: before every use it is brought in step
 * with the folder (articles added or removed) and with the text the app
 * holds of each article, so a candidate's offsets always fall in the text the
 * window shows. Articles the watcher or an import reports are read afresh.
 * Nothing of this is written to the set.
 */
import type { Placed, ArticleState } from '../matching/claim-matches';
import { elsewhere, type ElsewhereResult } from '../matching/elsewhere';
import type { MatchIndex } from '../matching/index';
import type { Annotation } from '../model/annotation';
import type { Sidecar } from '../sidecar/schema';
import type { LoadedArticle } from './article-cache';
import type { KeyedQueue } from './keyed-queue';
import { SetMatchIndex } from './match-index-builder';
import type { EditableSet } from './set-edits';

/** The set as matching sees it at one moment. */
export interface MatchSnapshot {
  index: MatchIndex;
  /** Readable articles, in set order. */
  files: string[];
  loaded: ReadonlyMap<string, LoadedArticle>;
  /** The same articles as claim-matches.ts takes them. */
  states: ReadonlyMap<string, ArticleState>;
}

/** The queue key under which the index is brought in step: one sync at a time. */
const MATCH_KEY = '\0match-index';
/** Raw candidate lists kept, at most (one per claim text): a set's claims, with room. */
const MAX_CACHED = 100_000;

export class SetMatches {
  private built: Promise<SetMatchIndex> | null = null;
  /** Articles reported changed on disk since the last sync: read afresh. */
  private readonly stale = new Set<string>();
  /** The index's scoring of each claim text (by article and text); dropped whenever the index changes. */
  private readonly scored = new Map<string, ElsewhereResult>();
  private readonly placed = new WeakMap<Sidecar, Placed[]>();

  constructor(
    private readonly set: EditableSet,
    private readonly queue: KeyedQueue,
  ) {}

  /** Articles added, changed or removed on disk: read again at the next use. */
  changed(files: readonly string[]): void {
    for (const f of files) this.stale.add(f);
  }

  /** The index and articles, in step with the folder and the app's articles. */
  snapshot(): Promise<MatchSnapshot> {
    return this.queue.run(MATCH_KEY, () => this.sync());
  }

  /** The index's candidates for a claim's text (cached until the index changes). */
  scoredCandidates(index: MatchIndex, file: string, text: string): ElsewhereResult {
    const key = `${file}\0${text}`;
    let found = this.scored.get(key);
    if (!found) {
      if (this.scored.size >= MAX_CACHED) this.scored.clear();
      found = elsewhere(index, { file, text });
      this.scored.set(key, found);
    }
    return found;
  }

  private async sync(): Promise<MatchSnapshot> {
    const { store, articles } = this.set;
    this.built ??= SetMatchIndex.build(store);
    const { index } = await this.built;
    const listed = await store.listArticleFiles();
    const stale = [...this.stale];
    this.stale.clear();
    let changed = false;
    const loaded = new Map<string, LoadedArticle>();
    const states = new Map<string, ArticleState>();
    for (const file of listed) {
      let article: LoadedArticle;
      try {
        article = stale.includes(file) ? await this.queue.run(file, () => articles.load(file, { fresh: true })) : await articles.load(file);
      } catch {
        // Unreadable: the article list says why; it has nothing to match.
        if (index.article(file)) {
          index.removeArticle(file);
          changed = true;
        }
        continue;
      }
      if (index.article(file)?.text.text !== article.text) {
        index.setArticle(file, article.text);
        changed = true;
      }
      loaded.set(file, article);
      states.set(file, { text: article.index, annotations: this.placedOf(article) });
    }
    for (const file of index.files()) {
      if (!loaded.has(file)) {
        index.removeArticle(file);
        changed = true;
      }
    }
    if (changed) this.scored.clear();
    return { index, files: [...loaded.keys()], loaded, states };
  }

  /** The article's annotations found in its text, worked out once per version of its sidecar. */
  private placedOf(article: LoadedArticle): Placed[] {
    let found = this.placed.get(article.sidecar);
    if (!found) {
      found = placedAnnotations(article);
      this.placed.set(article.sidecar, found);
    }
    return found;
  }
}

export function placedAnnotations(article: LoadedArticle): Placed[] {
  return article.sidecar.annotations.flatMap((annotation: Annotation) => {
    const { start, end } = article.anchorOf(annotation.id);
    return start === null || end === null ? [] : [{ annotation, start, end }];
  });
}
