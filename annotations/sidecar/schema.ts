/**
 * The on-disk formats: sidecars (`<article>.annotations.json`) and the set's
 * codebook (`annotation-set.json`). Parsing validates everything the app relies
 * on and keeps every other field (`z.looseObject`), so saving a file written by
 * another tool or a newer version never drops its data.
 *
 * Errors name the file and the JSON path of the first problem, because an
 * analyst (or a script author) has to find and fix it by hand.
 */
import { z } from 'zod';
import { CONFIDENCES, STANCES } from '../model/claim';
import { AnnotatorError } from '../errors';
import type { Annotation } from '../model/annotation';
import type { SetFile } from '../model/codebook';
import { stripBom } from '../text/code-points';
import { conflictMarkerProblem } from './conflict-markers';
import { fromStoredAnnotation, toStoredAnnotation } from './stored-annotation';

export const SIDECAR_FORMAT = 'research-annotator/sidecar';
export const SIDECAR_VERSION = 1;
export const SIDECAR_SUFFIX = '.annotations.json';
export const SET_FORMAT = 'research-annotator/set';
export const SET_VERSION = 1;

/** The sidecar sits beside its article: `000.txt` → `000.txt.annotations.json`. */
export function sidecarNameFor(articleFile: string): string {
  return articleFile + SIDECAR_SUFFIX;
}

export function isSidecarName(name: string): boolean {
  return name.length > SIDECAR_SUFFIX.length && name.endsWith(SIDECAR_SUFFIX);
}

export interface Sidecar {
  format: typeof SIDECAR_FORMAT;
  version: 1;
  article: {
    file: string;
    sha256: string;
    title?: string;
    source?: string;
    author?: string;
    published?: string;
    url?: string;
    accessed?: string;
    [k: string]: unknown;
  };
  annotations: Annotation[];
  [k: string]: unknown;
}

// ---- Building blocks ----

/** "expected a string", or "missing (expected a string)" when the field is absent. */
function expected(what: string): (issue: { input?: unknown }) => string {
  return (issue) => (issue.input === undefined ? `missing (expected ${what})` : `expected ${what}`);
}

const nonEmptyString = z.string({ error: expected('a string') }).min(1, { error: 'expected a non-empty string' });
const optionalString = z.string({ error: expected('a string') }).optional();
const offset = z
  .number({ error: expected('a number') })
  .int({ error: 'expected a whole number' })
  .nonnegative({ error: 'expected a number >= 0' });
const AN_OBJECT = { error: expected('an object') };
const AN_ARRAY = { error: expected('an array') };

/** The first two fields of each file of ours: which format it is, and which version of it. */
export function formatFields<const F extends string, const V extends number>(format: F, version: V) {
  return {
    format: z.literal(format, { error: expected(`"${format}"`) }),
    version: z.literal(version, { error: expected(String(version)) }),
  };
}
const timestamp = z.iso.datetime({ offset: true, error: expected('an ISO 8601 date-time, e.g. 2025-01-31T12:00:00Z') });

/** JSON Schema of a zod schema, for embedding in another schema's `meta` (no `$schema` key). */
function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
  return rest;
}

// ---- Selectors ----

export const textQuoteSelectorSchema = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: nonEmptyString,
  prefix: optionalString,
  suffix: optionalString,
});

export const textPositionSelectorSchema = z
  .looseObject({ type: z.literal('TextPositionSelector'), start: offset, end: offset }, AN_OBJECT)
  .refine((s) => s.end >= s.start, { error: 'expected end >= start', path: ['end'] });

const knownSelectors: Record<string, z.ZodType> = {
  TextQuoteSelector: textQuoteSelectorSchema,
  TextPositionSelector: textPositionSelectorSchema,
};

/**
 * Any selector with a `type`; the two we use are checked in full. A union would
 * report "Invalid input" for a bad quote selector, so we dispatch on `type`
 * ourselves and pass the precise issues on.
 */
