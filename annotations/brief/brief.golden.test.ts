/**
 * Golden test: the seed set (fixtures/seed-set.ts) rendered with a fixed clock
 * must equal docs/example-brief.md. After an intended change, regenerate with
 *   UPDATE_GOLDEN=1 npx vitest run annotations/brief/brief.golden.test.ts
 * and read the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { briefToMarkdown } from './brief';
import { buildSeedSetInput } from './fixtures/seed-set';

const SEEDS = new URL('../../seeds/', import.meta.url);
const GOLDEN = new URL('../../docs/example-brief.md', import.meta.url);

function seedInput() {
  return buildSeedSetInput((file) => readFileSync(new URL(file, SEEDS), 'utf8'));
}

describe('example brief (golden)', () => {
  it('renders the seed set exactly as docs/example-brief.md', () => {
    const markdown = briefToMarkdown(seedInput());
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, markdown, 'utf8');
    expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
