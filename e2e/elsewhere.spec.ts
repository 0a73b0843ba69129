/**
 * The same claim in other sources, on the seed set, over the real core:
 * Elsewhere on a tagged claim finds its counterpart in another article; a
 * decision (a key, a button) writes both annotations and their link to the
 * sidecars, is counted by the brief and drawn in the compare view, and is
 * undone by Ctrl+Z; a dismissed pair is never suggested again, also after
 * the set is reopened; the review queue is walked from the keyboard. The
 * new screens pass axe. Every wait is for a state the analyst would see.
 */
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { quoteSelectorOf, tagsOf, type Annotation } from '../annotations/model/annotation';
import { STANCE_LABELS, type Stance } from '../annotations/model/claim';
import { SEED_DETAILS } from '../annotations/model/seed-details';
import { writeClaimHeavySeedSet } from '../annotations/node/claim-heavy-set';
import { readSidecarFile } from './disk';
import { expect, test } from './fixtures';
import { openArticle, openSet, tagPhrase, titleOf } from './harness/actions';
import type { TestApp } from './harness/app';
import { expectAccessible } from './harness/axe';
import { SEEDS_DIR } from './harness/paths';
import { recordProgress, screenshotOnceMoved } from './harness/progress-states';
import { readmeShot } from './harness/readme-shots';
import { expectFlashed, watchFlashes } from './harness/flashes';

/** The seed articles, by their order (000 … 004). */
const [A, , B, C, D] = Object.keys(SEED_DETAILS).sort() as [string, string, string, string, string];
const CLAIM = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.';
/** CLAIM's counterpart in B, the whole sentence as the matcher offers it. */
const COUNTERPART = '“Armenia and Azerbaijan could strike a peace deal pretty soon,” U.S. Secretary of State Marco Rubio said ahead of the leaders’ recent meeting.';
/** A passage of C the matcher suggests for CLAIM, and the analyst judges another claim. */
const NOT_THE_SAME = 'Historic peace agreement between Armenia and Azerbaijan might be signed in the US';

const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotations' });
/** The card of the open article's annotation whose quote starts so. */
const cardOf = (page: Page, quote: string) => panel(page).locator('li.card').filter({ has: page.getByRole('button', { name: quote }) });
/** A suggestion of an Elsewhere list, by its passage (not by its context, which may hold other passages). */
const suggestion = (list: Locator, text: string) => list.locator('[data-candidate]').filter({ has: list.page().locator('.candidate__passage', { hasText: text }) });
/** The passage of a suggestion. */
const passageOf = async (candidate: Locator) => (await candidate.locator('.candidate__passage').textContent()) ?? '';

/**
 * The brief's counts, as the Brief view shows them under At a glance: the
 * claims corroborated ("1 of 3 claims are corroborated": "1 of 3"), and the
 * likely matches not reviewed, listed apart ("5 passages likely to state 2
 * claims elsewhere": "5 for 2").
 */
async function briefCounts(page: Page): Promise<{ corroborated: string; notReviewed: string }> {
  await page.getByRole('button', { name: 'Brief', exact: true }).click();
  const brief = page.getByRole('region', { name: 'Brief' });
  await expect(brief).toHaveAttribute('aria-busy', 'false');
  const text = (await page.getByRole('article', { name: 'Brief text' }).textContent()) ?? '';
  await page.getByRole('button', { name: 'Brief', exact: true }).click();
  await expect(panel(page)).toBeVisible();
  const corroborated = /(\d+ of \d+) claims? (?:is|are) corroborated/u.exec(text);
  const notReviewed = /Possible corroboration, not reviewed: (\d+) passages? likely to state (\d+) claims?/u.exec(text);
  return {
    corroborated: corroborated?.[1] ?? `no corroboration line in: ${text.slice(0, 400)}`,
    notReviewed: notReviewed ? `${notReviewed[1]} for ${notReviewed[2]}` : `no possible corroboration line in: ${text.slice(0, 400)}`,
  };
}

function annotationWithQuote(annotations: readonly Annotation[], quote: string): Annotation | undefined {
  return annotations.find((a) => quoteSelectorOf(a)?.exact === quote);
}

