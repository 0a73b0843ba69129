/**
 * Several analysts on one set (issue 19), in the built UI on the real core:
 * comparing with a colleague's copy (the report, an article's disagreements
 * walked with the keyboard, the export), merging that copy with a conflict
 * and undoing the merge, with the sidecars checked on disk and the other
 * folder hashed before and after. axe on the new screens; README pictures.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeRange } from '../annotations/anchoring/describe';
import { createAnnotation, withNote, type Annotation } from '../annotations/model/annotation';
import { withCreator } from '../annotations/model/creator';
import { sha256Hex } from '../annotations/node/files';
import { emptySidecar, serializeSidecar, sidecarNameFor } from '../annotations/sidecar/schema';
import { CodePointIndex } from '../annotations/text/code-points';
import { readSidecarFile } from './disk';
import { expect, test } from './fixtures';
import { expectAccessible } from './harness/axe';
import { readmeShot } from './harness/readme-shots';
import { dragSelect } from './harness/select';

const ARTICLE = 'talks.txt';
const TEXT =
  'Ceasefire talks resume in Geneva\n\n' +
  'The foreign ministers met in Geneva on Monday and agreed to resume talks next week. ' +
  'Officials said the border commission would meet again in spring. ' +
  'A spokesperson denied that troops had been moved closer to the line. ' +
  'Observers expect the sanctions question to dominate the next round.\n';
const OTHER = 'notes.txt';
const OTHER_TEXT = 'Field notes\n\nThe corridor question remains open.\n';
const T0 = '2026-01-05T09:00:00.000Z';

function annotate(id: string, quote: string, tags: string[], who: string, text = TEXT, file = ARTICLE): Annotation {
  const index = new CodePointIndex(text);
  const at = index.toCodePoint(text.indexOf(quote));
  const { quote: q, position } = describeRange(index, at, at + Array.from(quote).length);
  return withCreator(createAnnotation({ id, now: T0, source: file, quote: q, position, tags }), who);
}

async function writeCopy(folder: string, annotations: Annotation[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, ARTICLE), TEXT);
  await writeFile(path.join(folder, OTHER), OTHER_TEXT);
  const sidecar = { ...emptySidecar(ARTICLE, sha256Hex(Buffer.from(TEXT))), annotations };
  await writeFile(path.join(folder, sidecarNameFor(ARTICLE)), serializeSidecar(sidecar));
}

async function hashes(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(folder)).sort()) out[f] = createHash('sha256').update(await readFile(path.join(folder, f))).digest('hex');
  return out;
}

/** Alice's set and Bob's copy: one segment both coded alike, one with different tags, one each only, one both edited. */
async function makeCopies(tmp: string): Promise<{ alice: string; bob: string }> {
  const alice = path.join(tmp, 'alice');
  const bob = path.join(tmp, 'bob');
  const agreed = 'agreed to resume talks next week';
  const shared = annotate('urn:uuid:shared', agreed, ['Talks'], 'Alice');
  const edited = annotate('urn:uuid:edited', 'the sanctions question', ['Sanctions'], 'Alice');
  await writeCopy(alice, [
    shared,
    annotate('urn:uuid:a-border', 'the border commission would meet again in spring', ['Talks'], 'Alice'),
    annotate('urn:uuid:a-denied', 'A spokesperson denied that troops had been moved', ['Security'], 'Alice'),
    withNote(edited, 'Alice: the main issue', '2026-01-06T10:00:00.000Z'),
  ]);
  await writeCopy(bob, [
    shared,
    annotate('urn:uuid:b-border', 'the border commission would meet again in spring', ['Security'], 'Bob'),
    annotate('urn:uuid:b-geneva', 'met in Geneva on Monday', ['Talks'], 'Bob'),
    withNote(edited, 'Bob: one issue among others', '2026-01-07T10:00:00.000Z'),
  ]);
  return { alice, bob };
}

