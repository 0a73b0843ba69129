/**
 * REFI-QDA export and import on real files: the annotated seed set exported
 * as a .qdpx whose project.qde Project.xsd accepts (xmllint), imported into an
 * empty folder and compared; archives built here with fflate for what other
 * tools write and for every kind of bad input.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anchorAnnotation } from '../anchoring/anchor';
import { SEED_FILES, SEED_TAGS } from '../brief/fixtures/seed-set';
import { noteOf, positionSelectorOf, quoteSelectorOf, tagsOf, type Annotation } from '../model/annotation';
import { claimOf } from '../model/claim';
import { SET_FILE_NAME } from '../model/codebook';
import { parseSetFile, parseSidecar, serializeSetFile, sidecarNameFor } from '../sidecar/schema';
import { CodePointIndex, stripBom } from '../text/code-points';
import { writeAnnotatedSeedSet } from './annotated-seed-set';
import { removeRoot, tempRoot } from './faults/service-harness';
import { exportCodebook, exportProject, importCodebook, importProject } from './refi-qda-service';
import { SetStore } from './set-store';
import { ARCHIVE_LIMITS } from '../refi-qda/archive';

const VENDOR = fileURLToPath(new URL('../../vendor/refi-qda/', import.meta.url));
const NOW = new Date('2025-08-11T10:00:00Z');

let root: string;
beforeEach(async () => {
  root = await tempRoot('annotator-refi-');
});
afterEach(async () => {
  await removeRoot(root);
});

/** xmllint's verdict on `xml` against one of the schemas: '' when valid, else its complaints. */
function schemaProblems(xml: string, schema: 'Project.xsd' | 'Codebook.xsd', file: string): string {
  const target = path.join(root, file);
  execFileSync('bash', ['-c', 'cat > "$1"', '_', target], { input: xml });
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', path.join(VENDOR, schema), target], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

async function folder(name: string): Promise<string> {
  const dir = path.join(root, name);
  await mkdir(dir);
  return dir;
}

async function seedSet(): Promise<{ dir: string; written: Map<string, Annotation[]> }> {
  const dir = await folder('seed');
  const written = await writeAnnotatedSeedSet(dir);
  // A nested tag, as the codebook allows: Security/Guarantees under Security (a folder: no tag of its own).
  const setFile = parseSetFile(await readFile(path.join(dir, SET_FILE_NAME), 'utf8'), SET_FILE_NAME);
  setFile.tags.push({ label: 'Security/Guarantees', color: '#b8c4d6', description: 'Who guarantees the deal.' });
  await writeFile(path.join(dir, SET_FILE_NAME), serializeSetFile(setFile));
  return { dir, written };
}

async function sidecarOf(dir: string, file: string) {
  return parseSidecar(await readFile(path.join(dir, sidecarNameFor(file)), 'utf8'), file);
}

function qdpx(projectXml: string, sources: Record<string, string | Uint8Array> = {}, folderName = 'sources'): Uint8Array {
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(projectXml) };
  for (const [name, data] of Object.entries(sources)) files[`${folderName}/${name}`] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(files);
}

const G = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