test('a claim’s counterpart in another article: confirmed with a key, linked in both sidecars, counted by the brief, drawn in the compare view, undone', async ({ app }) => {
  test.setTimeout(120_000);
  const page = await app.launch();
  const folder = app.dirs.defaultSetDir;
  await openArticle(page, A);
  await tagPhrase(page, CLAIM, 'Peace deal');
  const before = await briefCounts(page);
  expect(before.corroborated).toBe('0 of 1');

  // The claim just tagged is the current one: its card shows Elsewhere whole,
  // its likely matches the ones the brief lists apart, not counted.
  await cardOf(page, CLAIM).getByRole('button', { name: CLAIM }).click();
  const elsewhere = cardOf(page, CLAIM).getByRole('region', { name: 'Elsewhere' });
  await expect(elsewhere.locator('[data-candidate]').first()).toBeVisible();
  await expect(elsewhere).toHaveAttribute('aria-busy', 'false');
  const likely = await elsewhere.locator('[data-candidate].candidate--likely').count();
  expect(likely).toBeGreaterThan(0);
  expect(before.notReviewed).toBe(`${likely} for 1`);
  const counterpart = suggestion(elsewhere, 'strike a peace deal pretty soon');
  await expect(counterpart).toHaveAccessibleName(`Likely ${await titleOf(B)}`);
  await expect(counterpart).toHaveAccessibleDescription(COUNTERPART);
  await expect(counterpart.getByRole('list', { name: /^Why suggested/u })).toContainText('Rubio');
  await expectAccessible(page, 'a claim’s card with Elsewhere open');

  // From the keyboard: to the suggestion, s.
  await counterpart.focus();
  await page.keyboard.press('s');
  const linked = elsewhere.locator('.linked__item').filter({ hasText: 'strike a peace deal pretty soon' });
  await expect(linked).toContainText('Same claim');
  await expect(suggestion(elsewhere, 'strike a peace deal pretty soon')).toHaveCount(0);
  // The focus went on to the suggestion that took its place.
  await expect(elsewhere.locator('[data-candidate]:focus')).toHaveCount(1);

  await app.flush();
  const claim = (await readSidecarFile(folder, A)).annotations[0]!;
  const created = annotationWithQuote((await readSidecarFile(folder, B)).annotations, COUNTERPART);
  expect(created, 'the counterpart is an annotation of B').toBeDefined();
  expect(tagsOf(created!)).toEqual(['Peace deal']);
  expect(claim['ra:sameClaimAs']).toEqual([created!.id]);
  expect(created!['ra:sameClaimAs']).toEqual([claim.id]);
  expect((await briefCounts(page)).corroborated).toBe('2 of 2');

  // The compare view: the claim as a row, a mark in each source's column.
  await page.keyboard.press('Control+Shift+C');
  const compare = page.getByRole('region', { name: 'Compare' });
  const row = compare.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Rubio expressed confidence/u }) });
  await expect(row.getByRole('button', { name: new RegExp(`^${SEED_DETAILS[A]!.source}: reports\\.`, 'u') })).toBeVisible();
  await expect(row.getByRole('button', { name: /: silent\./u })).toHaveCount(3);
  await expectAccessible(page, 'compare view');
  // The grid is one Tab stop: the arrows go to B's cell, Enter reads its quote in place.
  const cells = row.getByRole('button');
  const cellB = row.getByRole('button', { name: new RegExp(`^${await titleOf(B)}: reports\\.`, 'u') });
  const columnB = (await cells.evaluateAll((all, name) => all.findIndex((b) => b.getAttribute('aria-label')?.startsWith(name)), `${await titleOf(B)}:`)) as number;
  await cells.first().focus();
  for (let i = 0; i < columnB; i++) await page.keyboard.press('ArrowRight');
  await expect(cellB).toBeFocused();
  const flashes = await watchFlashes(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article', { name: await titleOf(B) })).toBeVisible();
  await expectFlashed(flashes, 'strike a peace deal');
  await expect(page.locator('mark.hl', { hasText: 'strike a peace deal' })).toBeInViewport();
  // Back in the compare view, at the same cell.
  await page.keyboard.press('Control+Shift+C');
  await expect(cellB).toBeFocused();

  // Ctrl+Z: the row goes, and the annotation made in B and both links are gone from the disk.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Redo Link as the same claim' })).toBeEnabled();
  await expect(compare.getByRole('row')).toHaveCount(0);
  await expect(compare.getByText('No claims are linked yet.')).toBeVisible();
  await app.flush();
  expect(annotationWithQuote((await readSidecarFile(folder, B)).annotations, COUNTERPART)).toBeUndefined();
  expect((await readSidecarFile(folder, A)).annotations[0]!['ra:sameClaimAs']).toBeUndefined();
  expect(await briefCounts(page)).toEqual(before);
});

