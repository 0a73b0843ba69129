/**
 * Test support (never imported by app code): the seed set on disk with the
 * golden brief's annotations (brief/fixtures/seed-set.ts), written as the app
 * writes them, with the seed codebook. Used by the W3C conformance tests and
 * the REFI-QDA round trip.
 */
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describeRange } from '../anchoring/describe';
import { buildSeedSetInput, SEED_FILES, SEED_TAGS } from '../brief/fixtures/seed-set';
import { createAnnotation, type Annotation } from '../model/annotation';
import { withClaim } from '../model/claim';
import { SET_FILE_NAME } from '../model/codebook';
import { SEED_DETAILS } from '../model/seed-details';
import { stableGuid } from '../refi-qda/guid';
import { emptySidecar, serializeSetFile, serializeSidecar, sidecarNameFor } from '../sidecar/schema';
import { CodePointIndex, stripBom } from '../text/code-points';
import { sha256Hex, writeFileAtomic } from './files';

// __dirname, not import.meta: Playwright loads this file (e2e) as CommonJS, Vitest gives both.
export const SEEDS_DIR = path.resolve(__dirname, '../../seeds');
const CREATED = '2025-08-10T09:00:00.000Z';

/** The fixture's ids ("s2-referendum") as the app's own: urn:uuid. */
export function seedAnnotationId(fixtureId: string): string {
  return `urn:uuid:${stableGuid('seed-fixture', fixtureId)}`;
}

/**
 * Writes the annotated seed set into `folder` (which exists); returns each
 * article's annotations. One of them (in 003) is an orphan: its quote is no
 * longer in the text.
 */
export async function writeAnnotatedSeedSet(folder: string): Promise<Map<string, Annotation[]>> {
  const texts = new Map<string, string>();
  for (const file of SEED_FILES) texts.set(file, await readFile(path.join(SEEDS_DIR, file), 'utf8'));
  const input = buildSeedSetInput((file) => texts.get(file) ?? '');
  const written = new Map<string, Annotation[]>();
  for (const article of input.articles) {
    await copyFile(path.join(SEEDS_DIR, article.file), path.join(folder, article.file));
    const index = new CodePointIndex(stripBom(texts.get(article.file) ?? ''));
    const annotations = article.quotes.map((q) => {
      // The fixture's orphan: its quote is no longer in the text, so it keeps selectors of its own.
      const { quote, position } = q.location
        ? describeRange(index, q.location.start, q.location.end)
        : { quote: { type: 'TextQuoteSelector' as const, exact: q.exact }, position: { type: 'TextPositionSelector' as const, start: 0, end: Array.from(q.exact).length } };
      const base = createAnnotation({ id: seedAnnotationId(q.id), now: CREATED, source: article.file, quote, position, tags: q.tags, ...(q.note ? { note: q.note } : {}) });
      return withClaim(base, { ...(q.stance ? { stance: q.stance } : {}), ...(q.attribution ? { attribution: q.attribution } : {}), ...(q.confidence ? { confidence: q.confidence } : {}), ...(q.sameClaimAs.length > 0 ? { sameClaimAs: q.sameClaimAs.map(seedAnnotationId) } : {}) }, CREATED);
    });
    const sidecar = emptySidecar(article.file, sha256Hex(await readFile(path.join(folder, article.file))));
    const details = SEED_DETAILS[article.file] ?? {};
    await writeFileAtomic(path.join(folder, sidecarNameFor(article.file)), serializeSidecar({ ...sidecar, article: { ...sidecar.article, ...details }, annotations }));
    written.set(article.file, annotations);
  }
  await writeFileAtomic(path.join(folder, SET_FILE_NAME), serializeSetFile({ format: 'research-annotator/set', version: 1, name: 'Seed set', tags: SEED_TAGS.map((t) => ({ ...t })) }));
  return written;
}
