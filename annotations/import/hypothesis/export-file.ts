/**
 * A Hypothesis export: the JSON the Hypothesis client saves ("Export
 * annotations": `{ export_date, export_userid, client_version, annotations }`),
 * a page of its search API (`{ total, rows }`), or a bare list of its
 * annotations. Each annotation (h's API format) names the page it was made on
 * (`uri`, `target[].source`), where on it (`target[].selector`: a
 * `TextQuoteSelector` with `exact`, `prefix`, `suffix`; the positions count
 * the live page's text, not ours, so they are not used), its note (`text`)
 * and `tags`. Replies (`references`) annotate annotations, not the page.
 */
import { z } from 'zod';
import { AnnotatorError } from '../../errors';
import type { TextQuoteSelector } from '../../model/annotation';

export interface HypothesisAnnotation {
  id: string;
  /** The page's address as Hypothesis saw it. */
  uri: string;
  /** What was highlighted, with its context; null for a page note (no selection). */
  quote: TextQuoteSelector | null;
  note: string;
  tags: string[];
  /** The annotation's own address (kept as the imported annotation's `via`). */
  link: string;
  isReply: boolean;
}

const selectorSchema = z.looseObject({ type: z.string() });
const annotationSchema = z.looseObject({
  id: z.string().min(1).max(200),
  uri: z.string().max(4000),
  text: z.string().max(1_000_000).optional(),
  tags: z.array(z.string().max(500)).max(1000).optional(),
  references: z.array(z.string()).optional(),
  target: z
    .array(z.looseObject({ source: z.string().max(4000).optional(), selector: z.array(selectorSchema).optional() }))
    .optional(),
  links: z.looseObject({ html: z.string().optional() }).optional(),
});
const fileSchema = z.union([
  z.looseObject({ annotations: z.array(z.unknown()) }),
  z.looseObject({ rows: z.array(z.unknown()) }),
  z.array(z.unknown()),
]);

/** Reads the export, or throws an AnnotatorError naming the file and the first problem. */
export function readHypothesisExport(name: string, text: string): HypothesisAnnotation[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AnnotatorError('invalid-article', `${name}: this is not JSON (${(error as Error).message}).`, name);
  }
  const file = fileSchema.safeParse(json);
  if (!file.success) {
    throw new AnnotatorError('invalid-article', `${name}: this is not a Hypothesis export (a list of annotations, or an object with "annotations" or "rows").`, name);
  }
  const data = file.data as unknown[] | { annotations?: unknown[]; rows?: unknown[] };
  const items: unknown[] = Array.isArray(data) ? data : (data.annotations ?? data.rows ?? []);
  return items.map((item, i) => {
    const parsed = annotationSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AnnotatorError('invalid-article', `${name}: annotation ${i + 1} is not a Hypothesis annotation (${issue?.path.join('.') || 'it'}: ${issue?.message ?? 'invalid'}).`, name);
    }
    const a = parsed.data;
    return {
      id: a.id,
      uri: a.uri,
      quote: quoteOf(a.target ?? []),
      note: a.text ?? '',
      tags: (a.tags ?? []).map((t) => t.trim()).filter((t) => t !== ''),
      link: a.links?.html ?? `https://hypothes.is/a/${a.id}`,
      isReply: (a.references ?? []).length > 0,
    };
  });
}

function quoteOf(targets: readonly { selector?: readonly { type: string; [k: string]: unknown }[] | undefined }[]): TextQuoteSelector | null {
  for (const target of targets) {
    const selector = target.selector?.find((s) => s.type === 'TextQuoteSelector');
    if (selector && typeof selector['exact'] === 'string' && selector['exact'].trim() !== '') {
      const prefix = typeof selector['prefix'] === 'string' ? selector['prefix'] : undefined;
      const suffix = typeof selector['suffix'] === 'string' ? selector['suffix'] : undefined;
      return { type: 'TextQuoteSelector', exact: selector['exact'], ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
    }
  }
  return null;
}