describe('export a set as a REFI-QDA project', () => {
  it('writes a project.qde that Project.xsd accepts, each article byte for byte under sources/, each annotation a selection with its codes', async () => {
    const { dir, written } = await seedSet();
    const result = await exportProject(await SetStore.open(dir), { analyst: 'Ana Analyst', origin: 'Research Annotator', now: NOW, unit: 'codepoints' });
    const files = unzipSync(result.bytes);
    const xml = strFromU8(files['project.qde'] as Uint8Array);
    expect(schemaProblems(xml, 'Project.xsd', 'project.qde')).toBe('');

    const placed = [...written.values()].flat().filter((a) => a.id !== undefined);
    expect(result.articles).toBe(SEED_FILES.length);
    // An annotation whose quote is gone from the text has no place to export: it is reported instead.
    expect(result.selections + result.orphans.length).toBe(placed.length);
    for (const file of SEED_FILES) {
      const entry = Object.keys(files).find((name) => xml.includes(`name="${file}"`) && name.startsWith('sources/') && xml.includes(`internal://${name.slice('sources/'.length)}" `) && xml.indexOf(`internal://${name.slice('sources/'.length)}`) > xml.indexOf(`name="${file}"`) - 400);
      expect(entry, file).toBeDefined();
    }
    const sources = Object.entries(files).filter(([name]) => name.startsWith('sources/'));
    expect(sources).toHaveLength(SEED_FILES.length);
    const originals = await Promise.all(SEED_FILES.map((f) => readFile(path.join(dir, f))));
    for (const [, bytes] of sources) expect(originals.some((o) => Buffer.compare(o, Buffer.from(bytes)) === 0)).toBe(true);

    expect(xml).toContain('<User guid=');
    expect(xml).toMatch(/<Code guid="[^"]+" name="Security" isCodable="false">\s*<Code guid="[^"]+" name="Guarantees" isCodable="true" color="#b8c4d6">\s*<Description>Who guarantees the deal.<\/Description>/u);
    expect(xml).toContain(`name="Peace deal" isCodable="true" color="${SEED_TAGS[0]?.color}"`);
    expect(xml).toContain('<Link guid=');
    expect(xml).toContain('Claimed by: Armenian government');
  });

  it('writes positions as code points, or UTF-16 units for NVivo, around an emoji', async () => {
    const dir = await folder('emoji');
    const text = 'Rockets 🚀 hit the port. Officials 🙂 denied it.';
    await writeFile(path.join(dir, 'a.txt'), text);
    const store = await SetStore.open(dir);
    const start = Array.from(text).indexOf('O');
    const { createAnnotation } = await import('../model/annotation');
    const { describeRange } = await import('../anchoring/describe');
    const { quote, position } = describeRange(new CodePointIndex(text), start, start + Array.from('Officials 🙂 denied').length);
    const a = createAnnotation({ id: `urn:uuid:${G(7)}`, now: NOW.toISOString(), source: 'a.txt', quote, position, tags: ['Denial'] });
    const sidecar = { format: 'research-annotator/sidecar' as const, version: 1 as const, article: { file: 'a.txt', sha256: (await store.readArticle('a.txt')).sha256 }, annotations: [a] };
    await store.writeSidecar('a.txt', sidecar);
    for (const unit of ['codepoints', 'utf16'] as const) {
      const xml = strFromU8(unzipSync((await exportProject(store, { analyst: 'A', origin: 'RA', now: NOW, unit })).bytes)['project.qde'] as Uint8Array);
      const [, s, e] = /startPosition="(\d+)" endPosition="(\d+)"/u.exec(xml) ?? [];
      const slice = unit === 'codepoints' ? Array.from(text).slice(Number(s), Number(e)).join('') : text.slice(Number(s), Number(e));
      expect(slice).toBe('Officials 🙂 denied');
      if (unit === 'utf16') expect(Number(e) - Number(s)).toBe('Officials 🙂 denied'.length);
    }
  });

  it('exports the codebook as a .qdc that Codebook.xsd accepts, the hierarchy nested', async () => {
    const { dir } = await seedSet();
    const xml = await exportCodebook(await SetStore.open(dir), 'Research Annotator');
    expect(schemaProblems(xml, 'Codebook.xsd', 'codebook.qdc')).toBe('');
    expect(xml).toMatch(/name="Security" isCodable="false">\s*<Code [^>]*name="Guarantees"/u);
  });
  it('carries a web page\'s address and save day as source variables, and each coder as a User with the codings they made, both ways', async () => {
    const dir = await folder('coders');
    const text = 'The minister said the road would open in May. Critics disagreed.';
    await writeFile(path.join(dir, 'a.txt'), text);
    const store = await SetStore.open(dir);
    const { createAnnotation } = await import('../model/annotation');
    const { withCreator } = await import('../model/creator');
    const { describeRange } = await import('../anchoring/describe');
    const index = new CodePointIndex(text);
    const make = (n: number, from: number, to: number) => {
      const { quote, position } = describeRange(index, from, to);
      return createAnnotation({ id: `urn:uuid:${G(n)}`, now: NOW.toISOString(), source: 'a.txt', quote, position, tags: ['Roads'] });
    };
    const byBea = withCreator(make(1, 0, 45), 'Bea Ortiz');
    const nobody = make(2, 47, 64);
    const article = { file: 'a.txt', sha256: (await store.readArticle('a.txt')).sha256, url: 'https://example.org/news/road', accessed: '2025-08-01' };
    await store.writeSidecar('a.txt', { format: 'research-annotator/sidecar' as const, version: 1 as const, article, annotations: [byBea, nobody] });

    const exported = await exportProject(store, { analyst: 'Ana', origin: 'RA', now: NOW, unit: 'codepoints' });
    const xml = strFromU8(unzipSync(exported.bytes)['project.qde'] as Uint8Array);
    expect(schemaProblems(xml, 'Project.xsd', 'coders.qde')).toBe('');
    const users = [...xml.matchAll(/<User guid="([^"]+)" name="([^"]+)"/gu)].map(([, guid, name]) => ({ guid, name }));
    expect(users.map((u) => u.name).sort()).toEqual(['Ana', 'Bea Ortiz']);
    const userOf = (name: string) => users.find((u) => u.name === name)?.guid;
    expect(xml).toMatch(new RegExp(`<PlainTextSelection guid="${G(1)}"[^>]*creatingUser="${userOf('Bea Ortiz')}"`, 'u'));
    expect(xml).toMatch(new RegExp(`<PlainTextSelection guid="${G(2)}"[^>]*creatingUser="${userOf('Ana')}"`, 'u'));
    expect(xml).toContain('https://example.org/news/road');
    expect(xml).toContain('2025-08-01');

    const back = await SetStore.open(await folder('back'));
    const report = await importProject(back, exported.bytes, 'coders.qdpx', { unit: 'codepoints', now: NOW });
    const file = report.articles[0]?.file as string;
    const sidecar = await sidecarOf(path.join(root, 'back'), file);
    expect(sidecar.article).toMatchObject({ url: 'https://example.org/news/road', accessed: '2025-08-01' });
    const creators = new Map(sidecar.annotations.map((a) => [a.id, a['creator']]));
    expect(creators.get(`urn:uuid:${G(1)}`)).toEqual({ type: 'Person', name: 'Bea Ortiz' });
    expect(creators.get(`urn:uuid:${G(2)}`)).toEqual({ type: 'Person', name: 'Ana' });
  });
});