const selectorSchema = z
  .looseObject({ type: z.string({ error: expected('a string') }) }, AN_OBJECT)
  .superRefine((selector, ctx) => {
    // Own keys only: a selector of type "constructor" or "toString" is another tool's, not Object's.
    const known = Object.hasOwn(knownSelectors, selector.type) ? knownSelectors[selector.type] : undefined;
    const result = known?.safeParse(selector);
    for (const issue of result?.error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.filter(isPathKey) });
    }
  })
  .meta({
    allOf: [
      { if: { properties: { type: { const: 'TextQuoteSelector' } } }, then: jsonSchemaOf(textQuoteSelectorSchema) },
      { if: { properties: { type: { const: 'TextPositionSelector' } } }, then: jsonSchemaOf(textPositionSelectorSchema) },
    ],
  });

function isPathKey(key: PropertyKey): key is string | number {
  return typeof key !== 'symbol';
}

function containsType(type: string): Record<string, unknown> {
  return { contains: { type: 'object', properties: { type: { const: type } }, required: ['type'] } };
}

const selectorListSchema = z
  .array(selectorSchema, AN_ARRAY)
  .superRefine((selectors, ctx) => {
    for (const type of ['TextQuoteSelector', 'TextPositionSelector']) {
      if (!selectors.some((s) => s.type === type)) ctx.addIssue({ code: 'custom', message: `expected a ${type}` });
    }
  })
  .meta({ allOf: [containsType('TextQuoteSelector'), containsType('TextPositionSelector')] });

/** A passage that is not an annotation: its article and its two selectors (a dismissed suggestion). */
const passageRefSchema = z.looseObject(
  { source: nonEmptyString, selector: selectorListSchema },
  { error: expected('an object { source, selector }') },
);

// ---- Bodies ----

const TEXT_PURPOSES = ['tagging', 'commenting'];

/** Tags and notes must carry text; any other body (image, link, other purpose) is kept as is. */
const bodySchema = z
  .looseObject({}, AN_OBJECT)
  .superRefine((body, ctx) => {
    const isOurs = body['type'] === 'TextualBody' && TEXT_PURPOSES.includes(body['purpose'] as string);
    if (isOurs && typeof body['value'] !== 'string') {
      ctx.addIssue({ code: 'custom', message: 'expected a string', path: ['value'] });
    }
  })
  .meta({
    if: {
      properties: { type: { const: 'TextualBody' }, purpose: { enum: TEXT_PURPOSES } },
      required: ['type', 'purpose'],
    },
    then: { properties: { value: { type: 'string' } }, required: ['value'] },
  });

// ---- Annotations ----

const reviewSchema = z.looseObject(
  {
    reason: z.literal('approximate-match', { error: expected('"approximate-match"') }),
    score: z.number({ error: expected('a number from 0 to 1') }).min(0).max(1),
    previousExact: z.string({ error: expected('a string') }),
    since: timestamp,
  },
  AN_OBJECT,
);

export const annotationSchema = z.looseObject(
  {
    id: nonEmptyString,
    type: z.literal('Annotation', { error: expected('"Annotation"') }),
    motivation: z.string({ error: expected('a string') }),
    created: timestamp,
    modified: timestamp,
    // Absent for a plain highlight (the W3C model leaves the key out when there is no body); older files wrote [].
    body: z.array(bodySchema, AN_ARRAY).optional(),
    target: z.looseObject({ source: z.string({ error: expected('a string') }), selector: selectorListSchema }, AN_OBJECT),
    // Claim fields (see model/claim.ts and docs/sidecar-format.md).
    'ra:stance': z.enum(STANCES, { error: expected(`one of ${STANCES.join(', ')}`) }).optional(),
    'ra:attribution': z.string({ error: expected('a string') }).optional(),
    'ra:confidence': z.enum(CONFIDENCES, { error: expected(`one of ${CONFIDENCES.join(', ')}`) }).optional(),
    'ra:sameClaimAs': z.array(nonEmptyString, AN_ARRAY).optional(),
    // Links of other kinds and dismissals (see model/claim-links.ts and docs/sidecar-format.md).
    'ra:disputes': z.array(nonEmptyString, AN_ARRAY).optional(),
    'ra:disputedBy': z.array(nonEmptyString, AN_ARRAY).optional(),
    'ra:notSameClaimAs': z
      .array(z.union([nonEmptyString, passageRefSchema], { error: 'expected an annotation id or a passage { source, selector }' }), AN_ARRAY)
      .optional(),
    /** Set by the app after an approximate re-anchoring, until the analyst confirms (see docs/sidecar-format.md). */
    'ra:anchorReview': reviewSchema.optional(),
    /** The same, as sidecars written before it had the `ra:` prefix hold it (read, never written). */
    anchorReview: reviewSchema.optional(),
  },
  AN_OBJECT,
);

