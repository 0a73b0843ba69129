/**
 * docs/sidecar.schema.json is the published JSON Schema of the sidecar format.
 * It is generated from `sidecarSchema`; this test fails when the two drift.
 * To regenerate after changing the schema on purpose:
 *   UPDATE_SCHEMA=1 npx vitest run annotations/sidecar
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { anchorAnnotation } from '../anchoring/anchor';
import { describeRange } from '../anchoring/describe';
import { positionSelectorOf, quoteSelectorOf } from '../model/annotation';
import { CodePointIndex, stripBom } from '../text/code-points';
import { parseSidecar, sidecarSchema } from './schema';

const SCHEMA_FILE = fileURLToPath(new URL('../../docs/sidecar.schema.json', import.meta.url));
const FORMAT_DOC = fileURLToPath(new URL('../../docs/sidecar-format.md', import.meta.url));
const SEEDS = new URL('../../seeds/', import.meta.url);

describe('published JSON Schema', () => {
  it('docs/sidecar.schema.json matches sidecarSchema', () => {
    const generated = JSON.stringify(z.toJSONSchema(sidecarSchema), null, 2) + '\n';
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, generated);
    let committed = '';
    try {
      committed = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      // Reported below with the regeneration hint.
    }
    expect(
      committed,
      'docs/sidecar.schema.json is out of date. Regenerate it with: UPDATE_SCHEMA=1 npx vitest run annotations/sidecar',
    ).toBe(generated);
  });
});

describe('docs/sidecar-format.md', () => {
  it('has an example sidecar that is valid and anchors exactly in its seed article', () => {
    const doc = readFileSync(FORMAT_DOC, 'utf8');
    const example = /## Example\s+```json\n([\s\S]*?)\n```/u.exec(doc)?.[1];
    expect(example, 'the "## Example" section must hold a json code block').toBeDefined();
    const sidecar = parseSidecar(example ?? '', 'example');
    const text = stripBom(readFileSync(fileURLToPath(new URL(sidecar.article.file, SEEDS)), 'utf8'));
    const index = new CodePointIndex(text);
    for (const annotation of sidecar.annotations) {
      expect(anchorAnnotation(index, annotation).status).toBe('exact');
      const position = positionSelectorOf(annotation);
      // The documented context is what the app itself would write.
      expect(quoteSelectorOf(annotation)).toEqual(describeRange(index, position?.start ?? 0, position?.end ?? 0).quote);
    }
  });
});
