/**
 * What matching needs of the open set, kept between calls: the match index
 * (built on first use from the articles as the app has them), the articles
 * (ArticleCache: text, annotations and where each is found), and each
 * claim's candidates as the index scored them.
 *
 * The index follows the articles: before every use it is brought in step
 * with the folder (articles added or removed) and with the text the app
 * holds of each article, so a candidate's offsets always fall in the text the
 * window shows. Articles the watcher or an import reports are read afresh.
 * Nothing of this is written to the set.
 */
import { directLinksOf, LinkGraph, type SetAnnotation } from '../linking/link-groups';
import { CLAIM_KEYS } from '../model/claim';
import { LINK_KEYS } from '../model/claim-links';
import type { AnalysisCache, ArticleState, Placed } from '../matching/claim-matches';
import { analyze, type Analysis } from '../matching/differences';
import { elsewhere, type ElsewhereResult } from '../matching/elsewhere';
import { MatchIndex } from '../matching/index';
import { publicationDateOf, type PublicationDate } from '../matching/relative-dates';
import type { Annotation } from '../model/annotation';
import type { Sidecar } from '../sidecar/schema';
import type { LoadedArticle } from './article-cache';
import type { KeyedQueue } from './keyed-queue';
import type { EditableSet } from './set-edits';

/** The set as matching sees it at one moment. */
export interface MatchSnapshot {
  index: MatchIndex;
  /** Readable articles, in set order. */
  files: string[];
  loaded: ReadonlyMap<string, LoadedArticle>;
  /** The same articles as claim-matches.ts takes them. */
  states: ReadonlyMap<string, ArticleState>;
  /** The links between the set's annotations (worked out once per version of the sidecars). */
  graph(): LinkGraph;
  /** What differences.ts reads of a passage, kept while the set's text is unchanged. */
  analysis(file: string, start: number, end: number, text: string): Analysis;
  /** The same analyses, as claim-matches.ts takes them. */
  analyses: AnalysisCache;
}

/** The queue key under which the index is brought in step: one sync at a time. */
const MATCH_KEY = '\0match-index';
/** Raw candidate lists kept, at most (one per claim text): a set's claims, with room. */
const MAX_CACHED = 100_000;

export class SetMatches {
  /** Filled on first use, from the same text the app reads (each article read once, by the ArticleCache). */
  private readonly index = new MatchIndex();
  /** Articles reported changed on disk since the last sync: read afresh. */
  private readonly stale = new Set<string>();
  /** The index's scoring of each claim text (by article and text); dropped whenever the index changes. */
  private readonly scored = new Map<string, ElsewhereResult>();
  private readonly placed = new WeakMap<Sidecar, Placed[]>();
  /** The link graph and the articles (with their sidecars) it was made from. */
  private links: { graph: LinkGraph; of: Map<string, { article: LoadedArticle; sidecar: Sidecar }> } | null = null;
  /** Passage analyses (differences.ts), shared with claim-matches.ts (its AnalysisCache) by file and range. */
  private readonly analyses: AnalysisCache = new Map<string, Analysis>();
  /** The article object whose text the index holds, per file. */
  private readonly indexed = new Map<string, LoadedArticle>();
  /**
   * Each article's publication date as its sidecar gave it when the analyses
   * were made (they date "last month" by it), and as read: read once per
   * value, not at every sync.
   */
  private readonly published = new Map<string, { given: string | undefined; date: PublicationDate | undefined }>();

  constructor(
    private readonly set: EditableSet,
    private readonly queue: KeyedQueue,
  ) {}

  /** Articles added, changed or removed on disk: read again at the next use. */
  changed(files: readonly string[]): void {
    for (const f of files) this.stale.add(f);
  }