test('a dismissed pair is kept in the sidecar and never suggested again, also after the set is reopened', async ({ app }) => {
  const page = await app.launch();
  const folder = app.dirs.defaultSetDir;
  await openArticle(page, A);
  await tagPhrase(page, CLAIM, 'Peace deal');
  const elsewhere = () => cardOf(page, CLAIM).getByRole('region', { name: 'Elsewhere' });
  await expect(suggestion(elsewhere(), NOT_THE_SAME)).toHaveCount(1);

  // Chosen, then Annotate ▸ Not the Same (the menu sends the command the x key gives).
  await suggestion(elsewhere(), NOT_THE_SAME).focus();
  await expect(suggestion(elsewhere(), NOT_THE_SAME)).toHaveAttribute('aria-current', 'true');
  await app.menuCommand('decideNotSame');
  await expect(elsewhere().locator('.elsewhere__status')).toContainText('1 dismissed');
  await expect(suggestion(elsewhere(), NOT_THE_SAME)).toHaveCount(0);
  await app.flush();
  const dismissed = (await readSidecarFile(folder, A)).annotations[0]!['ra:notSameClaimAs'] as { source: string; selector: { type: string; exact?: string }[] }[];
  expect(dismissed).toHaveLength(1);
  expect(dismissed[0]!.source).toBe(C);
  expect(dismissed[0]!.selector.find((s) => s.type === 'TextQuoteSelector')?.exact).toContain(NOT_THE_SAME);

  const again = await app.relaunch();
  await openArticle(again, A);
  // Not the current claim now: its card sums Elsewhere up; Review opens the whole list, focused.
  const summary = cardOf(again, CLAIM).getByRole('region', { name: 'Elsewhere' });
  await summary.getByRole('button', { name: /^Review \d+ suggestions$/u }).click();
  const list = cardOf(again, CLAIM).getByRole('region', { name: 'Elsewhere' });
  await expect(list.locator('[data-candidate]').first()).toBeFocused();
  await expect(list.locator('.elsewhere__status')).toContainText('1 dismissed');
  await expect(list.locator('[data-candidate]').first()).toBeVisible();
  await expect(suggestion(list, NOT_THE_SAME)).toHaveCount(0);
});

test('a claim tagged as a clause finds its counterpart as a clause, and Same claim annotates that much', async ({ app }) => {
  const page = await app.launch();
  const folder = app.dirs.defaultSetDir;
  const [first] = Object.keys(SEED_DETAILS).sort() as [string];
  // A clause of seed 001's long first sentence; its counterpart in seed 000 is a clause of a sentence that goes on.
  const clause = 'Pashinyan and Azerbaijani President Ilham Aliyev met in Abu Dhabi on Thursday';
  const counterpart = 'the official confirmation of the meeting between Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan, scheduled for tomorrow in Abu Dhabi';
  await openArticle(page, Object.keys(SEED_DETAILS).sort()[1] as string);
  await tagPhrase(page, clause, 'Peace deal');
  await cardOf(page, clause).getByRole('button', { name: clause }).click();
  const elsewhere = cardOf(page, clause).getByRole('region', { name: 'Elsewhere' });
  await expect(elsewhere).toHaveAttribute('aria-busy', 'false');
  const suggested = suggestion(elsewhere, 'scheduled for tomorrow in Abu Dhabi');
  expect(await passageOf(suggested)).toBe(counterpart);
  await page.screenshot({ path: 'test-results/screens/elsewhere-clause.png' });
  await suggested.focus();
  await page.keyboard.press('s');
  await expect(elsewhere.locator('.linked__item').filter({ hasText: 'scheduled for tomorrow in Abu Dhabi' })).toContainText('Same claim');
  await app.flush();
  const created = annotationWithQuote((await readSidecarFile(folder, first)).annotations, counterpart);
  expect(created, 'the clause is an annotation of seed 000').toBeDefined();
  expect(tagsOf(created!)).toEqual(['Peace deal']);
});