test('Compare with another copy: the report per tag, an article’s disagreements walked with the keyboard, the export', async ({ app, tmp }) => {
  const { alice, bob } = await makeCopies(tmp);
  const page = await app.launch({ initialSet: alice });
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(2);

  app.folderChoices.push(bob);
  await app.menuCommand('compareWithCopy');
  const report = page.getByRole('region', { name: 'Intercoder agreement' });
  await expect(report).toBeVisible();
  const table = report.getByRole('table');
  await expect(table.getByRole('row', { name: /^Talks/u })).toContainText('(1 agreed, 1 only A, 1 only B)');
  // Sanctions: both coded the same words with the same tag.
  await expect(table.getByRole('row', { name: /^Sanctions/u })).toContainText('1.00');
  await expect(report).toContainText('Coder B: bob');
  // No name set yet: the report offers to set it (its annotations say nobody coded them).
  await expect(report.getByRole('button', { name: 'Set your name…' })).toBeVisible();
  await expectAccessible(page, 'agreement report');
  await readmeShot(page, 'agreement-report');

  await report.getByRole('button', { name: /^Compare Ceasefire talks resume in Geneva: 3 disagreements/u }).click();
  const list = page.getByRole('listbox', { name: '3 disagreements' });
  await expect(list.getByRole('option')).toHaveText([
    /^Only coder B coded this \(B: Talks\): “met in Geneva on Monday”/u,
    /^Different tags \(A: Talks · B: Security\): “the border commission/u,
    /^Only coder A coded this \(A: Security\): “A spokesperson denied/u,
  ]);
  await list.focus();
  await expect(list.getByRole('option', { selected: true })).toContainText('met in Geneva on Monday');
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('option', { selected: true })).toContainText('Different tags');
  await expect(page.locator('.cmp__text .cmp__piece--current')).toHaveText(['the border commission would meet again in spring']);
  await page.keyboard.press('j');
  await expect(list.getByRole('option', { selected: true })).toContainText('Only coder A coded this');
  await page.keyboard.press('k');
  await expect(list.getByRole('option', { selected: true })).toContainText('Different tags');
  // Both coders' markings: A underlined, B shaded, the agreed segment both.
  await expect(page.locator('.cmp__text .cmp__piece--a.cmp__piece--b').first()).toHaveText('agreed to resume talks next week');
  await expectAccessible(page, 'article comparison');
  await readmeShot(page, 'agreement-compare');
  await page.getByRole('button', { name: 'Back to the report' }).click();
  await expect(report).toBeVisible();

  const target = path.join(tmp, 'agreement.md');
  app.saveChoices.push(target);
  await report.getByRole('button', { name: 'Export as Markdown…' }).click();
  await expect(page.getByRole('status')).toContainText('Agreement report saved');
  expect(await readFile(target, 'utf8')).toContain('| Sanctions | 1.00 | 1.00 |');
});

test('Merge from another copy: brings what it adds, keeps both versions of a conflict, leaves it untouched, and undoes in one step', async ({ app, tmp }) => {
  const { alice, bob } = await makeCopies(tmp);
  const page = await app.launch({ initialSet: alice });
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(2);
  const before = await readFile(path.join(alice, sidecarNameFor(ARTICLE)), 'utf8');
  const bobBefore = await hashes(bob);

  app.folderChoices.push(bob);
  await app.menuCommand('mergeFromCopy');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('2 annotations brought in');
  await expect(alert).toContainText('urn:uuid:edited in talks.txt');
  await app.flush();

  const merged = await readSidecarFile(alice, ARTICLE);
  const ids = merged.annotations.map((a) => a.id);
  expect(ids).toEqual(['urn:uuid:shared', 'urn:uuid:a-border', 'urn:uuid:a-denied', 'urn:uuid:edited', 'urn:uuid:b-border', 'urn:uuid:b-geneva']);
  expect(JSON.stringify(merged.annotations.find((a) => a.id === 'urn:uuid:edited')?.body)).toContain('Alice: the main issue');
  const aside = (await readdir(alice)).filter((f) => f.startsWith(`${ARTICLE}.annotations.conflict-`));
  expect(aside).toHaveLength(1);
  expect(await readFile(path.join(alice, aside[0]!), 'utf8')).toContain('Bob: one issue among others');
  expect(await hashes(bob)).toEqual(bobBefore);
  // The panel shows who coded what.
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('link', { name: 'Ceasefire talks resume in Geneva' }).click();
  await expect(page.locator('.card__creator').filter({ hasText: 'Coded by Bob' })).toHaveCount(2);

  await app.menuCommand('undo');
  await expect.poll(async () => readFile(path.join(alice, sidecarNameFor(ARTICLE)), 'utf8')).toBe(before);
  await expect(page.locator('.card__creator').filter({ hasText: 'Coded by Bob' })).toHaveCount(0);
  expect(await hashes(bob)).toEqual(bobBefore);
});

