/**
 * Test support (never imported by app code): the W3C Web Annotation Working
 * Group's model tests (vendor/w3c-annotation-tests, JSON Schema draft-04), as
 * web-platform-tests runs them. Every definition is loaded, then each MUST
 * assertion a single annotation must meet (annotations/annotationMusts.test)
 * is compiled; an annotation conforms when each gives its `expectedResult`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';

const SUITE = fileURLToPath(new URL('../../vendor/w3c-annotation-tests/', import.meta.url));

interface Assertion {
  id: string;
  expectedResult: 'valid' | 'invalid';
  validate: ValidateFunction;
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function loadMusts(): Assertion[] {
  // strict off: the suite uses keywords of its own (assertionType, errorMessage…) beside the schema's.
  const ajv = new Ajv({ strict: false, allErrors: false });
  for (const file of readdirSync(path.join(SUITE, 'definitions')).filter((f) => f.endsWith('.json'))) ajv.addSchema(readJson(path.join(SUITE, 'definitions', file)));
  const list = readJson(path.join(SUITE, 'annotations', 'annotationMusts.test'))['assertions'] as string[];
  return list.map((relative) => {
    const schema = readJson(path.join(SUITE, relative));
    if (schema['assertionType'] !== 'must') throw new Error(`${relative} is not a MUST assertion`);
    return { id: String(schema['id']), expectedResult: schema['expectedResult'] as Assertion['expectedResult'], validate: ajv.compile(schema) };
  });
}

let musts: Assertion[] | undefined;

/** The MUST assertions of the suite (54 at the vendored commit). */
export function mustAssertions(): readonly Assertion[] {
  musts ??= loadMusts();
  return musts;
}

/** The ids of the MUST assertions `annotation` fails: none when it conforms. */
export function failedMusts(annotation: unknown): string[] {
  return mustAssertions()
    .filter((a) => (a.validate(annotation) ? 'valid' : 'invalid') !== a.expectedResult)
    .map((a) => a.id);
}