  /**
   * The index and articles, in step with the folder and the app's articles;
   * `reading` hears of each article gone through when articles are read (the
   * first time, or after changes on disk).
   */
  snapshot(reading?: (done: number, total: number) => void): Promise<MatchSnapshot> {
    return this.queue.run(MATCH_KEY, () => this.sync(reading));
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

  private async sync(reading?: (done: number, total: number) => void): Promise<MatchSnapshot> {
    const { store, articles } = this.set;
    const index = this.index;
    const listed = await store.listArticleFiles();
    const stale = [...this.stale];
    this.stale.clear();
    // Worth telling only when articles are read: the first time, or after changes on disk; else it takes a few milliseconds.
    const report = this.indexed.size === 0 || stale.length > 0 ? reading : undefined;
    let changed = false;
    const loaded = new Map<string, LoadedArticle>();
    const states = new Map<string, ArticleState>();
    for (const [done, file] of listed.entries()) {
      report?.(done, listed.length);
      let article: LoadedArticle;
      try {
        article = stale.includes(file) ? await this.queue.run(file, () => articles.load(file, { fresh: true })) : await articles.load(file);
      } catch {
        // Unreadable: the article list says why; it has nothing to match.
        this.indexed.delete(file);
        if (index.article(file)) {
          index.removeArticle(file);
          changed = true;
        }
        continue;
      }
      // The same article object as last time holds the same text: no need to compare it.
      if (this.indexed.get(file) !== article) {
        if (index.article(file)?.text.text !== article.text) {
          index.setArticle(file, article.text);
          changed = true;
        }
        this.indexed.set(file, article);
      }
      const given = article.sidecar.article.published;
      let published = this.published.get(file);
      if (!published || published.given !== given) {
        // The details that differ follow from the dates too: a date edited changes what was worked out.
        if (published) changed = true;
        published = { given, date: publicationDateOf(given) };
        this.published.set(file, published);
      }
      const date = published.date;
      loaded.set(file, article);
      states.set(file, { text: article.index, annotations: this.placedOf(article), ...(date ? { published: date } : {}) });
    }
    report?.(listed.length, listed.length);
    for (const file of index.files()) {
      if (!loaded.has(file)) {
        this.indexed.delete(file);
        this.published.delete(file);
        index.removeArticle(file);
        changed = true;
      }
    }
    if (changed) {
      this.scored.clear();
      this.analyses.clear();
    }
    const files = [...loaded.keys()];
    return {
      index,
      files,
      loaded,
      states,
      graph: () => this.graphOf(files, loaded),
      analysis: (file, start, end, text) => this.analysisOf(file, start, end, text),
      analyses: this.analyses,
    };
  }

  private graphOf(files: string[], loaded: ReadonlyMap<string, LoadedArticle>): LinkGraph {
    const previous = this.links?.of;
    const same =
      previous !== undefined &&
      previous.size === files.length &&
      files.every((f) => {
        const seen = previous.get(f);
        const article = loaded.get(f) as LoadedArticle;
        return seen !== undefined && seen.article === article && seen.sidecar === article.sidecar;
      });
    if (same && this.links) return this.links.graph;
    const graph = new LinkGraph(linkedAnnotations(files, loaded));
    this.links = { graph, of: new Map(files.map((f) => [f, { article: loaded.get(f) as LoadedArticle, sidecar: (loaded.get(f) as LoadedArticle).sidecar }])) };
    return graph;
  }

  private analysisOf(file: string, start: number, end: number, text: string): Analysis {
    // The key claim-matches.ts files its analyses under: a passage it read is not read again.
    const key = `${file}\0${start}\0${end}`;
    let found = this.analyses.get(key);
    if (!found) {
      if (this.analyses.size >= MAX_CACHED) this.analyses.clear();
      this.analyses.set(key, (found = analyze(text, this.published.get(file)?.date)));
    }
    return found;
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

/** Every annotation of the set with its place, in set then sidecar order. */
export function setAnnotations(files: readonly string[], loaded: ReadonlyMap<string, LoadedArticle>): SetAnnotation[] {
  return files.flatMap((file) => {
    const article = loaded.get(file) as LoadedArticle;
    return article.sidecar.annotations.map((annotation) => ({ file, annotation, ...article.anchorOf(annotation.id) }));
  });
}

/** Of one version of a sidecar: its annotations that hold a link, the ids those name, and every id it has. */
interface SidecarLinks {
  holding: ReadonlySet<Annotation>;
  names: readonly string[];
  ids: ReadonlySet<string>;
}

const sidecarLinks = new WeakMap<Sidecar, SidecarLinks>();

/** Read once per version of a sidecar: a decision changes two sidecars, and the set's others are not read again. */
function linksIn(sidecar: Sidecar): SidecarLinks {
  let found = sidecarLinks.get(sidecar);
  if (!found) {
    const holding = new Set(sidecar.annotations.filter((a) => LINK_FIELDS.some((key) => Array.isArray(a[key]) && (a[key] as unknown[]).length > 0)));
    const names = [...holding].flatMap((a) => directLinksOf(a).map((link) => link.to));
    found = { holding, names, ids: new Set(sidecar.annotations.map((a) => a.id)) };
    sidecarLinks.set(sidecar, found);
  }
  return found;
}

/**
 * The annotations that hold a link or are named by one: the only ones a link
 * graph has groups of (most annotations of a set are linked to nothing).
 */
function linkedAnnotations(files: readonly string[], loaded: ReadonlyMap<string, LoadedArticle>): SetAnnotation[] {
  const links = files.map((file) => linksIn((loaded.get(file) as LoadedArticle).sidecar));
  const named = new Set(links.flatMap((l) => l.names));
  const namedIds = [...named];
  return files.flatMap((file, i) => {
    const { holding, ids } = links[i] as SidecarLinks;
    if (holding.size === 0 && !namedIds.some((id) => ids.has(id))) return [];
    const article = loaded.get(file) as LoadedArticle;
    return article.sidecar.annotations.filter((a) => named.has(a.id) || holding.has(a)).map((annotation) => ({ file, annotation, ...article.anchorOf(annotation.id) }));
  });
}

const LINK_FIELDS = [CLAIM_KEYS.sameClaimAs, LINK_KEYS.disputes, LINK_KEYS.disputedBy];

export function placedAnnotations(article: LoadedArticle): Placed[] {
  return article.sidecar.annotations.flatMap((annotation: Annotation) => {
    const { start, end } = article.anchorOf(annotation.id);
    return start === null || end === null ? [] : [{ annotation, start, end }];
  });
}
