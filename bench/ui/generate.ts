/**
 * Deterministic annotation sets for the UI benchmark, written as real folders
 * (articles, sidecars, the codebook) that the app opens as a user would.
 *
 *  - `heavy`: the re-anchoring benchmark's 1 MB pseudo-English article (NBSPs,
 *    em dashes, astral characters, indented paragraphs) with its 5,000
 *    annotations (sentences, phrases, two-sentence passages; some overlap),
 *    plus a short article that the app opens first, so opening the heavy one
 *    is timed from the click in the article list.
 *  - `seed`: a seed article from seeds/ with 50 highlights over its sentences.
 *  - `many`: 500 articles of a few KB, each with a sidecar of 20 annotations.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeRange } from '../../annotations/anchoring/describe';
import { SET_FILE_NAME } from '../../annotations/model/codebook';
import { createAnnotation, type Annotation } from '../../annotations/model/annotation';
import { emptySidecar, serializeSetFile, serializeSidecar, sidecarNameFor, SET_FORMAT, SET_VERSION } from '../../annotations/sidecar/schema';
import { CodePointIndex } from '../../annotations/text/code-points';
import { generate, mulberry32 } from '../reanchor/generate';

/** The codebook of every bench set: the tags the generated annotations use. */
export const TAGS = [
  { label: 'claim', color: '#ffd166' },
  { label: 'evidence', color: '#8ecae6' },
  { label: 'casualty-figure', color: '#f4978e' },
  { label: 'denial', color: '#b5e48c' },
  { label: 'quote', color: '#cdb4db' },
];

export const HEAVY_FILE = 'report.txt';
export const FIRST_FILE = 'a-short-note.txt';

export interface Sizes {
  heavyChars: number;
  heavyAnnotations: number;
  seedAnnotations: number;
  manyArticles: number;
  manyAnnotationsEach: number;
}

const NOW = '2025-01-01T00:00:00.000Z';

async function writeArticle(folder: string, file: string, text: string, annotations: Annotation[]): Promise<void> {
  const sidecar = emptySidecar(file, createHash('sha256').update(text, 'utf8').digest('hex'));
  sidecar.annotations.push(...annotations.map((a) => ({ ...a, target: { ...a.target, source: file } })));
  await writeFile(path.join(folder, file), text);
  await writeFile(path.join(folder, sidecarNameFor(file)), serializeSidecar(sidecar));
}

async function newSet(folder: string, name: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, SET_FILE_NAME), serializeSetFile({ format: SET_FORMAT, version: SET_VERSION, name, tags: TAGS }));
}

/** Annotations over whole sentences of `text`, spread evenly, tags in turn. */
export function sentenceAnnotations(text: string, file: string, count: number, seed: number): Annotation[] {
  const index = new CodePointIndex(text);
  const sentences = [...text.matchAll(/[A-Z][^.!?\n]{8,}[.!?]/gu)].map((m) => [m.index, m.index + m[0].length] as const);
  const random = mulberry32(seed);
  const step = sentences.length / count;
  const annotations: Annotation[] = [];
  for (let k = 0; k < count && sentences.length > 0; k++) {
    const [from, to] = sentences[Math.min(sentences.length - 1, Math.floor(k * step + random() * step))]!;
    const start = index.toCodePoint(from);
    const end = index.toCodePoint(to);
    const { quote, position } = describeRange(index, start, end);
    annotations.push(
      createAnnotation({
        id: `urn:uuid:00000000-0000-4000-9000-${String(seed).padStart(4, '0')}${String(k).padStart(8, '0')}`,
        now: NOW,
        source: file,
        quote,
        position,
        tags: [TAGS[k % TAGS.length]!.label],
      }),
    );
  }
  return annotations;
}

/** The 1 MB article with its annotations, and a short one listed (and opened) before it. */
export async function writeHeavySet(folder: string, sizes: Sizes): Promise<{ text: string; annotations: Annotation[] }> {
  await newSet(folder, 'Heavy report');
  const { original, annotations } = generate({ seed: 7, chars: sizes.heavyChars, annotations: sizes.heavyAnnotations });
  await writeArticle(folder, HEAVY_FILE, original, annotations);
  await writeArticle(folder, FIRST_FILE, 'A short note\n\nNothing much happens here. It is the article the set opens on.\n', []);
  return { text: original, annotations };
}

/** The first seed article with highlights over its sentences (and the short one, opened first). */
export async function writeSeedSet(folder: string, seedsDir: string, sizes: Sizes): Promise<{ file: string; text: string; annotations: Annotation[] }> {
  await newSet(folder, 'Seed');
  const file = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).sort()[0]!;
  const text = await readFile(path.join(seedsDir, file), 'utf8');
  const annotations = sentenceAnnotations(text, file, sizes.seedAnnotations, 1);
  await writeArticle(folder, file, text, annotations);
  await writeArticle(folder, FIRST_FILE, 'A short note\n\nNothing much happens here. It is the article the set opens on.\n', []);
  return { file, text, annotations };
}

/** `manyArticles` articles of about 4 KB (the paragraphs of one generated text, dealt out), each with a sidecar. */
export async function writeManySet(folder: string, sizes: Sizes): Promise<void> {
  await newSet(folder, 'Five hundred articles');
  const { original } = generate({ seed: 11, chars: sizes.manyArticles * 4_000, annotations: sizes.manyArticles });
  const paragraphs = original.split('\n\n');
  const per = Math.max(1, Math.floor(paragraphs.length / sizes.manyArticles));
  for (let i = 0; i < sizes.manyArticles; i++) {
    const file = `article-${String(i).padStart(3, '0')}.txt`;
    const text = `Article ${i}: a report from the field\n\n${paragraphs.slice(i * per, (i + 1) * per).join('\n\n')}\n`;
    await writeArticle(folder, file, text, sentenceAnnotations(text, file, sizes.manyAnnotationsEach, 2000 + i));
  }
}
