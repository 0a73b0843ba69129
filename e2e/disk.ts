/** Reading what the app wrote, with the core's own validator: the contract, not the UI, is the judge. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSidecar, sidecarNameFor, type Sidecar } from '../annotations/sidecar/schema';
import { positionSelectorOf, quoteSelectorOf } from '../annotations/model/annotation';

export async function readSidecarFile(folder: string, article: string): Promise<Sidecar> {
  const name = sidecarNameFor(article);
  return parseSidecar(await readFile(path.join(folder, name), 'utf8'), name);
}

/** The article's text as the format defines it: UTF-8, BOM removed, as code points. */
export async function articleCodePoints(folder: string, article: string): Promise<string[]> {
  return Array.from((await readFile(path.join(folder, article), 'utf8')).replace(/^\uFEFF/u, ''));
}

export function quoteAndSlice(annotation: Sidecar['annotations'][number], codePoints: string[]): { quote: string; slice: string } {
  const quote = quoteSelectorOf(annotation)?.exact ?? '';
  const position = positionSelectorOf(annotation);
  const slice = position ? codePoints.slice(position.start, position.end).join('') : '';
  return { quote, slice };
}
