/**
 * Imports a file of W3C Web Annotations into the open set: the brief's own
 * JSON-LD export (a colleague's set, a copy of this one), or another tool's.
 * Each annotation goes to the article it names: by file name (`target.source`
 * or, for a web page, the cached copy `target.state.cached`), else by the
 * page's address (the article's `url`). It is placed by its quote and the
 * words around it through the app's anchoring, never by the other tool's
 * positions, and keeps its id, tags, note, claim fields (stance, who claims
 * it, links to other claims), creator and dates, so links between imported
 * claims hold. What cannot be placed, or is not a valid annotation of ours,
 * is reported with the reason, never guessed. An annotation whose id the
 * article already has is not added again, so importing a file twice adds
 * nothing. One undoable step per article.
 */
import { describeRange } from '../anchoring/describe';
import { labelProblem } from '../codebook/labels';
import { AnnotatorError } from '../errors';
import { anchorQuote } from '../import/hypothesis/anchor-quote';
import { pageKey } from '../import/hypothesis/web-url';
import type { AnnotationsImport, UnmatchedAnnotation } from '../import/types';
import { isWebAnnotationJson, readWebAnnotationFile, type WebAnnotationItem } from '../import/web-annotation/annotation-file';
import { TAGGING, type Annotation } from '../model/annotation';
import { normalizeTagLabel } from '../model/codebook';
import { LEGACY_REVIEW_KEY, REVIEW_KEY } from '../model/review';
import { annotationSchema, formatPath } from '../sidecar/schema';
import { fromStoredAnnotation } from '../sidecar/stored-annotation';
import type { CodePointIndex } from '../text/code-points';
import { placeInArticles } from './annotations-into-articles';
import { importHypothesis, type HypothesisContext } from './hypothesis-import';

export const WEB_ANNOTATIONS_ACTION = 'Import Web Annotations';

export async function importWebAnnotations(name: string, json: unknown, context: HypothesisContext): Promise<AnnotationsImport> {
  const items = readWebAnnotationFile(name, json);
  const find = await articleFinder(context);
  const unmatched: UnmatchedAnnotation[] = [];
  const perFile = new Map<string, WebAnnotationItem[]>();
  for (const item of items) {
    const problem = (reason: string) => unmatched.push({ id: item.id, uri: item.sources[0] ?? '', quote: item.quote?.exact ?? '', reason });
    if (item.quote === null) {
      problem('no quote to place it by (a whole document, or positions alone, which count another copy of the text)');
      continue;
    }
    const files = find(item.sources);
    if (files.length === 0) problem(`no article of the set is ${item.sources.length > 0 ? item.sources.join(' or ') : 'named'}`);
    else if (files.length > 1) problem(`${files.length} articles have its address (${files.join(', ')})`);
    else perFile.set(files[0] as string, [...(perFile.get(files[0] as string) ?? []), item]);
  }
  const placed = await placeInArticles(perFile, WEB_ANNOTATIONS_ACTION, context, {
    known: (article) => article.sidecar.annotations.map((a) => a.id),
    keyOf: (item) => item.id,
    place: (item, article, now) => placedAnnotation(item, article.file, article.index, now),
    unplaced: (item, reason) => ({ id: item.id, uri: item.sources[0] ?? '', quote: item.quote?.exact ?? '', reason }),
  });
  return { ...placed, replies: 0, unmatched: [...unmatched, ...placed.unmatched] };
}

/**
 * The annotation as our sidecar holds it: its own fields, its target this
 * article at the place its quote was found, and what the W3C model allows
 * and our sidecars spell one way given that way (a body that is not a
 * list, `bodyValue`, no dates); or why it cannot be one.
 */
function placedAnnotation(item: WebAnnotationItem, file: string, index: CodePointIndex, now: string): { annotation: Annotation } | { problem: string } {
  const place = anchorQuote(index, item.quote as NonNullable<WebAnnotationItem['quote']>);
  if ('problem' in place) return place;
  const { quote, position } = describeRange(index, place.start, place.end);
  // The other copy's context, target and review marker are its own: ours are written with the sidecar, the place and the anchoring.
  const { '@context': _context, target: _target, [REVIEW_KEY]: _review, [LEGACY_REVIEW_KEY]: _legacy, bodyValue, body, ...rest } = item.annotation;
  const bodies = [...(body === undefined ? [] : Array.isArray(body) ? body : [body]), ...(typeof bodyValue === 'string' ? [{ type: 'TextualBody', purpose: 'commenting', value: bodyValue }] : [])].map(
    (b) => (typeof b === 'string' ? { id: b } : b),
  );
  for (const b of bodies as Record<string, unknown>[]) {
    if (b['type'] !== 'TextualBody' || b['purpose'] !== TAGGING || typeof b['value'] !== 'string') continue;
    const label = normalizeTagLabel(b['value']);
    b['value'] = label;
    const problem = labelProblem(label);
    if (problem) return { problem: `its tag "${label}" cannot be a tag here: ${problem}` };
  }
  const tagged = bodies.some((b) => typeof b === 'object' && b !== null && (b as Record<string, unknown>)['purpose'] === TAGGING);
  const candidate = {
    motivation: tagged ? TAGGING : 'highlighting',
    created: now,
    modified: now,
    ...rest,
    body: bodies,
    target: { source: file, selector: [quote, position] },
  };
  const parsed = annotationSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `not an annotation the app can keep: ${formatPath(issue?.path ?? []) || 'it'}: ${issue?.message ?? 'invalid'}` };
  }
  return { annotation: fromStoredAnnotation(parsed.data as Record<string, unknown>) };
}

/** The set's articles that a target names: by file name, else by the page's address. */
async function articleFinder(context: HypothesisContext): Promise<(sources: readonly string[]) => string[]> {
  const files = await context.set.store.listArticleFiles();
  const byName = new Set(files);
  const byPage = new Map<string, string[]>();
  for (const file of files) {
    const url = (await context.set.articles.summary(file)).url;
    const key = url === undefined ? null : pageKey(url);
    if (key !== null) byPage.set(key, [...(byPage.get(key) ?? []), file]);
  }
  return (sources) => {
    const named = sources.flatMap(fileNamesOf).find((f) => byName.has(f));
    if (named !== undefined) return [named];
    for (const source of sources) {
      const key = pageKey(source);
      const found = key === null ? undefined : byPage.get(key);
      if (found) return found;
    }
    return [];
  };
}

/** The file names a target may give: as written, or as a relative reference to a file of the folder ("./a.txt", "a%20b.txt"). */
function fileNamesOf(source: string): string[] {
  if (/^[a-z][a-z0-9+.-]*:/iu.test(source)) return [];
  const name = source.replace(/^\.\//u, '');
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: the name as written.
  }
  return [...new Set([name, decoded])].filter((n) => !n.includes('/') && !n.includes('\\'));
}

/**
 * An annotations file of an import, to the importer its content says: a file
 * of W3C Web Annotations (by its types or context), else a Hypothesis export.
 */
export async function importAnnotationsFile(name: string, text: string, context: HypothesisContext): Promise<AnnotationsImport> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AnnotatorError('invalid-article', `${name}: this is not JSON (${(error as Error).message}).`, name);
  }
  return isWebAnnotationJson(json) ? importWebAnnotations(name, json, context) : importHypothesis(name, text, context);
}
