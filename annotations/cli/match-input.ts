/**
 * What `research-annotator match` reads of a set, read once: every article's
 * text (in the order the set lists them: the index is built in that order,
 * so it numbers terms the same wherever it is built) and each article's
 * annotations anchored in it. The index itself is not made here: the
 * single-thread path builds it beside this, each worker builds its own from
 * `texts` (match-workers.ts).
 */
import { anchorAll } from '../anchoring/anchor';
import { AnnotatorError } from '../errors';
import type { ArticleState, Placed } from '../matching/claim-matches';
import { MatchIndex } from '../matching/index';
import { publicationDateOf, type PublicationDate } from '../matching/relative-dates';
import { tagsOf, type Annotation } from '../model/annotation';
import { SetStore } from '../node/set-store';
import { SIDECAR_SUFFIX } from '../sidecar/schema';
import { CodePointIndex } from '../text/code-points';

export interface MatchInput {
  /** Readable articles and their text, in the set's order. */
  texts: [file: string, text: string][];
  /** Each readable article's anchored annotations (orphans left out), by file. */
  placed: Map<string, Placed[]>;
  /** The publication date each article's sidecar gives, by file (relative-dates.ts), where it gives one. */
  published: Map<string, PublicationDate>;
  /** Articles or sidecars that could not be read. */
  errors: { file: string; message: string }[];
  /**
   * Tagged annotations that are in the set and cannot be matched, by file:
   * orphans (their quote is no longer in the article) and those of a
   * sidecar whose article is gone. Never dropped without a word: the
   * analyst would read their absence from the report as "nothing elsewhere".
   */
  unmatched: { file: string; message: string }[];
}

/** Reads the set. Throws AnnotatorError when the folder cannot be read. */
export async function readMatchInput(folder: string): Promise<MatchInput> {
  const store = await SetStore.open(folder);
  const texts: [string, string][] = [];
  const errors: { file: string; message: string }[] = [];
  for (const file of await store.listArticleFiles()) {
    try {
      texts.push([file, (await store.readArticle(file)).text]);
    } catch (error) {
      errors.push({ file, message: messageOf(error) });
    }
  }
  const placed = new Map<string, Placed[]>();
  const published = new Map<string, PublicationDate>();
  const unmatched: { file: string; message: string }[] = [];
  for (const [file, text] of [...texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    let annotations: Placed[] = [];
    try {
      const sidecar = await store.readSidecar(file);
      const date = publicationDateOf(sidecar?.article.published);
      if (date) published.set(file, date);
      const list = sidecar?.annotations ?? [];
      const anchored = anchorAll(new CodePointIndex(text), list);
      const orphans: Annotation[] = [];
      annotations = list.flatMap((annotation, i) => {
        const r = anchored[i];
        if (r && r.start !== null && r.end !== null) return [{ annotation, start: r.start, end: r.end }];
        orphans.push(annotation);
        return [];
      });
      const claims = tagged(orphans);
      if (claims > 0) unmatched.push({ file, message: orphansNote(claims) });
    } catch (error) {
      errors.push({ file, message: messageOf(error) });
    }
    placed.set(file, annotations);
  }
  unmatched.push(...(await sidecarsWithoutArticle(store, new Set(texts.map(([file]) => file)), errors)));
  return { texts, placed, published, errors, unmatched };
}

/**
 * Sidecars whose article is not read (gone, renamed, or refused: `errors`
 * says so for the refused ones), each with its tagged annotations.
 */
async function sidecarsWithoutArticle(store: SetStore, read: ReadonlySet<string>, errors: { file: string; message: string }[]): Promise<{ file: string; message: string }[]> {
  const found: { file: string; message: string }[] = [];
  const refused = new Set(errors.map((e) => e.file));
  for (const name of await store.listSidecarFiles()) {
    const file = name.slice(0, -SIDECAR_SUFFIX.length);
    if (read.has(file) || refused.has(file)) continue;
    let claims: number;
    try {
      claims = tagged((await store.readSidecar(file))?.annotations ?? []);
    } catch (error) {
      errors.push({ file: name, message: messageOf(error) });
      continue;
    }
    if (claims > 0) found.push({ file: name, message: `its article ${file} is not in the set: ${claimsWord(claims)} not matched` });
  }
  return found;
}

const tagged = (annotations: readonly Annotation[]) => annotations.filter((a) => tagsOf(a).length > 0).length;

function orphansNote(n: number): string {
  const one = n === 1;
  return `${claimsWord(n)} ${one ? 'is an orphan (its' : 'are orphans (their'} quote is no longer in the article): not matched; \`research-annotator check\` lists ${one ? 'it' : 'them'}`;
}

const claimsWord = (n: number) => `${n.toLocaleString('en')} tagged annotation${n === 1 ? '' : 's'}`;

/** The index of the input's articles, built in the set's order. */
export function indexOf(input: Pick<MatchInput, 'texts'>): MatchIndex {
  const index = new MatchIndex();
  for (const [file, text] of input.texts) index.setArticle(file, text);
  return index;
}

/** The articles as claim-matches.ts takes them, the index's text of each. */
export function articleStates(index: MatchIndex, placed: ReadonlyMap<string, Placed[]>, published: ReadonlyMap<string, PublicationDate>): Map<string, ArticleState> {
  const articles = new Map<string, ArticleState>();
  for (const file of index.files()) {
    const article = index.article(file);
    if (article) articles.set(file, stateOf(file, article.text, placed, published));
  }
  return articles;
}

/** The same, on a thread without the index: each text read here. */
export function articleStatesOf(input: Pick<MatchInput, 'texts'>, placed: ReadonlyMap<string, Placed[]>, published: ReadonlyMap<string, PublicationDate>): Map<string, ArticleState> {
  return new Map(input.texts.map(([file, text]) => [file, stateOf(file, new CodePointIndex(text), placed, published)]));
}

function stateOf(file: string, text: CodePointIndex, placed: ReadonlyMap<string, Placed[]>, published: ReadonlyMap<string, PublicationDate>): ArticleState {
  const date = published.get(file);
  return { text, annotations: placed.get(file) ?? [], ...(date ? { published: date } : {}) };
}

/** The notes on articles not matched. */
export function articleNotes(index: MatchIndex): { file: string; message: string }[] {
  return index
    .files()
    .filter((f) => index.article(f)?.english === false)
    .map((file) => ({ file, message: 'not read as English: its passages are not matched' }));
}

function messageOf(error: unknown): string {
  return error instanceof AnnotatorError || error instanceof Error ? error.message : String(error);
}
