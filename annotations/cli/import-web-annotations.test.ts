/**
 * `research-annotator import` of W3C Web Annotations, run as the built CLI on
 * real files: the brief's own JSON-LD export brought into another copy of
 * the set, and another tool's annotations written the ways the W3C model
 * allows.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAnnotatedSeedSet } from '../node/annotated-seed-set';
import { parseSidecar, sidecarNameFor } from '../sidecar/schema';
import { runCli } from './test-support';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'annotator-cli-web-annotations-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The annotations of each sidecar of `folder`, by id. */
async function annotationsOf(folder: string): Promise<Map<string, Record<string, unknown>>> {
  const byId = new Map<string, Record<string, unknown>>();
  for (const name of (await readdir(folder)).filter((f) => f.endsWith('.annotations.json'))) {
    for (const a of parseSidecar(await readFile(path.join(folder, name), 'utf8'), name).annotations) byId.set(a.id, a as Record<string, unknown>);
  }
  return byId;
}

/** The same articles, no sidecar. */
async function articlesOnly(from: string, name: string): Promise<string> {
  const to = path.join(root, name);
  await mkdir(to);
  for (const f of (await readdir(from)).filter((f) => f.endsWith('.txt'))) await copyFile(path.join(from, f), path.join(to, f));
  return to;
}

describe('import of the brief’s JSON-LD export into another copy of the set', () => {
  it('brings every annotation whose quote is in the text, each the same in every field and place; a second import adds nothing', async () => {
    const source = path.join(root, 'source');
    await mkdir(source);
    await writeAnnotatedSeedSet(source);
    const exported = path.join(root, 'set.jsonld');
    expect(runCli(root, ['brief', source, '--format', 'jsonld', '--out', exported]).status).toBe(0);
    const copy = await articlesOnly(source, 'copy');

    const run = runCli(root, ['import', copy, exported, '--json']);
    const [item] = (JSON.parse(run.stdout) as { items: { annotations: { added: number; alreadyThere: number; unmatched: { id: string; reason: string }[] } }[] }).items;
    const before = await annotationsOf(source);
    const after = await annotationsOf(copy);
    // The seed set holds one annotation whose stored quote is no longer the text's (it re-anchors approximately, for
    // the analyst to confirm): the import does not guess it onto the words that resemble it, and says so.
    expect(item?.annotations.unmatched).toEqual([expect.objectContaining({ reason: expect.stringContaining('not guessed') })]);
    expect(run.status).toBe(1);
    expect(item?.annotations.added).toBe(before.size - 1);
    expect(after.size).toBe(before.size - 1);
    for (const [id, annotation] of after) {
      const { 'ra:anchorReview': _review, ...original } = before.get(id) as Record<string, unknown>;
      expect(annotation).toEqual(original);
    }
    // Links between claims hold: every linked id is an annotation of the copy, or the one not placed.
    const linked = [...after.values()].flatMap((a) => (a['ra:sameClaimAs'] as string[] | undefined) ?? []);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((id) => !after.has(id) && id !== item?.annotations.unmatched[0]?.id)).toEqual([]);

    const again = JSON.parse(runCli(root, ['import', copy, exported, '--json']).stdout) as { items: { annotations: { added: number; alreadyThere: number } }[] };
    expect(again.items[0]?.annotations).toMatchObject({ added: 0, alreadyThere: before.size - 1 });
    expect((await annotationsOf(copy)).size).toBe(before.size - 1);
  }, 60_000);
});

describe('import of another tool’s Web Annotations', () => {
  const ARTICLE = 'report.txt';
  const TEXT = 'Officials said rockets hit the northern depot on Tuesday, killing 12.\nThe ministry denied any involvement.\n';

  it('places them by their quote in the article they name, in each form the model allows, and names what it cannot place', async () => {
    const set = path.join(root, 'other-tool');
    await mkdir(set);
    await writeFile(path.join(set, ARTICLE), TEXT);
    const page = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        // One selector, not a list; one body, not a list; no dates; the positions of another copy of the text.
        {
          id: 'https://example.org/anno/1',
          type: 'Annotation',
          body: { type: 'TextualBody', purpose: 'tagging', value: ' strike ' },
          target: { source: ARTICLE, selector: [{ type: 'TextPositionSelector', start: 500, end: 520 }, { type: 'TextQuoteSelector', exact: 'rockets hit the northern depot' }] },
        },
        // A note as `bodyValue`, the source as a relative reference.
        { id: 'https://example.org/anno/2', type: 'Annotation', bodyValue: 'A flat denial', target: { source: `./${ARTICLE}`, selector: { type: 'TextQuoteSelector', exact: 'The ministry denied any involvement' } } },
        { id: 'https://example.org/anno/3', type: 'Annotation', target: { source: ARTICLE, selector: { type: 'TextPositionSelector', start: 0, end: 9 } } },
        { id: 'https://example.org/anno/4', type: 'Annotation', target: { source: ARTICLE, selector: { type: 'TextQuoteSelector', exact: 'rockets hit the southern port' } } },
        { id: 'https://example.org/anno/5', type: 'Annotation', target: { source: 'elsewhere.txt', selector: { type: 'TextQuoteSelector', exact: 'The ministry' } } },
      ],
    };
    await writeFile(path.join(root, 'other.json'), JSON.stringify(page));

    const run = runCli(root, ['import', set, 'other.json']);
    expect(run.stdout).toBe(`imported  other.json -> 2 annotations in ${ARTICLE}\n`);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^unplaced {2}other\.json: https:\/\/example\.org\/anno\/3 "": no quote to place it by/u),
      expect.stringMatching(/^unplaced {2}other\.json: https:\/\/example\.org\/anno\/5 "The ministry": no article of the set is elsewhere\.txt/u),
      expect.stringMatching(/^unplaced {2}other\.json: https:\/\/example\.org\/anno\/4 "rockets hit the southern port": .+ \(report\.txt\)$/u),
    ]);
    expect(run.status).toBe(1);

    const name = sidecarNameFor(ARTICLE);
    const [tagged, noted] = parseSidecar(await readFile(path.join(set, name), 'utf8'), name).annotations;
    expect(tagged).toMatchObject({ id: 'https://example.org/anno/1', motivation: 'tagging', body: [{ type: 'TextualBody', purpose: 'tagging', value: 'strike' }] });
    expect(tagged?.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'rockets hit the northern depot', prefix: 'Officials said ', suffix: ' on Tuesday, killing 12.\nThe min' },
      { type: 'TextPositionSelector', start: 15, end: 45 },
    ]);
    expect(noted).toMatchObject({ id: 'https://example.org/anno/2', body: [{ type: 'TextualBody', purpose: 'commenting', value: 'A flat denial' }] });
    expect(noted?.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 70, end: 105 });
  }, 60_000);

  it('refuses a collection whose pages are not in the file, naming it, and changes nothing', async () => {
    const set = path.join(root, 'paged');
    await mkdir(set);
    await writeFile(path.join(set, ARTICLE), TEXT);
    await writeFile(path.join(root, 'paged.jsonld'), JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: 'https://example.org/page1' }));
    const run = runCli(root, ['import', set, 'paged.jsonld']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('refused   paged.jsonld: its collection names its first page by address only; the pages must be in the file (nothing is fetched).\n');
    expect(await readdir(set)).toEqual([ARTICLE]);
  }, 60_000);
});