describe('round trip: export the seed set, import it into an empty folder', () => {
  it('gives the same articles, tags, quotes, notes, offsets and claim fields; a second import adds nothing', async () => {
    const { dir, written } = await seedSet();
    const exported = await exportProject(await SetStore.open(dir), { analyst: 'Ana', origin: 'Research Annotator', now: NOW, unit: 'codepoints' });
    const empty = await folder('empty');
    const store = await SetStore.open(empty);
    const report = await importProject(store, exported.bytes, 'seed.qdpx', { unit: 'codepoints', now: NOW });
    expect(report.misfits).toEqual([]);
    expect(report.skippedSources).toEqual([]);
    expect(report.articles.map((a) => a.file).sort()).toEqual([...SEED_FILES]);
    const pairsBefore: string[] = [];
    const pairsAfter: string[] = [];

    for (const file of SEED_FILES) {
      expect(Buffer.compare(await readFile(path.join(empty, file)), await readFile(path.join(dir, file)))).toBe(0);
      const index = new CodePointIndex(stripBom(awaitedText(file)));
      // Each annotation where the app finds it in the current text (the fixture has one whose text changed since).
      const placedAt = (a: Annotation) => anchorAnnotation(index, a);
      const before = (written.get(file) ?? []).filter((a) => placedAt(a).status !== 'orphan');
      const after = (await sidecarOf(empty, file)).annotations;
      const original = await sidecarOf(dir, file);
      expect((await sidecarOf(empty, file)).article).toMatchObject({ title: original.article.title, ...(original.article.source ? { source: original.article.source } : {}) });
      const claim = (a: Annotation) => ({ tags: tagsOf(a), note: noteOf(a), claim: { ...claimOf(a), sameClaimAs: [] }, created: a.created });
      const found = (a: Annotation) => placedAt(a) as { start: number; end: number };
      expect(after.map((a) => ({ id: a.id, start: positionSelectorOf(a)?.start, end: positionSelectorOf(a)?.end, exact: quoteSelectorOf(a)?.exact, ...claim(a) }))).toEqual(
        before.map((a) => ({ id: a.id, start: found(a).start, end: found(a).end, exact: index.slice(found(a).start, found(a).end), ...claim(a) })),
      );
      for (const a of after) pairsAfter.push(...claimOf(a).sameClaimAs.map((b) => [a.id, b].sort().join(' ')));
      for (const a of before) pairsBefore.push(...claimOf(a).sameClaimAs.map((b) => [a.id, b].sort().join(' ')));
    }
    // Same-claim links count in either direction: the same pairs, now kept on both sides.
    expect(new Set(pairsAfter)).toEqual(new Set(pairsBefore));
    const codebook = parseSetFile(await readFile(path.join(empty, SET_FILE_NAME), 'utf8'), SET_FILE_NAME).tags;
    const original = parseSetFile(await readFile(path.join(dir, SET_FILE_NAME), 'utf8'), SET_FILE_NAME).tags;
    expect(codebook.map((t) => ({ label: t.label, color: t.color, description: t.description }))).toEqual(original.map((t) => ({ label: t.label, color: t.color, description: t.description })));

    const listing = await readdir(empty);
    const again = await importProject(store, exported.bytes, 'seed.qdpx', { unit: 'codepoints', now: NOW });
    expect(again.articles.every((a) => !a.isNew)).toBe(true);
    expect(again.articles.reduce((n, a) => n + a.annotations, 0)).toBe(0);
    expect(again.alreadyImported).toBe(exported.selections);
    expect(await readdir(empty)).toEqual(listing);
  });
});