/** The review panel's count of what is left ("2 claims with 9 likely matches left to review."), as numbers. */
async function left(review: Locator): Promise<{ claims: number; matches: number }> {
  const text = (await review.locator('.review__left').textContent()) ?? '';
  const m = /(\d+) claims? with (\d+) likely match(?:es)? left/u.exec(text);
  if (!m) throw new Error(`no count of what is left in: ${text}`);
  return { claims: Number(m[1]), matches: Number(m[2]) };
}

test('the review queue, from the keyboard: each claim shown in its article, decided with a key, what is left counted down', async ({ app }) => {
  test.setTimeout(120_000);
  const page = await app.launch();
  await openArticle(page, A);
  await tagPhrase(page, CLAIM, 'Peace deal');
  await tagPhrase(page, 'It is worth noting that Baku has consistently emphasized the need to amend Armenia’s Constitution as a precondition for peace.', 'Peace deal');

  // The queue starts at the current claim (the one just tagged, once its save confirmed it under its id), the second of two.
  await expect(page.locator('.article-text mark.hl--saving')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+M');
  const review = page.getByRole('complementary', { name: 'Matches to review' });
  const position = review.getByRole('navigation', { name: 'Claims to review' });
  const underReview = review.getByRole('region', { name: 'Claim under review' });
  await expect(review.getByRole('heading', { name: 'Matches to review' })).toBeFocused();
  await expect(review.locator('.review__left')).toContainText('2 claims with');
  await expect(position).toContainText('Claim 2 of 2');
  await expect(underReview).toContainText('amend Armenia’s Constitution');
  await expectAccessible(page, 'review queue');

  // Shift+K: the previous claim, shown in its article.
  const flashes = await watchFlashes(page);
  await page.keyboard.press('Shift+K');
  await expect(position).toContainText('Claim 1 of 2');
  await expect(underReview).toContainText('Rubio expressed confidence');
  await expectFlashed(flashes, 'Rubio expressed confidence');

  // x dismisses the current suggestion: one likely match fewer, no claim added, the next one current.
  const before = await left(review);
  const list = underReview.getByRole('region', { name: 'Elsewhere' });
  const first = await passageOf(list.locator('[data-candidate]').first());
  await page.keyboard.press('x');
  await expect.poll(async () => (await left(review)).matches).toBe(before.matches - 1);
  expect((await left(review)).claims).toBe(before.claims);
  await expect(suggestion(list, first)).toHaveCount(0);
  await expect(list.locator('[data-candidate]').first()).toHaveAttribute('aria-current', 'true');

  // Shift+J, then d on that claim's first suggestion: linked as disputing it.
  await page.keyboard.press('Shift+J');
  await expect(underReview).toContainText('amend Armenia’s Constitution');
  await expectFlashed(flashes, 'amend Armenia’s Constitution');
  const disputed = await passageOf(list.locator('[data-candidate]').first());
  await page.keyboard.press('d');
  await expect(list.locator('.linked__item').filter({ hasText: disputed })).toContainText('Disputes this claim');

  // Enter on a suggestion shows it in its article, selected; the queue stays beside it.
  const other = list.locator('[data-candidate]').filter({ hasNot: page.locator('.flag--annotated') }).first();
  const otherText = await passageOf(other);
  await other.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(otherText);
  await expect(underReview).toContainText('amend Armenia’s Constitution');

  await review.getByRole('button', { name: 'Close review' }).click();
  await expect(panel(page)).toBeVisible();
});

/** The counterpart in C of the last pictured claim, which gives the length of the conflict differently. */
const FOUR_DECADES = 'After almost four decades of bitter conflict';

/** The claims of the README pictures: [article, passage, tag, stance, decisions on suggestions (by a passage they hold)]. */
const PICTURED: [string, string, string, Stance, [string, 'Same claim' | 'Disputes'][]][] = [
  [A, CLAIM, 'Peace deal', 'reports', [['strike a peace deal pretty soon', 'Same claim'], ['Despite this indication of good intent', 'Disputes']]],
  [B, 'For the first time in decades, Moscow finds itself sidelined from mediating a conflict it once dominated.', 'Russia', 'asserts', [['Moscow, which traditionally claims the role of key mediator', 'Same claim']]],
  [D, 'Iran may view the U.S. activation and the idea of the Zangezur Corridor as a direct threat to its southern interests.', 'Transit corridor', 'speculates', [['Moreover, the corridor could expand Turkish influence', 'Same claim']]],
  [D, 'U.S. President Donald Trump is planning to host the leaders of Armenia and Azerbaijan at the White House on August 8', 'U.S. role', 'asserts', [['set to meet US President Donald Trump for a peace summit', 'Same claim']]],
  [B, 'The Armenia-Azerbaijan conflict has endured for over three decades.', 'Peace deal', 'asserts', [[FOUR_DECADES, 'Same claim']]],
];

test('README pictures: Elsewhere on a claim, the review queue and the compare view; axe in the dark theme', async ({ app }) => {
  test.setTimeout(180_000);
  const page = await app.launch({ clock: () => new Date(Date.UTC(2025, 7, 10, 9, 0)) });
  for (const [i, [file, passage, tag, stance, decisions]] of PICTURED.entries()) {
    await openArticle(page, file);
    await tagPhrase(page, passage, tag);
    const card = cardOf(page, passage);
    await card.getByText('Claim details').click();
    await card.getByLabel('Stance').selectOption({ label: STANCE_LABELS[stance] });
    await card.locator('summary').click();
    const list = card.getByRole('region', { name: 'Elsewhere' });
    if (i === PICTURED.length - 1) {
      // The picture: the suggestions of the claim on the conflict's length, the number that differs marked.
      const differing = suggestion(list, FOUR_DECADES).getByRole('list', { name: 'Details that differ' });
      await expect(differing).toContainText('almost four decades');
      await suggestion(list, FOUR_DECADES).evaluate((element) => element.scrollIntoView({ block: 'end' }));
      await expect(page.locator('.notice')).toHaveCount(0, { timeout: 15_000 });
      await readmeShot(page, 'elsewhere');
    }
    for (const [text, decision] of decisions) {
      await suggestion(list, text).getByRole('button', { name: decision }).click();
      await expect(list.locator('.linked__item').filter({ hasText: text })).toBeVisible();
    }
  }
  await app.flush();

  await page.keyboard.press('Control+Shift+M');
  const review = page.getByRole('complementary', { name: 'Matches to review' });
  await expect(review.locator('.review__left')).toContainText('left to review');
  await expect(review.getByRole('region', { name: 'Elsewhere' }).locator('[data-candidate]').first()).toBeVisible();
  await expect(page.locator('mark.hl.hl-flash')).toHaveCount(0);
  await expect(page.locator('.notice')).toHaveCount(0, { timeout: 15_000 });
  await readmeShot(page, 'review-queue');

  await page.keyboard.press('Control+Shift+C');
  const compare = page.getByRole('region', { name: 'Compare' });
  await expect(compare.getByRole('row')).toHaveCount(PICTURED.length + 1);
  await expect(compare.getByRole('rowheader', { name: /Sources disagree/u })).toHaveCount(1);
  await expect(compare.getByRole('button', { name: /: disputes\./u })).toHaveCount(1);
  await expect(compare.getByRole('button', { name: /: speculates\./u })).toHaveCount(1);
  await readmeShot(page, 'compare');

  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'compare view (dark theme)');
  await page.keyboard.press('Control+Shift+C');
  await expect(review).toBeVisible();
  await expectAccessible(page, 'review queue (dark theme)');
  await review.getByRole('button', { name: 'Close review' }).click();
  await expect(panel(page).getByRole('region', { name: 'Elsewhere' }).first()).toBeVisible();
  await expectAccessible(page, 'cards with Elsewhere (dark theme)');
});

