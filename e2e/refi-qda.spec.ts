/**
 * REFI-QDA in the app, on the built UI and the real core: File ▸ Export
 * Project… writes the annotated seed set as a .qdpx (its texts byte for
 * byte); the .qdpx comes back into another set by drop and by File ▸ Import,
 * with its articles and highlights; Codebook ▸ Import Codebook… brings a
 * codebook made elsewhere with its tree; the import report tells what was
 * skipped, kept out and in conflict; a bad archive is refused by name and
 * writes nothing.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { SEED_FILES } from '../annotations/brief/fixtures/seed-set';
import { writeAnnotatedSeedSet } from '../annotations/node/annotated-seed-set';
import { expect, test } from './fixtures';
import { openSet } from './harness/actions';
import { expectAccessible } from './harness/axe';
import { dropFiles } from './harness/drop';
import { readmeShot } from './harness/readme-shots';

async function makeFolder(root: string, name: string): Promise<string> {
  const folder = path.join(root, name);
  await mkdir(folder, { recursive: true });
  return folder;
}

const G = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const MABEL = 'I have Coke for breakfast and milk.\nThe baby has porridge.\n';

/** A project as another tool writes it: nested codes, a coded selection, one that does not fit its text, a PDF and a code whose colour differs from the set's. */
function otherToolProject(): Uint8Array {
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Breakfast" origin="ATLAS.ti 8.4.0">
  <CodeBook><Codes>
    <Code guid="${G(1)}" name="Coke" isCodable="true" color="#966450"><Code guid="${G(2)}" name="diet Coke" isCodable="true"/></Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="${G(10)}" name="Mabel.txt" plainTextPath="internal://${G(10)}.txt">
      <PlainTextSelection guid="${G(20)}" startPosition="7" endPosition="11"><Coding guid="${G(21)}"><CodeRef targetGUID="${G(2)}"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="${G(22)}" startPosition="60" endPosition="90"><Coding guid="${G(23)}"><CodeRef targetGUID="${G(1)}"/></Coding></PlainTextSelection>
    </TextSource>
    <PDFSource guid="${G(11)}" name="Kellogg's.pdf" path="internal://${G(11)}.pdf"/>
  </Sources>
</Project>`;
  return zipSync({ 'project.qde': strToU8(xml), [`sources/${G(10)}.txt`]: strToU8(MABEL), [`sources/${G(11)}.pdf`]: strToU8('%PDF-1.4') });
}

/** A codebook as QualCoder writes it: nested codes. */
const QUALCODER_QDC = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="QualCoder"><Codes>
<Code guid="${G(30)}" name="Topics" isCodable="false">
<Code guid="${G(31)}" name="Economy" isCodable="true" color="#F00082"><Description>Jobs and taxes</Description>
<Code guid="${G(32)}" name="Taxes" isCodable="true"/></Code>
</Code>
</Codes></CodeBook>`;

test('File ▸ Export Project… writes the set as a .qdpx: project.qde and every article byte for byte', async ({ app, tmp }) => {
  const seeds = await makeFolder(tmp, 'Seed set');
  await writeAnnotatedSeedSet(seeds);
  const page = await app.launch();
  await openSet(page, app.folderChoices, seeds);
  const target = path.join(tmp, 'Exports', 'Seeds.qdpx');
  await mkdir(path.dirname(target));
  app.saveChoices.push(target);
  await app.menuCommand('exportProject');
  await expect(page.getByRole('status').filter({ hasText: `Project saved: ${target} (${SEED_FILES.length} articles` })).toBeVisible();
  const archive = unzipSync(await readFile(target));
  expect(Object.keys(archive)).toContain('project.qde');
  const sources = Object.entries(archive).filter(([name]) => name.startsWith('sources/'));
  expect(sources).toHaveLength(SEED_FILES.length);
  for (const file of SEED_FILES) {
    const bytes = await readFile(path.join(seeds, file));
    expect(sources.some(([, data]) => Buffer.from(data).equals(bytes)), `${file} byte for byte`).toBe(true);
  }
  expect(await readdir(path.dirname(target))).toEqual(['Seeds.qdpx']);
});

/** An import is long work: on a busy machine it may take seconds to be told. */
const IMPORT_MS = 15_000;

test('a .qdpx imported by drop and by File ▸ Import: its articles with their highlights, nothing twice', async ({ app, tmp }) => {
  const seeds = await makeFolder(tmp, 'Seed set');
  await writeAnnotatedSeedSet(seeds);
  const page = await app.launch();
  await openSet(page, app.folderChoices, seeds);
  const qdpx = path.join(tmp, 'Seeds.qdpx');
  app.saveChoices.push(qdpx);
  await app.menuCommand('exportProject');
  await expect(page.getByRole('status').filter({ hasText: 'Project saved' })).toBeVisible();

  const dropped = await makeFolder(tmp, 'Dropped');
  await openSet(page, app.folderChoices, dropped);
  expect(await dropFiles(page, [{ name: 'Seeds.qdpx', bytes: await readFile(qdpx) }])).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: `Imported the project Seeds.qdpx: ${SEED_FILES.length} articles` })).toBeVisible({ timeout: IMPORT_MS });
  const list = page.getByRole('navigation', { name: 'Articles' });
  await expect(list.getByRole('link')).toHaveCount(SEED_FILES.length);
  // The first article opens, with its highlights.
  await expect(page.locator('mark.hl').first()).toBeVisible();
  for (const file of SEED_FILES) expect(await readFile(path.join(dropped, file))).toEqual(await readFile(path.join(seeds, file)));

  // The dropped import's notice goes first: the same words seen next are the menu import's, done.
  await expect(page.getByRole('status').getByText('Imported the project Seeds.qdpx')).toHaveCount(0, { timeout: 15_000 });
  const byMenu = await makeFolder(tmp, 'By menu');
  await openSet(page, app.folderChoices, byMenu);
  app.importChoices.push([qdpx]);
  await app.menuCommand('importArticles');
  await expect(page.getByRole('status').filter({ hasText: `Imported the project Seeds.qdpx: ${SEED_FILES.length} articles` })).toBeVisible({ timeout: IMPORT_MS });
  await expect(page.locator('mark.hl').first()).toBeVisible();
  // Again into the same set: matched by GUID, nothing twice.
  app.importChoices.push([qdpx]);
  await app.menuCommand('importArticles');
  await expect(page.getByRole('status').filter({ hasText: 'Imported the project Seeds.qdpx: 0 articles, 0 annotations' })).toBeVisible({ timeout: IMPORT_MS });
  await expect(list.getByRole('link')).toHaveCount(SEED_FILES.length);
});