const texts = new Map<string, string>();
function awaitedText(file: string): string {
  return texts.get(file) ?? '';
}
beforeEach(async () => {
  for (const file of SEED_FILES) texts.set(file, await readFile(fileURLToPath(new URL(`../../seeds/${file}`, import.meta.url)), 'utf8'));
});

/** A small project in the form other tools write: braces and upper-case GUIDs (ATLAS.ti), nested codes, a PDF and a picture. */
function otherToolProject(selections: string, extraSources = ''): string {
  return `<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Breakfast" origin="ATLAS.ti 8.4.0">
  <Users><User guid="{AD68FBE7-E1EE-4A82-A279-23CC698C89EB}" name="Friedrich"/></Users>
  <CodeBook><Codes>
    <Code guid="{${G(1)}}" name="Coke" isCodable="true" color="#966450"><Description>the breakfast of champions</Description>
      <Code guid="${G(2).toUpperCase()}" name="diet Coke" isCodable="true" color="#963"/>
    </Code>
    <Code guid="${G(3)}" name="Topics" isCodable="false"><Code guid="${G(4)}" name="milk/cream" isCodable="true"/></Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="${G(10)}" name="Mabel.txt" plainTextPath="internal://${G(10)}.txt">${selections}</TextSource>
    <PDFSource guid="${G(11)}" name="Kellogg's.pdf" path="internal://${G(11)}.pdf"/>
    <PictureSource guid="${G(12)}" name="cornflakes.jpg" path="internal://${G(12)}.jpg"/>${extraSources}
  </Sources>
</Project>`;
}

const MABEL = 'I have Coke for breakfast 😀 and milk.\r\nThe baby has porridge.';

