import { describe, expect, it } from 'vitest';
import { AnnotatorError } from '../errors';
import {
  emptySetFile,
  emptySidecar,
  isSidecarName,
  parseSetFile,
  parseSidecar,
  serializeSetFile,
  serializeSidecar,
  sidecarNameFor,
} from './schema';

const FILE = '000.txt.annotations.json';
const SHA = 'ab'.repeat(32);

/** A valid sidecar with unknown fields at every level a newer tool might add them. */
function richSidecar(): Record<string, unknown> {
  return {
    format: 'research-annotator/sidecar',
    version: 1,
    generator: { name: 'another-tool', version: '3.1' },
    article: { file: '000.txt', sha256: SHA, title: 'Peace talks', language: 'en' },
    annotations: [
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'urn:uuid:0b6d1d0e-8a49-4c1b-9a7e-2d7f9f0c1a11',
        type: 'Annotation',
        motivation: 'tagging',
        created: '2025-08-06T16:21:00Z',
        modified: '2025-08-07T09:00:00.123+02:00',
        creator: { name: 'Ana' },
        body: [
          { type: 'TextualBody', purpose: 'tagging', value: 'claim', confidence: 0.8 },
          { type: 'TextualBody', purpose: 'commenting', value: 'Check the date.', format: 'text/plain' },
          { type: 'SpecificResource', source: 'https://example.org/x' },
        ],
        target: {
          source: '000.txt',
          scope: 'paragraph',
          selector: [
            { type: 'TextQuoteSelector', exact: 'peace', prefix: 'a ', suffix: ' deal', note: 'kept' },
            { type: 'TextPositionSelector', start: 10, end: 15, unit: 'codepoint' },
            { type: 'CssSelector', value: '#p3' },
          ],
        },
      },
    ],
  };
}

type Obj = Record<string, unknown>;

/** The object at `path` inside a fixture, for editing it in place. */
function at(value: unknown, ...path: (string | number)[]): Obj {
  return path.reduce<unknown>((v, key) => (v as Obj)[key], value) as Obj;
}

function listAt(value: unknown, ...path: (string | number)[]): unknown[] {
  return at(value, ...path) as unknown as unknown[];
}

const A0 = ['annotations', 0] as const;
const SEL = [...A0, 'target', 'selector'] as const;

function errorOf(run: () => unknown): AnnotatorError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AnnotatorError);
    return error as AnnotatorError;
  }
  throw new Error('expected an AnnotatorError');
}

describe('sidecar names', () => {
  it('puts the sidecar beside the article', () => {
    expect(sidecarNameFor('000.txt')).toBe('000.txt.annotations.json');
    expect(isSidecarName('000.txt.annotations.json')).toBe(true);
    expect(isSidecarName('.annotations.json')).toBe(false);
    expect(isSidecarName('000.txt')).toBe(false);
  });
});

