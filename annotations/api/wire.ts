/**
 * How results cross the process boundary (Electron's IPC, the test bridge):
 * as the contract declares them (contract.ts `CallResults`), except an
 * opened article, whose annotations go compact. Both transports encode with
 * `toWire` after `dispatch`, and the client (client.ts) decodes with
 * `fromWire`, so neither side ever sees the wire form: handlers return, and
 * the UI receives, an `ArticleView`.
 *
 * A long article holds thousands of annotations, and as JSON objects each
 * repeated its keys, its dates and its tags, and its quote, which is mostly
 * the text at its place, already sent once as the article. On the wire each
 * annotation is a row of values: keys once per shape (the keys in order),
 * repeated strings once in a table, and the quote left out (null) where it
 * is the text at [start, end). Decoding builds the same objects, keys in the
 * same order, and repeated strings shared (one string for each date and tag).
 */
import { CodePointIndex } from '../text/code-points';
import type { ApiResult, CallName } from './contract';
import type { AnnotationView, ArticleView } from './view-types';

/** An ArticleView as it crosses: its annotations as rows. */
export interface WireArticle extends Omit<ArticleView, 'annotations'> {
  annotations: WireAnnotations;
}

export interface WireAnnotations {
  /** Each shape: an annotation's keys, in their order. */
  shapes: string[][];
  /** Strings that repeat (dates, tags, statuses…), referred to by index. */
  strings: string[];
  /** Per annotation: its shape's index, then each key's value (`Encoded`). */
  rows: unknown[][];
}

/**
 * How each key's value is written: `table` a string as its index in
 * `strings`, `tables` an array of strings as their indices, `quote` the
 * quote (null: the text at the annotation's place). Any other key's value as
 * it is, so a field added to AnnotationView crosses (uncompressed) without a
 * change here.
 */
const CODECS: Partial<Record<keyof AnnotationView, 'table' | 'tables' | 'quote'>> = {
  exact: 'quote',
  tags: 'tables',
  status: 'table',
  created: 'table',
  modified: 'table',
  stance: 'table',
  confidence: 'table',
  attribution: 'table',
  creators: 'tables',
};

/** The result of call `name` as it crosses: an opened article's annotations in rows, anything else as it is. */
export function toWire(name: CallName, result: ApiResult<unknown>): ApiResult<unknown> {
  if (name !== 'openArticle' || !result.ok) return result;
  const view = result.value as ArticleView;
  return { ok: true, value: { ...view, annotations: encodeAnnotations(view.text, view.annotations) } satisfies WireArticle };
}

/** The inverse of toWire, in the client: the result as the contract declares it. */
export function fromWire(name: CallName, result: unknown): unknown {
  if (name !== 'openArticle' || !isOk(result) || !isWireArticle(result.value)) return result;
  const wire = result.value;
  return { ok: true, value: { ...wire, annotations: decodeAnnotations(wire.text, wire.annotations) } satisfies ArticleView };
}

function isOk(result: unknown): result is { ok: true; value: unknown } {
  return typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === true;
}

function isWireArticle(value: unknown): value is WireArticle {
  const annotations = typeof value === 'object' && value !== null ? (value as { annotations?: unknown }).annotations : undefined;
  return typeof annotations === 'object' && annotations !== null && Array.isArray((annotations as { rows?: unknown }).rows);
}

export function encodeAnnotations(text: string, annotations: readonly AnnotationView[]): WireAnnotations {
  const index = new CodePointIndex(text);
  const shapes: string[][] = [];
  const shapeOf = new Map<string, number>();
  const strings: string[] = [];
  const stringOf = new Map<string, number>();
  const intern = (s: string) => {
    let i = stringOf.get(s);
    if (i === undefined) stringOf.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const rows = annotations.map((annotation) => {
    // As JSON would: a key whose value is undefined is left out.
    const keys = Object.keys(annotation).filter((key) => annotation[key as keyof AnnotationView] !== undefined);
    const signature = keys.join('\u0000');
    let shape = shapeOf.get(signature);
    if (shape === undefined) shapeOf.set(signature, (shape = shapes.push(keys) - 1));
    const row: unknown[] = [shape];
    for (const key of keys) {
      const value = annotation[key as keyof AnnotationView];
      const codec = CODECS[key as keyof AnnotationView];
      if (codec === 'quote') row.push(annotation.start !== null && annotation.end !== null && index.slice(annotation.start, annotation.end) === value ? null : value);
      else if (codec === 'table' && typeof value === 'string') row.push(intern(value));
      else if (codec === 'tables' && Array.isArray(value)) row.push(value.map((s: string) => intern(s)));
      else row.push(value);
    }
    return row;
  });
  return { shapes, strings, rows };
}

export function decodeAnnotations(text: string, wire: WireAnnotations): AnnotationView[] {
  let index: CodePointIndex | null = null;
  const { shapes, strings, rows } = wire;
  return rows.map((row) => {
    const keys = shapes[row[0] as number]!;
    const view: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const value = row[k + 1];
      const codec = CODECS[key as keyof AnnotationView];
      if (codec === 'table' && typeof value === 'number') view[key] = strings[value];
      else if (codec === 'tables' && Array.isArray(value)) view[key] = value.map((i: number) => strings[i]);
      else view[key] = value;
    }
    // The quote left out: the text at its place (set in its key's place, whatever the order of the keys).
    if (view['exact'] === null) view['exact'] = (index ??= new CodePointIndex(text)).slice(view['start'] as number, view['end'] as number);
    return view as unknown as AnnotationView;
  });
}