const annotationListSchema = z
  .array(annotationSchema, AN_ARRAY)
  .superRefine((annotations, ctx) => {
    const seen = new Set<string>();
    annotations.forEach((annotation, i) => {
      if (seen.has(annotation.id)) {
        ctx.addIssue({ code: 'custom', message: `duplicate annotation id "${annotation.id}"`, path: [i, 'id'] });
      }
      seen.add(annotation.id);
    });
  })
  .meta({ description: 'Annotation ids must be unique within the file.' });

const articleSchema = z.looseObject(
  {
    file: nonEmptyString,
    sha256: z
      .string({ error: expected('a string') })
      .regex(/^[0-9a-f]{64}$/u, { error: 'expected 64 lowercase hexadecimal digits (SHA-256)' }),
    title: optionalString,
    source: optionalString,
    author: optionalString,
    published: optionalString,
    url: optionalString,
    accessed: optionalString,
  },
  AN_OBJECT,
);

export const sidecarSchema = z
  .looseObject(
    {
      ...formatFields(SIDECAR_FORMAT, SIDECAR_VERSION),
      article: articleSchema,
      annotations: annotationListSchema,
    },
    AN_OBJECT,
  )
  .meta({
    title: 'Research Annotator sidecar',
    description:
      'W3C Web Annotations of one article, stored beside it as <article file>.annotations.json. ' +
      'Offsets count Unicode code points of the article decoded as UTF-8 with a leading BOM removed.',
  });

// ---- Codebook ----

export const tagSchema = z.looseObject(
  {
    label: nonEmptyString,
    color: z.string({ error: expected('a string') }).regex(/^#[0-9a-fA-F]{6}$/u, { error: 'expected a colour #rrggbb' }),
    description: optionalString,
    /** 1–9, or null for none; absent: the next free digit (model/codebook.ts hotkeysOf). */
    hotkey: z.number({ error: expected('a digit 1–9 or null') }).int().min(1).max(9).nullable().optional(),
  },
  AN_OBJECT,
);

export const setFileSchema = z
  .looseObject(
    {
      ...formatFields(SET_FORMAT, SET_VERSION),
      name: optionalString,
      tags: z.array(tagSchema, AN_ARRAY),
    },
    AN_OBJECT,
  )
  .meta({ title: 'Research Annotator set (codebook)' });

// ---- Parsing ----

/** `annotations[2].target.selector[0].exact`, as a reader would type it into jq. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/u.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/**
 * Deeper JSON is refused: no real file nests anywhere near this deep, and
 * JSON.stringify (every save) recurses, overflowing the stack at a few
 * thousand levels; a file the app accepted could then never be saved.
 */
export const MAX_JSON_DEPTH = 1000;

/** JSON text → value, or an 'invalid-sidecar' error naming the file. */
function parseJson(json: string, fileName: string): unknown {
  const text = stripBom(json);
  if (text.trim() === '') throw invalid(fileName, 'the file is empty');
  if (text.includes('\0')) throw invalid(fileName, 'the file contains NUL bytes, so it is not a JSON text file');
  const conflict = conflictMarkerProblem(text);
  if (conflict !== null) throw invalid(fileName, conflict);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw invalid(fileName, `the file is not valid JSON${detail}`);
  }
  const problem = unwritable(value);
  if (problem !== null) throw invalid(fileName, problem);
  return value;
}

/**
 * What JSON.parse accepts but a save could not write back as it was: nesting
 * deeper than MAX_JSON_DEPTH, and numbers beyond the range of a double such as
 * 1e400 (read as Infinity, written as null). The first one found, or null.
 * Not recursive, so any depth is safe.
 */