describe('parseSidecar / serializeSidecar', () => {
  it('round-trips a sidecar, keeping unknown fields at every level', () => {
    const json = JSON.stringify(richSidecar(), null, 2) + '\n';
    const parsed = parseSidecar(json, FILE);
    expect(parsed).toEqual(richSidecar());
    expect(serializeSidecar(parsed)).toBe(json);
    const again = JSON.parse(serializeSidecar(parsed)) as Record<string, unknown>;
    expect(again['generator']).toEqual({ name: 'another-tool', version: '3.1' });
    expect((again['article'] as Record<string, unknown>)['language']).toBe('en');
    expect(at(again, ...A0)['creator']).toEqual({ name: 'Ana' });
    expect(at(again, ...A0, 'body', 0)['confidence']).toBe(0.8);
    expect(at(again, ...A0, 'body', 2)).toEqual({ type: 'SpecificResource', source: 'https://example.org/x' });
    expect(at(again, ...A0, 'target')['scope']).toBe('paragraph');
    expect(at(again, ...SEL, 0)['note']).toBe('kept');
    expect(at(again, ...SEL, 1)['unit']).toBe('codepoint');
    expect(at(again, ...SEL, 2)).toEqual({ type: 'CssSelector', value: '#p3' });
  });

  it('accepts a sidecar file starting with a BOM', () => {
    expect(parseSidecar('\uFEFF' + JSON.stringify(richSidecar()), FILE).article.file).toBe('000.txt');
  });

  it('round-trips the empty sidecar', () => {
    const empty = emptySidecar('a.txt', SHA);
    expect(parseSidecar(serializeSidecar(empty), 'a.txt.annotations.json')).toEqual(empty);
    expect(serializeSidecar(empty).endsWith('}\n')).toBe(true);
  });

  it.each([
    ['an empty file', '', 'is empty'],
    ['whitespace only', ' \n', 'is empty'],
    ['truncated JSON', JSON.stringify(richSidecar()).slice(0, 80), 'not valid JSON'],
    ['NUL bytes', '{"format":\u0000}', 'NUL'],
  ])('refuses %s, naming the file', (_what, json, words) => {
    const error = errorOf(() => parseSidecar(json, FILE));
    expect(error.kind).toBe('invalid-sidecar');
    expect(error.file).toBe(FILE);
    expect(error.message).toContain(FILE);
    expect(error.message).toContain(words);
  });

  const cases: [string, (s: Obj) => void, string][] = [
    ['a non-object root', (s) => Object.keys(s).forEach((k) => delete s[k]), 'format: missing'],
    ['a wrong format', (s) => (s['format'] = 'other/thing'), 'format: expected "research-annotator/sidecar"'],
    ['version 0', (s) => (s['version'] = 0), 'version: expected 1'],
    ['a missing article', (s) => delete s['article'], 'article: missing (expected an object)'],
    ['a bad sha256', (s) => (at(s, 'article')['sha256'] = SHA.toUpperCase()), 'article.sha256: expected 64 lowercase hexadecimal'],
    ['annotations not an array', (s) => (s['annotations'] = {}), 'annotations: expected an array'],
    ['an empty id', (s) => (at(s, ...A0)['id'] = ''), 'annotations[0].id: expected a non-empty string'],
    ['a wrong type', (s) => (at(s, ...A0)['type'] = 'Note'), 'annotations[0].type: expected "Annotation"'],
    ['a bad date', (s) => (at(s, ...A0)['created'] = '6 Aug 2025'), 'annotations[0].created: expected an ISO 8601'],
    ['a tag without text', (s) => (at(s, ...A0, 'body', 0)['value'] = 7), 'annotations[0].body[0].value: expected a string'],
    ['a note without text', (s) => delete at(s, ...A0, 'body', 1)['value'], 'annotations[0].body[1].value: expected a string'],
    ['an empty quote', (s) => (at(s, ...SEL, 0)['exact'] = ''), 'annotations[0].target.selector[0].exact: expected a non-empty string'],
    ['a numeric quote', (s) => (at(s, ...SEL, 0)['exact'] = 42), 'annotations[0].target.selector[0].exact: expected a string'],
    ['a negative start', (s) => (at(s, ...SEL, 1)['start'] = -1), 'annotations[0].target.selector[1].start: expected a number >= 0'],
    ['a fractional end', (s) => (at(s, ...SEL, 1)['end'] = 15.5), 'annotations[0].target.selector[1].end: expected a whole number'],
    ['end before start', (s) => (at(s, ...SEL, 1)['end'] = 2), 'annotations[0].target.selector[1].end: expected end >= start'],
    ['a selector without type', (s) => delete at(s, ...SEL, 2)['type'], 'annotations[0].target.selector[2].type: missing (expected a string)'],
    ['no quote selector', (s) => listAt(s, ...SEL).shift(), 'annotations[0].target.selector: expected a TextQuoteSelector'],
    ['no position selector', (s) => listAt(s, ...SEL).splice(1, 1), 'annotations[0].target.selector: expected a TextPositionSelector'],
    ['a missing target', (s) => delete at(s, ...A0)['target'], 'annotations[0].target: missing (expected an object)'],
    ['a string body', (s) => (at(s, ...A0)['body'] = 'claim'), 'annotations[0].body: expected an array'],
    ['duplicate ids', (s) => listAt(s, 'annotations').push(structuredClone(at(s, ...A0))), 'annotations[1].id: duplicate annotation id'],
  ];

  it.each(cases)('refuses %s with the JSON path in the message', (_what, mutate, message) => {
    const sidecar = richSidecar();
    mutate(sidecar);
    const error = errorOf(() => parseSidecar(JSON.stringify(sidecar), FILE));
    expect(error.kind).toBe('invalid-sidecar');
    expect(error.message).toContain(`${FILE}: ${message}`);
  });

  it('refuses JSON that is not an object', () => {
    expect(errorOf(() => parseSidecar('[1]', FILE)).message).toBe(`${FILE}: expected an object`);
    expect(errorOf(() => parseSidecar('null', FILE)).kind).toBe('invalid-sidecar');
  });

  it('refuses a sidecar from a newer version as unsupported, not invalid', () => {
    const sidecar = { ...richSidecar(), version: 2, annotations: 'whatever a newer version stores' };
    const error = errorOf(() => parseSidecar(JSON.stringify(sidecar), FILE));
    expect(error.kind).toBe('unsupported-version');
    expect(error.file).toBe(FILE);
    expect(error.message).toContain(FILE);
    expect(error.message).toContain('newer version of Research Annotator');
    expect(error.message).toContain('will not be modified');
  });
});

describe('set file', () => {
  const setFile = {
    format: 'research-annotator/set',
    version: 1,
    name: 'Caucasus',
    owner: 'desk 4',
    tags: [{ label: 'claim', color: '#f6c85f', description: 'A factual claim', shortcut: 'c' }, { label: 'denial', color: '#7EC8E3' }],
  };

  it('round-trips, keeping unknown fields', () => {
    const parsed = parseSetFile(JSON.stringify(setFile), 'annotation-set.json');
    expect(parsed).toEqual(setFile);
    expect(JSON.parse(serializeSetFile(parsed))).toEqual(setFile);
    expect(parseSetFile(serializeSetFile(emptySetFile()), 'annotation-set.json')).toEqual(emptySetFile());
  });

  it('refuses a colour that is not #rrggbb', () => {
    const bad = { ...setFile, tags: [{ label: 'claim', color: 'red' }] };
    const error = errorOf(() => parseSetFile(JSON.stringify(bad), 'annotation-set.json'));
    expect(error.kind).toBe('invalid-sidecar');
    expect(error.message).toBe('annotation-set.json: tags[0].color: expected a colour #rrggbb');
  });

  it('refuses a newer version and broken JSON', () => {
    expect(errorOf(() => parseSetFile(JSON.stringify({ ...setFile, version: 3 }), 'annotation-set.json')).kind).toBe('unsupported-version');
    expect(errorOf(() => parseSetFile('{', 'annotation-set.json')).message).toContain('annotation-set.json: the file is not valid JSON');
  });
});