/** The seeds in twelve copies, every sentence a tagged claim (claim-heavy-set.ts), opened as a set: scoring them all takes a while. */
async function openClaimHeavySet(app: TestApp, tmp: string): Promise<{ page: Page; claims: number }> {
  const folder = path.join(tmp, 'Many claims');
  const claims = await writeClaimHeavySeedSet(SEEDS_DIR, folder, 12);
  const page = await app.launch();
  await openSet(page, app.folderChoices, folder);
  return { page, claims };
}

test('the review queue of a large set shows how far it has got: articles read, then claims scored', async ({ app, tmp }) => {
  // The first queue scores well over a thousand claims.
  const { page, claims } = await openClaimHeavySet(app, tmp);

  const LABEL = 'Finding the claims with suggestions';
  const progressStates = await recordProgress(page, LABEL);
  await page.keyboard.press('Control+Shift+M');
  const review = page.getByRole('complementary', { name: 'Matches to review' });
  await screenshotOnceMoved(page, LABEL, 'scoring', 'test-results/screens/review-progress.png');
  await expect(review.locator('.review__left')).toContainText('left to review', { timeout: 30_000 });
  await expect(review.getByRole('progressbar')).toHaveCount(0);

  const states = await progressStates();
  const total = claims.toLocaleString('en');
  const pattern = new RegExp(`^(?:reading article (\\d+) of 60|scoring claim ([\\d,]+) of ${total}|starting…)$`, 'u');
  expect(states.filter((s) => !pattern.test(s)), `states: ${states.join(' | ')}`).toEqual([]);
  // Articles first, then claims, each count only rising (how many steps show depends on the machine's speed).
  const phase = states.map((s) => (s.startsWith('reading') ? 0 : s.startsWith('scoring') ? 1 : -1)).filter((p) => p >= 0);
  expect(phase).toEqual([...phase].sort());
  const scored = states.flatMap((s) => /^scoring claim ([\d,]+)/u.exec(s)?.[1] ?? []).map((n) => Number(n.replaceAll(',', '')));
  expect(scored).toEqual([...scored].sort((a, b) => a - b));
  expect(scored.length, `states: ${states.join(' | ')}`).toBeGreaterThanOrEqual(1);
  // The core told the window as it went, claim count rising; how many of those the page drew depends on the machine (TestApp.emitted).
  const told = app.emitted.flatMap((e) => (e.type === 'matchProgress' && e.phase === 'scoring' ? [e.done] : []));
  expect(new Set(told).size, `scoring progress sent: ${told.join(', ')}`).toBeGreaterThanOrEqual(10);
  expect(told).toEqual([...told].sort((a, b) => a - b));
});

