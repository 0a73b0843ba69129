/**
 * Sets beyond the seed set: Open set… on any folder of .txt articles, recent
 * sets, relaunch into the last set, the native menu's commands, and a corrupt
 * sidecar that must never be overwritten.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articleCodePoints, quoteAndSlice, readSidecarFile } from './disk';
import { describeRange } from '../annotations/anchoring/describe';
import { createAnnotation } from '../annotations/model/annotation';
import { serializeSidecar, sidecarNameFor } from '../annotations/sidecar/schema';
import { CodePointIndex } from '../annotations/text/code-points';
import { expect, test } from './fixtures';
import { openArticle, tagPhrase } from './harness/actions';
import { readmeShot } from './harness/readme-shots';
import { dragSelect } from './harness/select';

// CRLF line endings and an emoji before the quote: offsets must count code points.
const INTERVIEW = 'Interview with a negotiator 😀\r\n\r\nThe border commission will meet again in spring.\r\nNothing else was agreed.\r\n';
const NOTES = 'Field notes\n\nThe corridor question remains open.\n';

async function makeSet(root: string): Promise<string> {
  const folder = path.join(root, 'Interviews');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'interview.txt'), INTERVIEW);
  await writeFile(path.join(folder, 'notes.txt'), NOTES);
  await writeFile(path.join(folder, 'readme.md'), '# not an article');
  return folder;
}

test('Open set… opens a folder of articles, creates sidecars as needed, and is reopened on relaunch', async ({ app, tmp }) => {
  const folder = await makeSet(tmp);
  let page = await app.launch();
  app.folderChoices.push(folder);
  await page.getByRole('button', { name: 'Open set…' }).click();

  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.getByRole('link')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Interviews' })).toBeVisible();
  await nav.getByRole('link', { name: 'Interview with a negotiator 😀' }).click();

  const quote = 'The border commission will meet again in spring.';
  await dragSelect(page, quote);
  await page.getByRole('toolbar', { name: 'Tag selection' }).getByRole('textbox', { name: 'New tag' }).fill('Border');
  await page.getByRole('toolbar', { name: 'Tag selection' }).getByRole('textbox', { name: 'New tag' }).press('Enter');
  await expect(page.locator('mark.hl')).toHaveText([quote]);
  await app.flush();

  // Only the annotated article gets a sidecar; nothing else in the folder changes.
  expect((await readdir(folder)).sort()).toEqual(
    ['annotation-set.json', 'interview.txt', 'interview.txt.annotations.json', 'notes.txt', 'readme.md'].sort(),
  );
  const sidecar = await readSidecarFile(folder, 'interview.txt');
  const { quote: stored, slice } = quoteAndSlice(sidecar.annotations[0]!, await articleCodePoints(folder, 'interview.txt'));
  expect(stored).toBe(quote);
  expect(slice).toBe(quote);
  expect(await readFile(path.join(folder, 'interview.txt'), 'utf8')).toBe(INTERVIEW);

  page = await app.relaunch();
  await expect(page.getByRole('heading', { name: 'Interviews' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('link', { name: 'Interview with a negotiator 😀' }).click();
  await expect(page.locator('mark.hl')).toHaveText([quote]);
});

test('the start screen lists recent sets when the last set is gone', async ({ app, tmp }) => {
  const folder = await makeSet(tmp);
  let page = await app.launch();
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(5);
  app.folderChoices.push(folder);
  await page.getByRole('button', { name: 'Open set…' }).click();
  await expect(page.getByRole('heading', { name: 'Interviews' })).toBeVisible();
  await app.quit();

  await rm(folder, { recursive: true });
  page = await app.launch();
  await expect(page.getByRole('heading', { name: 'Research Annotator' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(`Could not reopen ${folder}`);
  const recent = page.getByRole('region', { name: 'Recent sets' });
  await expect(recent.getByRole('list').getByRole('button')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/screens/start.png' });
  await recent.getByRole('button', { name: /Armenia–Azerbaijan peace process/u }).click();
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(5);
});

test('Close set shows the start screen with recent sets, also after a relaunch', async ({ app }) => {
  let page = await app.launch();
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(5);
  await page.getByRole('button', { name: 'Close set' }).click();
  const recent = page.getByRole('region', { name: 'Recent sets' });
  await expect(recent.getByRole('button', { name: /Armenia–Azerbaijan peace process/u })).toBeVisible();
  page = await app.relaunch();
  await expect(page.getByRole('region', { name: 'Recent sets' })).toBeVisible();
  await page.getByRole('region', { name: 'Recent sets' }).getByRole('button', { name: /Armenia–Azerbaijan peace process/u }).click();
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(5);
});

test('the native menu commands Open set… and Export brief reach the app', async ({ app, tmp }) => {
  const folder = await makeSet(tmp);
  const page = await app.launch();
  app.folderChoices.push(folder);
  await app.menuCommand('openSet');
  await expect(page.getByRole('heading', { name: 'Interviews' })).toBeVisible();

  const brief = path.join(tmp, 'menu-brief.md');
  app.saveChoices.push(brief);
  await app.menuCommand('exportBrief');
  await expect(page.getByRole('status')).toContainText('Brief saved');
  expect(await readFile(brief, 'utf8')).toContain('# Comparative brief: Interviews');
});

test('a corrupt sidecar is never overwritten: the article opens read-only with the problem named, and can be moved aside', async ({ app, tmp }) => {
  const folder = await makeSet(tmp);
  const corrupt = '{"format": "research-annotator/sidecar", "version": 1, "annotations": [';
  const sidecarPath = path.join(folder, 'notes.txt.annotations.json');
  await writeFile(sidecarPath, corrupt);
  const page = await app.launch({ initialSet: folder });

  await page.getByRole('navigation', { name: 'Articles' }).getByRole('link', { name: 'Field notes' }).click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await expect(panel.getByRole('alert')).toContainText('notes.txt.annotations.json');
  await dragSelect(page, 'The corridor question remains open.');
  const toolbar = page.getByRole('toolbar', { name: 'Tag selection' });
  await expect(toolbar).toContainText('cannot be changed');
  await expect(toolbar.getByRole('button')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/read-only.png' });
  await app.flush();
  expect(await readFile(sidecarPath, 'utf8')).toBe(corrupt);

  // Moved aside, byte for byte, under a name that says so; the article can be annotated again.
  await page.keyboard.press('Escape');
  await panel.getByRole('button', { name: 'Move the file aside and start afresh' }).click();
  await expect(page.getByRole('status')).toContainText('moved aside as notes.txt.annotations.damaged-');
  const aside = (await readdir(folder)).filter((name) => name.startsWith('notes.txt.annotations.damaged-'));
  expect(aside).toHaveLength(1);
  expect(await readFile(path.join(folder, aside[0] as string), 'utf8')).toBe(corrupt);
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await dragSelect(page, 'The corridor question remains open.');
  const newTag = page.getByRole('toolbar', { name: 'Tag selection' }).getByRole('textbox', { name: 'New tag' });
  await newTag.fill('Corridor');
  await newTag.press('Enter');
  await expect(panel.getByRole('listitem').filter({ hasText: 'The corridor question remains open.' })).toBeVisible();
  await app.flush();
  expect(await readFile(sidecarPath, 'utf8')).toContain('The corridor question remains open.');
});

test('a save the disk refuses is reported, kept, and saved when the disk works again', async ({ app }) => {
  // The core's own retry must not come first: Retry now is what this test presses (the timed retries have unit tests).
  const page = await app.launch({ retryDelaysMs: [600_000] });
  const file = '000_5070c6c1e48426b5.txt';
  await openArticle(page, file);
  const sidecar = path.join(app.dirs.defaultSetDir, `${file}.annotations.json`);
  const before = await readFile(sidecar).catch(() => null);

  app.disk.arm({ step: 'write', code: 'ENOSPC' });
  await tagPhrase(page, 'Rubio expressed confidence', 'Peace deal');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`Not saved: ${file}.annotations.json: the disk is full (ENOSPC while writing)`);
  await expect(alert).toContainText('Your changes are kept');
  // Still on screen, marked as not on disk (its card says why, and offers to try again), and the file untouched.
  const mark = page.locator('mark.hl', { hasText: 'Rubio expressed confidence' });
  await expect(mark).toBeVisible();
  await expect(mark).toHaveClass(/hl--failed/u);
  const card = page.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem').filter({ hasText: 'Rubio expressed confidence' });
  await expect(card).toContainText('Not on disk yet: ');
  await expect(card).toContainText('the disk is full');
  expect(await readFile(sidecar).catch(() => null)).toEqual(before);
  await readmeShot(page, 'not-on-disk');

  // Retry now, while the disk is still full: still kept, still marked. The
  // core's answer is waited for: a retry still on its way when the disk is
  // freed below would save, and the second Retry now would find no button.
  const firstRetry = app.holdReply('retrySaves');
  await card.getByRole('button', { name: 'Retry now' }).click();
  await firstRetry.answered;
  firstRetry.release();
  await expect(card).toContainText('Not on disk yet: ');
  await expect(mark).toHaveClass(/hl--failed/u);
  expect(await readFile(sidecar).catch(() => null)).toEqual(before);

  app.disk.disarm();
  await card.getByRole('button', { name: 'Retry now' }).click();
  await expect(page.getByRole('status')).toContainText(`Saved ${file}.annotations.json.`, { timeout: 10_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toHaveCount(0);
  await expect(mark).not.toHaveClass(/hl--failed/u);
  await expect(card).not.toContainText('Not on disk yet');
  expect(await readFile(sidecar, 'utf8')).toContain('Rubio expressed confidence');
});

test('a highlight appears the moment its key is pressed, marked as saving until its save is durable', async ({ app }) => {
  const page = await app.launch();
  const file = '000_5070c6c1e48426b5.txt';
  await openArticle(page, file);
  const phrase = 'Rubio expressed confidence';
  const reply = app.holdReply('createAnnotation');
  await dragSelect(page, phrase);
  await page.keyboard.press('1');
  const mark = page.locator('mark.hl', { hasText: phrase });
  await expect(mark).toHaveClass(/hl--saving/u);
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await expect(panel.getByRole('listitem').filter({ hasText: phrase })).toContainText('Saving…');
  await reply.answered;
  await readmeShot(page, 'saving');

  // The core has written it; the window hears so, and the mark becomes normal.
  expect(await readFile(path.join(app.dirs.defaultSetDir, `${file}.annotations.json`), 'utf8')).toContain(phrase);
  reply.release();
  await expect(mark).not.toHaveClass(/hl--saving/u);
  await expect(panel.getByRole('listitem').filter({ hasText: phrase }).getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.locator('mark.hl')).toHaveCount(1);
});

test('Ctrl+Z pressed before a highlight’s save is answered undoes that highlight, not the action before it', async ({ app }) => {
  const page = await app.launch();
  const file = '000_5070c6c1e48426b5.txt';
  await openArticle(page, file);
  await tagPhrase(page, 'Rubio expressed confidence', 'Peace deal');
  await app.flush();

  // The create waits on its way to the core; the undo pressed meanwhile must not overtake it.
  const release = app.holdCall('createAnnotation');
  await dragSelect(page, 'The prospect of a peace deal');
  await page.keyboard.press('1');
  await expect(page.locator('mark.hl', { hasText: 'The prospect of a peace deal' })).toHaveClass(/hl--saving/u);
  await page.keyboard.press('ControlOrMeta+z');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  expect(app.calls.filter((c) => c.endsWith(':undo'))).toHaveLength(0);
  release();
  await expect(page.locator('mark.hl', { hasText: 'The prospect of a peace deal' })).toHaveCount(0);
  await expect(page.locator('mark.hl', { hasText: 'Rubio expressed confidence' })).toBeVisible();
  await app.flush();
  const kept = (await readSidecarFile(app.dirs.defaultSetDir, file)).annotations;
  expect(kept.map((a) => (a.target as { selector: { exact?: string }[] }).selector.find((s) => s.exact)?.exact)).toEqual(['Rubio expressed confidence']);
});

test('a highlight the core never answered for stays, marked as not saved, until the analyst retries or discards it', async ({ app }) => {
  const page = await app.launch();
  const file = '000_5070c6c1e48426b5.txt';
  await openArticle(page, file);
  const panel = page.getByRole('complementary', { name: 'Annotations' });

  app.dropNextCall('createAnnotation');
  await tagPhrase(page, 'Rubio expressed confidence', 'Peace deal');
  const mark = page.locator('mark.hl', { hasText: 'Rubio expressed confidence' });
  await expect(mark).toHaveClass(/hl--failed/u);
  const card = panel.getByRole('listitem').filter({ hasText: 'Rubio expressed confidence' });
  await expect(card).toContainText('Not saved: ');
  await expect(card).toContainText('did not answer');
  await page.screenshot({ path: 'test-results/screens/not-answered.png' });
  await card.getByRole('button', { name: 'Retry' }).click();
  await expect(mark).not.toHaveClass(/hl--failed|hl--saving/u);
  await expect(card.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await app.flush();
  expect((await readSidecarFile(app.dirs.defaultSetDir, file)).annotations).toHaveLength(1);

  app.dropNextCall('createAnnotation');
  await tagPhrase(page, 'The prospect of a peace deal', 'Peace deal');
  const other = panel.getByRole('listitem').filter({ hasText: 'The prospect of a peace deal' });
  await other.getByRole('button', { name: 'Discard' }).click();
  await expect(page.locator('mark.hl', { hasText: 'The prospect of a peace deal' })).toHaveCount(0);
  await expect(other).toHaveCount(0);
  await app.flush();
  expect((await readSidecarFile(app.dirs.defaultSetDir, file)).annotations).toHaveLength(1);
});

test('annotations another window saved meanwhile are merged on the next save and appear in place', async ({ app }) => {
  const page = await app.launch();
  const file = '000_5070c6c1e48426b5.txt';
  const folder = app.dirs.defaultSetDir;
  await openArticle(page, file);
  await tagPhrase(page, 'Rubio expressed confidence', 'Peace deal');
  await app.flush();

  // Another window (or a sync tool) adds an annotation to the same sidecar.
  const sidecar = await readSidecarFile(folder, file);
  const text = (await readFile(path.join(folder, file), 'utf8')).replace(/^\uFEFF/u, '');
  const index = new CodePointIndex(text);
  const phrase = 'airstrikes on Iran’s nuclear facilities';
  const start = index.toCodePoint(text.indexOf(phrase));
  const { quote, position } = describeRange(index, start, start + Array.from(phrase).length);
  const source = (sidecar.annotations[0] as (typeof sidecar.annotations)[number]).target.source;
  sidecar.annotations.push(createAnnotation({ id: 'urn:uuid:5f0c5b1e-2d0a-4a8e-9a57-0c6f4d1e7a01', now: new Date().toISOString(), source, quote, position, tags: ['Russia'] }));
  await writeFile(path.join(folder, sidecarNameFor(file)), serializeSidecar(sidecar));

  // This window takes the change in (its folder watcher, or its next save, which finds the file changed and
  // merges: whichever comes first), says so, and shows the other window's highlight too.
  await tagPhrase(page, 'a peace agreement between Congo and Rwanda', 'U.S. role');
  await expect(page.getByRole('status')).toContainText('had also been changed on disk; both sets of changes are merged.');
  await expect(page.locator('mark.hl', { hasText: 'airstrikes on Iran' })).toBeVisible();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await expect(panel.getByRole('listitem').filter({ hasText: phrase })).toBeVisible();
  await app.flush();
  expect((await readSidecarFile(folder, file)).annotations).toHaveLength(3);
});
