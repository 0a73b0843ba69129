/**
 * What a new user sees first: the seed set, each article named by its
 * headline or working title, with its outlet and date where the text shows
 * them; and the Brief the app exists for, built from a few claims tagged
 * across the five sources. Both are README pictures.
 */
import { STANCE_LABELS, type Stance } from '../annotations/model/claim';
import { SEED_DETAILS } from '../annotations/model/seed-details';
import { expect, test } from './fixtures';
import { openArticle, tagPhrase } from './harness/actions';
import { readmeShot } from './harness/readme-shots';

const SEEDS = Object.keys(SEED_DETAILS).sort();
/** The pictures show the same export time on every run. */
const clock = () => new Date(Date.UTC(2025, 7, 10, 9, 0));
const [S000, S001, S002, S003, S004] = SEEDS as [string, string, string, string, string];

test('the first screen: the seed set, its articles named and dated as their texts show', async ({ app }) => {
  const page = await app.launch({ clock });
  const list = page.getByRole('navigation', { name: 'Articles' });
  await expect(list.getByRole('link')).toHaveText(SEEDS.map((file) => SEED_DETAILS[file]!.title));
  // 003's headline, not its first line ("..."), and its details above the text.
  await openArticle(page, S003);
  await expect(page.getByText('Euronews · 2025-08-06')).toBeVisible();
  await readmeShot(page, 'first-screen');
});

/** [article, passage, tag, stance, who claims it] */
const CLAIMS: [string, string, string, Stance, string?][] = [
  [S000, 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.', 'Peace deal', 'reports', 'Marco Rubio'],
  [S001, 'Russia still has the ability to be a spoiler to an Armenia-Azerbaijan deal', 'Russia', 'asserts'],
  [S002, 'For the first time in decades, Moscow finds itself sidelined from mediating a conflict it once dominated.', 'Russia', 'asserts'],
  [S002, 'The Trump administration has reportedly proposed that Armenian border and customs checks', 'Transit corridor', 'reports'],
  [S003, 'The critical issue on the peace talks agenda is the Zangezur Corridor', 'Transit corridor', 'asserts'],
  [S003, 'The leaders of Azerbaijan and Armenia are set to meet US President Donald Trump', 'U.S. role', 'reports'],
  [S004, 'U.S. President Donald Trump is planning to host the leaders of Armenia and Azerbaijan', 'U.S. role', 'reports'],
  [S004, 'Iran may view the U.S. activation and the idea of the Zangezur Corridor as a direct threat', 'Transit corridor', 'speculates'],
];

test('the Brief of the seed set: heatmap of tags by source, the scope, and a tag section quoting each source', async ({ app }) => {
  test.setTimeout(120_000);
  const page = await app.launch({ clock });
  for (const [file, passage, tag, stance, by] of CLAIMS) {
    await openArticle(page, file);
    await tagPhrase(page, passage, tag);
    const card = page.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem').filter({ hasText: passage.slice(0, 40) });
    await card.getByText('Claim details').click();
    await card.getByLabel('Stance').selectOption({ label: STANCE_LABELS[stance] });
    if (by) {
      await card.getByLabel('Claimed by').fill(by);
      await card.getByLabel('Claimed by').press('Enter');
    }
  }
  await app.flush();

  await page.getByRole('button', { name: 'Brief', exact: true }).click();
  const brief = page.getByRole('region', { name: 'Brief' });
  await expect(brief.getByRole('table')).toBeVisible();
  await expect(brief.getByRole('button', { name: `Transit corridor in ${SEED_DETAILS[S003]!.source}: 1 claim` })).toBeVisible();
  await expect(brief.getByRole('button', { name: `Russia in ${SEED_DETAILS[S003]!.source}: silent` })).toBeVisible();
  await expect(brief.getByRole('complementary', { name: 'Scope of the brief' })).toBeVisible();
  await readmeShot(page, 'brief');

  // A tag section: what each source claims, verbatim, and who is silent.
  const text = page.getByRole('article', { name: 'Brief text' });
  const section = text.getByRole('heading', { name: 'Transit corridor' }).first();
  await section.scrollIntoViewIfNeeded();
  await expect(text).toContainText('The critical issue on the peace talks agenda is the Zangezur Corridor');
  await page.evaluate(() => {
    const heading = [...document.querySelectorAll('h2, h3')].find((h) => h.textContent?.trim() === 'Transit corridor' && h.closest('[aria-label="Brief text"]'));
    heading?.scrollIntoView({ block: 'start' });
  });
  await readmeShot(page, 'brief-tag-section');
});
