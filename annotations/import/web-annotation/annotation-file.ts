/**
 * A file of W3C Web Annotations (https://www.w3.org/TR/annotation-model/):
 * an `AnnotationCollection` whose `first` page is embedded (what the brief's
 * JSON-LD export writes), an `AnnotationPage` (`items`), a list of
 * annotations, or one annotation. Each annotation names what it annotates
 * (`target.source`; for a web page, the article file as the cached copy in
 * `target.state.cached`) and where in it, by a `TextQuoteSelector` with its
 * context: the quote is what places it in our text. Positions count the text
 * the other tool saw, which may differ from ours, so alone they place
 * nothing. Every other field (bodies, the `ra:` claim fields, `creator`,
 * dates) is kept as written, for the sidecar's validation to judge.
 */
import { z } from 'zod';
import { AnnotatorError } from '../../errors';
import type { TextQuoteSelector } from '../../model/annotation';

export interface WebAnnotationItem {
  /** The annotation as written, every field kept. */
  annotation: Record<string, unknown>;
  id: string;
  /** What it names as its target: its `source`, then the cached copy (`state.cached`), if any. */
  sources: string[];
  /** The quote that places it; null when it has none (a whole document, or positions alone). */
  quote: TextQuoteSelector | null;
}

const ANNOTATION_TYPES = new Set(['Annotation', 'oa:Annotation']);

/** Whether the JSON is a Web Annotation file (by its types or its context), rather than another tool's export. */
export function isWebAnnotationJson(json: unknown): boolean {
  const first = Array.isArray(json) ? json[0] : json;
  if (typeof first !== 'object' || first === null) return false;
  const { type, '@context': context } = first as Record<string, unknown>;
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && (ANNOTATION_TYPES.has(t) || t === 'AnnotationCollection' || t === 'AnnotationPage'))) return true;
  const contexts = Array.isArray(context) ? context : [context];
  return contexts.some((c) => typeof c === 'string' && c.startsWith('http://www.w3.org/ns/anno'));
}

const selectorSchema = z.looseObject({ type: z.string() });
const targetSchema = z.looseObject({
  source: z.string().max(4000).optional(),
  selector: z.union([selectorSchema, z.array(selectorSchema)]).optional(),
  state: z.union([z.looseObject({ cached: z.string().max(4000).optional() }), z.array(z.unknown())]).optional(),
});
const annotationSchema = z.looseObject({
  id: z.string().min(1).max(2000),
  target: z.union([z.string().max(4000), targetSchema, z.array(z.union([z.string().max(4000), targetSchema]))]),
});

/** The annotations of the file, or an AnnotatorError naming the file and the first problem. */
export function readWebAnnotationFile(name: string, json: unknown): WebAnnotationItem[] {
  return itemsOf(name, json).map((item, i) => {
    const parsed = annotationSchema.safeParse(item);
    if (!parsed.success || !isAnnotation(item)) {
      const issue = parsed.error?.issues[0];
      const why = issue ? `${issue.path.join('.') || 'it'}: ${issue.message}` : 'its type is not "Annotation"';
      throw refusal(name, `annotation ${i + 1} is not a Web Annotation with an id and a target (${why}).`);
    }
    const targets = (Array.isArray(parsed.data.target) ? parsed.data.target : [parsed.data.target]).map((t) => (typeof t === 'string' ? { source: t } : t));
    const sources = [...new Set(targets.flatMap((t) => [t.source, cachedOf(t.state)]).filter((s): s is string => typeof s === 'string' && s !== ''))];
    return { annotation: item as Record<string, unknown>, id: parsed.data.id, sources, quote: quoteOf(targets) };
  });
}

function itemsOf(name: string, json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (typeof json !== 'object' || json === null) throw refusal(name, 'this is not a Web Annotation file (an annotation, a list of them, a page or a collection).');
  const record = json as Record<string, unknown>;
  const type = record['type'];
  if (type === 'AnnotationCollection') {
    const first = record['first'];
    if (first === undefined) return [];
    if (typeof first !== 'object' || first === null) {
      throw refusal(name, 'its collection names its first page by address only; the pages must be in the file (nothing is fetched).');
    }
    return pageItems(name, first as Record<string, unknown>);
  }
  if (type === 'AnnotationPage') return pageItems(name, record);
  return [json];
}

function pageItems(name: string, page: Record<string, unknown>): unknown[] {
  if (typeof page['next'] === 'string') throw refusal(name, 'its annotations go on in another page, named by address only; the pages must be in the file (nothing is fetched).');
  const items = page['items'];
  if (!Array.isArray(items)) throw refusal(name, 'its page has no list of annotations ("items").');
  return items;
}

function isAnnotation(item: unknown): boolean {
  const type = (item as Record<string, unknown>)['type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ANNOTATION_TYPES.has(t));
}

function cachedOf(state: unknown): string | undefined {
  const states = Array.isArray(state) ? state : [state];
  for (const s of states) {
    const cached = typeof s === 'object' && s !== null ? (s as Record<string, unknown>)['cached'] : undefined;
    if (typeof cached === 'string') return cached;
  }
  return undefined;
}

function quoteOf(targets: readonly { selector?: unknown }[]): TextQuoteSelector | null {
  for (const target of targets) {
    const selectors = Array.isArray(target.selector) ? target.selector : [target.selector];
    for (const s of selectors as Record<string, unknown>[]) {
      if (typeof s !== 'object' || s === null || s['type'] !== 'TextQuoteSelector') continue;
      const { exact, prefix, suffix } = s;
      if (typeof exact !== 'string' || exact.trim() === '') continue;
      return { type: 'TextQuoteSelector', exact, ...(typeof prefix === 'string' && prefix ? { prefix } : {}), ...(typeof suffix === 'string' && suffix ? { suffix } : {}) };
    }
  }
  return null;
}

function refusal(name: string, problem: string): AnnotatorError {
  return new AnnotatorError('invalid-article', `${name}: ${problem}`, name);
}