function unwritable(value: unknown): string | null {
  interface Entry {
    node: object;
    depth: number;
    key: string | number;
    parent: Entry | null;
  }
  const pathTo = (entry: Entry, key: string | number): (string | number)[] => {
    const keys = [key];
    for (let e: Entry | null = entry; e?.parent; e = e.parent) keys.unshift(e.key);
    return keys;
  };
  const stack: Entry[] = typeof value === 'object' && value !== null ? [{ node: value, depth: 1, key: '', parent: null }] : [];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    if (entry.depth > MAX_JSON_DEPTH) {
      return `the JSON is nested more than ${MAX_JSON_DEPTH} levels deep (arrays or objects inside each other)`;
    }
    const { node } = entry;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      const child: unknown = (node as Record<string | number, unknown>)[key];
      if (typeof child === 'number' && !Number.isFinite(child)) {
        return `${formatPath(pathTo(entry, key))}: the number is too large to be kept (beyond ±1.8e308)`;
      }
      if (typeof child === 'object' && child !== null) stack.push({ node: child, depth: entry.depth + 1, key, parent: entry });
    }
  }
  return null;
}

function invalid(fileName: string, message: string): AnnotatorError {
  return new AnnotatorError('invalid-sidecar', `${fileName}: ${message}`, fileName);
}

/**
 * A file from a newer version may hold data this version cannot represent:
 * refuse it before validation, so it is reported as such and never rewritten.
 */
function refuseNewerVersion(value: unknown, supported: number, fileName: string): void {
  if (typeof value !== 'object' || value === null) return;
  const version = (value as Record<string, unknown>)['version'];
  if (typeof version === 'number' && version > supported) {
    throw new AnnotatorError(
      'unsupported-version',
      `${fileName} was written by a newer version of Research Annotator (format version ${version}; ` +
        `this version reads ${supported}). It will not be modified; update Research Annotator to change it.`,
      fileName,
    );
  }
}

/**
 * Returns the parsed JSON itself once the schema accepts it, not zod's copy:
 * zod would put known keys first, and a save would then reorder the fields of
 * files written by other tools. The schemas have no defaults or transforms,
 * so the values are the same.
 */
function validate<T>(schema: z.ZodType, value: unknown, fileName: string): T {
  const result = schema.safeParse(value);
  if (result.success) return value as T;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
  throw invalid(fileName, `${where}${issue?.message ?? 'invalid content'}`);
}

/** Throws AnnotatorError 'invalid-sidecar' or 'unsupported-version', naming `fileName`. */
export function parseSidecar(json: string, fileName: string): Sidecar {
  const value = parseJson(json, fileName);
  refuseNewerVersion(value, SIDECAR_VERSION, fileName);
  // The schema checks what the stored form promises; fromStoredAnnotation makes it the Sidecar type.
  const sidecar = validate<Sidecar>(sidecarSchema, value, fileName);
  sidecar.annotations = sidecar.annotations.map((a) => fromStoredAnnotation(a));
  return sidecar;
}

/** Each annotation in its stored form (sidecar/stored-annotation.ts): a Web Annotation that stands alone. */
export function serializeSidecar(sidecar: Sidecar): string {
  return JSON.stringify({ ...sidecar, annotations: sidecar.annotations.map(toStoredAnnotation) }, null, 2) + '\n';
}

export function emptySidecar(file: string, sha256: string): Sidecar {
  return { format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: { file, sha256 }, annotations: [] };
}

/** Same rules as sidecars: errors are 'invalid-sidecar' or 'unsupported-version', naming `fileName`. */
export function parseSetFile(json: string, fileName: string): SetFile {
  const value = parseJson(json, fileName);
  refuseNewerVersion(value, SET_VERSION, fileName);
  return validate<SetFile>(setFileSchema, value, fileName);
}

export function serializeSetFile(setFile: SetFile): string {
  return JSON.stringify(setFile, null, 2) + '\n';
}

export function emptySetFile(): SetFile {
  return { format: SET_FORMAT, version: SET_VERSION, tags: [] };
}

/** Another versioned JSON file of the set (the trash, trash.ts), by the same rules and with the same errors. */
export function parseVersionedJson<T>(json: string, fileName: string, schema: z.ZodType, supported: number): T {
  const value = parseJson(json, fileName);
  refuseNewerVersion(value, supported, fileName);
  return validate<T>(schema, value, fileName);
}