describe('import a project from another tool', () => {
  it('brings text sources as articles byte for byte, codes as nested tags, selections as annotations; skips the rest, with reasons', async () => {
    const dir = await folder('set');
    const xml = otherToolProject(`
      <PlainTextSelection guid="${G(20)}" startPosition="7" endPosition="11"><Description>Really?</Description>
        <Coding guid="${G(21)}"><CodeRef targetGUID="{${G(2)}}"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="${G(22)}" startPosition="32" endPosition="36"><Coding guid="${G(23)}"><CodeRef targetGUID="${G(4)}"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="${G(24)}" startPosition="60" endPosition="90"><Coding guid="${G(25)}"><CodeRef targetGUID="${G(1)}"/></Coding></PlainTextSelection>`);
    const bytes = qdpx(xml, { [`${G(10)}.txt`]: `\uFEFF${MABEL}`, [`${G(11)}.pdf`]: '%PDF-1.4', [`${G(12)}.jpg`]: 'jpg' }, 'Sources');
    const report = await importProject(await SetStore.open(dir), bytes, 'breakfast.qdpx', { unit: 'codepoints', now: NOW });

    expect(report.articles).toEqual([{ file: 'Mabel.txt', source: 'Mabel.txt', annotations: 2, isNew: true }]);
    expect((await readFile(path.join(dir, 'Mabel.txt'), 'utf8'))).toBe(`\uFEFF${MABEL}`);
    expect(report.skippedSources.map((s) => s.name)).toEqual(["Kellogg's.pdf", 'cornflakes.jpg']);
    expect(report.skippedSources[0]?.reason).toMatch(/PDF/u);
    expect(report.misfits).toEqual([expect.objectContaining({ source: 'Mabel.txt', start: 60, end: 90, tags: ['Coke'] })]);
    expect(report.renamedCodes).toEqual(['milk/cream']);
    const tags = parseSetFile(await readFile(path.join(dir, SET_FILE_NAME), 'utf8'), SET_FILE_NAME).tags;
    expect(tags).toEqual([
      { label: 'Coke', color: '#966450', description: 'the breakfast of champions' },
      { label: 'Coke/diet Coke', color: '#996633' },
      expect.objectContaining({ label: 'Topics/milk\u2215cream' }),
    ]);
    const annotations = (await sidecarOf(dir, 'Mabel.txt')).annotations;
    expect(annotations.map((a) => [quoteSelectorOf(a)?.exact, tagsOf(a), noteOf(a), a.id])).toEqual([
      ['Coke', ['Coke/diet Coke'], 'Really?', `urn:uuid:${G(20)}`],
      ['milk', ['Topics/milk\u2215cream'], '', `urn:uuid:${G(22)}`],
    ]);
  });

  it('reports a conflicting colour or description and keeps the set\'s', async () => {
    const dir = await folder('set');
    await writeFile(path.join(dir, SET_FILE_NAME), serializeSetFile({ format: 'research-annotator/set', version: 1, tags: [{ label: 'Coke', color: '#123456', description: 'Ours.' }] }));
    const report = await importProject(await SetStore.open(dir), qdpx(otherToolProject(''), { [`${G(10)}.txt`]: MABEL }), 'b.qdpx', { unit: 'codepoints', now: NOW });
    expect(report.conflicts).toEqual([
      { tag: 'Coke', field: 'color', set: '#123456', project: '#966450' },
      { tag: 'Coke', field: 'description', set: 'Ours.', project: 'the breakfast of champions' },
    ]);
    expect(parseSetFile(await readFile(path.join(dir, SET_FILE_NAME), 'utf8'), SET_FILE_NAME).tags[0]).toEqual({ label: 'Coke', color: '#123456', description: 'Ours.' });
  });

  it('reads NVivo positions as UTF-16 units when asked', async () => {
    const dir = await folder('set');
    const xml = otherToolProject(`<PlainTextSelection guid="${G(20)}" startPosition="29" endPosition="32"><Coding guid="${G(21)}"><CodeRef targetGUID="${G(1)}"/></Coding></PlainTextSelection>`);
    await importProject(await SetStore.open(dir), qdpx(xml, { [`${G(10)}.txt`]: MABEL }), 'n.qdpx', { unit: 'utf16', now: NOW });
    expect(quoteSelectorOf((await sidecarOf(dir, 'Mabel.txt')).annotations[0] as Annotation)?.exact).toBe('and');
  });
});