test('the import report: skipped sources, selections kept out and codebook conflicts, until dismissed; a bad archive is refused by name', async ({ app, tmp }) => {
  const folder = await makeFolder(tmp, 'Breakfast');
  await writeFile(path.join(folder, 'annotation-set.json'), JSON.stringify({ format: 'research-annotator/set', version: 1, tags: [{ label: 'Coke', color: '#123456' }] }));
  const page = await app.launch();
  await openSet(page, app.folderChoices, folder);

  const before = await readdir(folder);
  expect(await dropFiles(page, [{ name: 'broken.qdpx', bytes: zipSync({ 'sources/a.txt': strToU8('no project file') }) }])).toBe(true);
  const refusal = page.getByRole('alert').filter({ hasText: 'broken.qdpx' });
  await expect(refusal).toContainText('has no project.qde');
  await expect(refusal).toContainText('nothing was imported');
  expect(await readdir(folder)).toEqual(before);
  await refusal.getByRole('button', { name: 'Dismiss' }).click();

  expect(await dropFiles(page, [{ name: 'breakfast.qdpx', bytes: otherToolProject() }])).toBe(true);
  const report = page.getByRole('alert').filter({ hasText: 'Imported the project breakfast.qdpx' });
  await expect(report).toContainText('1 article, 1 annotation, 1 new tag');
  await expect(report).toContainText("Skipped “Kellogg's.pdf”: a PDF source");
  await expect(report).toContainText('Kept out: a selection of “Mabel.txt” at 60–90 does not fit its text');
  await expect(report).toContainText('Tag “Coke” keeps its color (#123456); the project has #966450.');
  await expect(page.locator('mark.hl', { hasText: 'Coke' })).toBeVisible();
  expect(await readFile(path.join(folder, 'Mabel.txt'), 'utf8')).toBe(MABEL);
  await readmeShot(page, 'refi-qda-import-report');
  await expectAccessible(page, 'REFI-QDA import report');
});

test('Codebook ▸ Import Codebook… brings a QualCoder codebook with its tree; Export Codebook… writes the set’s', async ({ app, tmp }) => {
  const folder = await makeFolder(tmp, 'Codes');
  await writeFile(path.join(folder, 'article.txt'), 'An article.\n');
  const qdc = path.join(tmp, 'qualcoder.qdc');
  await writeFile(qdc, QUALCODER_QDC);
  const page = await app.launch();
  await openSet(page, app.folderChoices, folder);
  app.importChoices.push([qdc]);
  await app.menuCommand('importCodebook');
  await expect(page.getByRole('status').filter({ hasText: 'Imported the codebook qualcoder.qdc: 2 new tags' })).toBeVisible();
  await page.getByRole('button', { name: 'Codebook' }).click();
  const dialog = page.getByRole('dialog', { name: 'Codebook' });
  const economy = dialog.locator('li', { has: page.getByRole('group', { name: 'Topics/Economy', exact: true }) }).first();
  await expect(economy.getByRole('group', { name: 'Topics/Economy/Taxes', exact: true })).toBeVisible();
  await expectAccessible(page, 'codebook after a REFI-QDA import');
  await dialog.press('Escape');

  const out = path.join(tmp, 'out.qdc');
  app.saveChoices.push(out);
  await app.menuCommand('exportCodebook');
  await expect(page.getByRole('status').filter({ hasText: `Codebook saved: ${out}` })).toBeVisible();
  expect(await readFile(out, 'utf8')).toContain('name="Taxes"');
});
