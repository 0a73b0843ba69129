/**
 * Claims: stance, attribution, confidence and "same claim as" links edited in
 * the panel, article details edited above the text; all saved in the
 * sidecars as documented.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readSidecarFile } from './disk';
import { expect, test } from './fixtures';
import { SEEDS_DIR } from './harness/paths';
import { openArticle, tagPhrase } from './harness/actions';
import { afterFrames } from './harness/frames';
import { holdSelectionChanges } from './harness/late-selectionchange';
import { dragEndsOf, dragSelect } from './harness/select';

const A = '000_5070c6c1e48426b5.txt';
const B = '002_629f6f8c301c9278.txt';
const QUOTE_A = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.';
const QUOTE_B = '“Armenia and Azerbaijan could strike a peace deal pretty soon,” U.S. Secretary of State Marco Rubio said';
const NEXT_A = 'The prospect of a peace deal between Armenia and Azerbaijan was also included in this list.';
/** In QUOTE_A's paragraph, before it. */
const BEFORE_A = 'A sign of potential breakthrough came from a statement by U.S. Secretary of State';

test('stance, attribution, confidence and same-claim links are edited in the panel and saved', async ({ app }) => {
  const page = await app.launch();
  const folder = app.dirs.defaultSetDir;
  await openArticle(page, A);
  await tagPhrase(page, QUOTE_A, 'Peace deal');
  await openArticle(page, B);
  await tagPhrase(page, QUOTE_B, 'Peace deal');

  const card = page.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem').filter({ hasText: 'strike a peace deal' });
  await card.getByText('Claim details').click();
  await card.getByLabel('Stance').selectOption({ label: 'Asserts' });
  await card.getByLabel('Claimed by').fill('Marco Rubio');
  await card.getByLabel('Claimed by').press('Enter');
  await card.getByLabel('Confidence').selectOption({ label: 'High' });
  await card.getByRole('button', { name: 'Link to other sources…' }).click();
  // Checked once the link is saved (the box shows what is stored).
  await card.getByRole('checkbox', { name: /Rubio expressed confidence/u }).click();
  await expect(card.getByRole('checkbox', { name: /Rubio expressed confidence/u })).toBeChecked();
  await card.getByRole('button', { name: 'Done' }).click();
  await expect(card.getByText('Claim: Asserts · by Marco Rubio · high confidence · same claim in 1 other')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/claim.png' });

  await app.flush();
  const stored = (await readSidecarFile(folder, B)).annotations[0]!;
  const linkedTo = (await readSidecarFile(folder, A)).annotations[0]!.id;
  expect(stored).toMatchObject({ 'ra:stance': 'asserts', 'ra:attribution': 'Marco Rubio', 'ra:confidence': 'high', 'ra:sameClaimAs': [linkedTo] });

  // Cleared fields leave no trace in the sidecar.
  await card.getByLabel('Stance').selectOption({ label: 'Not set' });
  await expect(card.getByText('Claim: by Marco Rubio · high confidence · same claim in 1 other')).toBeVisible();
  await app.flush();
  expect('ra:stance' in (await readSidecarFile(folder, B)).annotations[0]!).toBe(false);
});

// A claim saved while the analyst already selects the next passage: the
// reply lands between the press and the drag, and the press's
// selectionchange reaches the page after the next frame (as on a busy
// machine). The viewer used to rebuild the highlight's paragraph for the
// claim, and the reading caret, put back at its remembered place during the
// press, turned the drag into caret moves: no selection, no toolbar.
test('a claim saved while the mouse is down does not spoil the drag that selects the next passage', async ({ app }) => {
  const page = await app.launch();
  await openArticle(page, A);
  await tagPhrase(page, QUOTE_A, 'Peace deal');
  const card = page.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem').filter({ hasText: 'Rubio expressed' });
  await card.getByText('Claim details').click();

  const reply = app.holdReply('updateAnnotation');
  await card.getByLabel('Stance').selectOption({ label: 'Asserts' });
  await reply.answered;
  const { from, to } = await dragEndsOf(page, NEXT_A);
  await page.mouse.move(from.x, from.y);
  const selectionChanges = await holdSelectionChanges(page);
  await page.mouse.down();
  reply.release();
  await expect(card.getByText('Claim: Asserts')).toBeVisible();
  await afterFrames(page);
  expect(await selectionChanges.deliver()).toBeGreaterThan(0);
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();

  await expect(page.getByRole('toolbar', { name: 'Tag selection' })).toBeVisible();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(NEXT_A);
});

// The next passage is selected, its toolbar open, when the last claim's save
// is answered: the answer gives the highlight the core's id, which rebuilds
// its paragraph, and the passage selected in it went with its text nodes.
// The reading caret was put back in its place, collapsed, and the toolbar
// closed: an analyst tagging quickly on a busy machine lost the selection.
test('a claim saved while the next passage awaits its tag keeps that passage selected and its toolbar open', async ({ app }) => {
  const page = await app.launch();
  await openArticle(page, A);
  const reply = app.holdReply('createAnnotation');
  await dragSelect(page, QUOTE_A);
  await page.getByRole('toolbar', { name: 'Tag selection' }).getByRole('button', { name: 'Peace deal', exact: true }).click();
  await reply.answered;
  await dragSelect(page, BEFORE_A);
  const toolbar = page.getByRole('toolbar', { name: 'Tag selection' });
  await expect(toolbar).toBeVisible();

  reply.release();
  await expect(page.locator('mark.hl', { hasText: 'Rubio expressed confidence' })).not.toHaveClass(/hl--saving/u);
  await afterFrames(page);
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(BEFORE_A);
  await toolbar.getByRole('button', { name: 'U.S. role', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await expect(panel.getByRole('button', { name: BEFORE_A, exact: true })).toBeVisible();
  await expect(panel.getByRole('button', { name: QUOTE_A, exact: true })).toBeVisible();
});

test('article details are edited above the text and name the article in the list', async ({ app }) => {
  const page = await app.launch();
  const folder = app.dirs.defaultSetDir;
  // Shown first: Edit details pressed while the article before it is still shown edits that one.
  await openArticle(page, B);
  await page.getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: 'Article details' });
  await form.getByLabel('Title').fill('Moscow sidelined as Armenia and Azerbaijan near a deal');
  await form.getByLabel('Outlet').fill('The National Interest');
  await form.getByLabel('Published').fill('2025-07-12');
  await form.getByRole('button', { name: 'Save details' }).click();

  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link', { name: 'Moscow sidelined as Armenia and Azerbaijan near a deal', exact: true })).toBeVisible();
  await expect(page.getByText('The National Interest · 2025-07-12')).toBeVisible();
  await app.flush();
  const sidecar = await readSidecarFile(folder, B);
  expect(sidecar.article).toMatchObject({ file: B, title: 'Moscow sidelined as Armenia and Azerbaijan near a deal', source: 'The National Interest', published: '2025-07-12' });
  expect(await readFile(path.join(folder, B))).toEqual(await readFile(path.join(SEEDS_DIR, B)));
});