describe('bad input: a clear error naming the file and the problem, and nothing written', () => {
  const cases: [string, () => Uint8Array, RegExp][] = [
    // 64 MiB of zeros packs into some 64 KiB; the limit is lowered to that size so the test stays quick (the app's is 1 GiB).
    ['a zip bomb', () => zipSync({ 'project.qde': strToU8(otherToolProject('')), [`sources/${G(10)}.txt`]: new Uint8Array(64 * 1024 * 1024) }, { level: 1 }), /would unpack to 64.0 MiB, more than the 32 MiB allowed \(checked before unpacking\)/u],
    ['a path outside the archive', () => zipSync({ 'project.qde': strToU8(otherToolProject('')), '../evil.txt': strToU8('x') }), /"\.\.\/evil\.txt", a path outside the archive/u],
    ['no project.qde', () => zipSync({ [`sources/${G(10)}.txt`]: strToU8(MABEL) }), /has no project\.qde/u],
    ['not a zip at all', () => strToU8('hello'), /not a REFI-QDA project/u],
    ['XML with an external entity (XXE)', () => qdpx(`<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Project xmlns="urn:QDA-XML:project:1.0" name="&xxe;"/>`), /DTD or entities/u],
    ['a billion laughs', () => qdpx(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><Project xmlns="urn:QDA-XML:project:1.0" name="&lol2;"/>`), /DTD or entities/u],
    ['a source over the size limit', () => zipSync({ 'project.qde': strToU8(otherToolProject('')), [`sources/${G(10)}.txt`]: new Uint8Array(21 * 1024 * 1024).fill(97) }, { level: 9 }), /"sources\/.*\.txt" is 21 MiB, more than the 20 MiB allowed/u],
    ['a source that is not UTF-8', () => qdpx(otherToolProject(''), { [`${G(10)}.txt`]: new Uint8Array([0xff, 0xfe, 0x41]) }), /not valid UTF-8/u],
    ['a source missing from the archive', () => qdpx(otherToolProject('')), /not in the archive's sources folder/u],
  ];
  for (const [what, make, message] of cases) {
    it(what, async () => {
      const dir = await folder('set');
      const before = await readdir(dir);
      const limits = what === 'a zip bomb' ? { ...ARCHIVE_LIMITS, maxUnpackedBytes: 32 * 1024 * 1024 } : ARCHIVE_LIMITS;
      const error = await importProject(await SetStore.open(dir), make(), 'bad.qdpx', { unit: 'codepoints', now: NOW, limits }).then(() => null, (e: unknown) => e as Error);
      expect(error?.message).toMatch(/^bad\.qdpx: /u);
      expect(error?.message).toMatch(message);
      expect(await readdir(dir)).toEqual(before);
    });
  }
});

describe('codebooks (.qdc)', () => {
  it('imports a nested ATLAS.ti- or QualCoder-style codebook with its tree, and refuses a DTD', async () => {
    const dir = await folder('set');
    const store = await SetStore.open(dir);
    const qdc = `<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="QualCoder 3.6">
<Codes>
<Code guid="{5215cc69-b628-4e02-afb9-9beeaee55808}" name="Topics" isCodable="false">
<Code guid="{d7aa29da-519b-4946-9b90-253b6db8fd0a}" name="Economy" isCodable="true" color="#F00082"><Description>Anything about jobs or taxes</Description>
<Code guid="0dcef2f5-e55c-49da-8c33-9b0803c7aeb4" name="Taxes" isCodable="true"/></Code>
</Code>
<Code guid="9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520" name="Values" isCodable="true"/>
</Codes>
</CodeBook>`;
    const report = await importCodebook(store, new TextEncoder().encode(qdc), 'topics.qdc');
    expect(report.addedTags).toEqual(['Topics/Economy', 'Topics/Economy/Taxes', 'Values']);
    const tags = parseSetFile(await readFile(path.join(dir, SET_FILE_NAME), 'utf8'), SET_FILE_NAME).tags;
    expect(tags[0]).toEqual({ label: 'Topics/Economy', color: '#f00082', description: 'Anything about jobs or taxes' });
    expect((await importCodebook(store, new TextEncoder().encode(qdc), 'topics.qdc')).addedTags).toEqual([]);
    const error = await importCodebook(store, new TextEncoder().encode(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>`), 'x.qdc').catch((e: unknown) => e as Error);
    expect((error as Error).message).toMatch(/^x\.qdc: .*DTD/u);
  });
});