test('A sidecar left with git conflict markers is refused, naming the line, and never half-read', async ({ app, tmp }) => {
  const folder = path.join(tmp, 'conflicted');
  await writeCopy(folder, []);
  const text = '{\n  "format": "research-annotator/sidecar",\n<<<<<<< HEAD\n  "version": 1,\n=======\n  "version": 1 ,\n>>>>>>> colleague\n}\n';
  await writeFile(path.join(folder, sidecarNameFor(ARTICLE)), text);
  const page = await app.launch({ initialSet: folder });
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('link', { name: 'Ceasefire talks resume in Geneva' }).click();
  await expect(page.getByText('unresolved git merge conflict (line 3: "<<<<<<< HEAD")').first()).toBeVisible();
  await app.flush();
  expect(await readFile(path.join(folder, sidecarNameFor(ARTICLE)), 'utf8')).toBe(text);
});

test('Your name… is asked in a dialog, kept, and written as the creator of what the analyst tags', async ({ app, tmp }) => {
  const folder = path.join(tmp, 'mine');
  await writeCopy(folder, []);
  const page = await app.launch({ initialSet: folder });
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('link', { name: 'Ceasefire talks resume in Geneva' }).click();
  await app.menuCommand('setAnalystName');
  const dialog = page.getByRole('dialog', { name: 'Your name' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Alice Martin');
  await expectAccessible(page, 'your name dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const quote = 'Observers expect the sanctions question';
  await dragSelect(page, quote);
  const newTag = page.getByRole('toolbar', { name: 'Tag selection' }).getByRole('textbox', { name: 'New tag' });
  await newTag.fill('Sanctions');
  await newTag.press('Enter');
  await expect(page.locator('.card__creator')).toHaveText(['Coded by Alice Martin']);
  await app.flush();
  const sidecar = await readSidecarFile(folder, ARTICLE);
  expect(sidecar.annotations[0]?.['creator']).toEqual({ type: 'Person', name: 'Alice Martin' });
});

test('a first launch asks the analyst’s name once; “Not now” is an answer, and the next launch does not ask', async ({ app }) => {
  const page = await app.launch({ askName: true });
  const dialog = page.getByRole('dialog', { name: 'Your name' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Who is coding?');
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await expectAccessible(page, 'your name asked on first launch');
  await page.screenshot({ path: 'test-results/screens/analyst-name-first-launch.png' });
  await dialog.getByRole('button', { name: 'Not now' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(5);

  const again = await app.relaunch();
  await expect(again.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(5);
  await expect(again.getByRole('dialog', { name: 'Your name' })).toHaveCount(0);
  // Still there to be given later, from the menu.
  await app.menuCommand('setAnalystName');
  await expect(again.getByRole('dialog', { name: 'Your name' }).getByRole('button', { name: 'Not now' })).toHaveCount(0);
});

test('Escape on the first-launch question is “not now” too: asked once only', async ({ app }) => {
  const page = await app.launch({ askName: true });
  await page.getByRole('dialog', { name: 'Your name' }).getByRole('textbox', { name: 'Name' }).press('Escape');
  await expect(page.getByRole('dialog', { name: 'Your name' })).toBeHidden();
  const again = await app.relaunch();
  await expect(again.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(5);
  await expect(again.getByRole('dialog', { name: 'Your name' })).toHaveCount(0);
});
