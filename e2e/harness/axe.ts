/**
 * Accessibility scans with axe-core: a screen passes when axe finds no
 * serious or critical violation of WCAG 2.1 A/AA there. Reusable for any
 * screen: `await expectAccessible(page, 'codebook dialog')`.
 *
 * Minor and moderate findings are returned (and attached to the report) but
 * do not fail the test; the issue asks for 0 serious or critical.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

export async function expectAccessible(page: Page, screen: string): Promise<Violation[]> {
  const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  await test.info().attach(`axe: ${screen}`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
  expect(blocking.map(describe), `serious or critical accessibility violations on "${screen}"`).toEqual([]);
  return results.violations;
}

function describe(v: Violation): string {
  const where = v.nodes
    .slice(0, 5)
    .map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/gu, ' ').slice(0, 200)})` : ''}`)
    .join('; ');
  return `${v.impact} ${v.id}: ${v.help} — ${where}`;
}