test('the brief of a large set says when it is finding possible corroboration, between reading and writing', async ({ app, tmp }) => {
  const { page, claims } = await openClaimHeavySet(app, tmp);

  const LABEL = 'Building the brief';
  const progressStates = await recordProgress(page, LABEL);
  // The set's claims are matched for the first time here: the brief's possible corroboration scores all of them.
  await page.getByRole('button', { name: 'Brief', exact: true }).click();
  const brief = page.getByRole('region', { name: 'Brief' });
  await brief
    .getByRole('progressbar', { name: LABEL })
    .and(page.locator('[aria-valuetext^="finding possible corroboration"]'))
    .waitFor({ timeout: 5_000 })
    .then(
      () => page.screenshot({ path: 'test-results/screens/brief-matching-progress.png' }),
      () => undefined, // already past: the recorded states below are what is checked
    );
  await expect(brief).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(page.getByRole('article', { name: 'Brief text' })).toContainText('Possible corroboration, not reviewed');

  const states = await progressStates();
  const total = claims.toLocaleString('en');
  const pattern = new RegExp(`^(?:reading article \\d+ of 60|finding possible corroboration, claim [\\d,]+ of ${total}|writing…|starting…)$`, 'u');
  expect(states.filter((s) => !pattern.test(s)), `states: ${states.join(' | ')}`).toEqual([]);
  const order = states.map((s) => (s.startsWith('reading') ? 0 : s.startsWith('finding') ? 1 : s.startsWith('writing') ? 2 : -1)).filter((p) => p >= 0);
  expect(order, `states: ${states.join(' | ')}`).toEqual([...order].sort());
  expect(order, `states: ${states.join(' | ')}`).toContain(1);
});
