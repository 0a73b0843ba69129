/**
 * `dispatch`: the gate every IPC call goes through. Bad arguments never reach a
 * handler; errors come back as values.
 */
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnnotatorError } from '../errors';
import { createService } from '../node/service';
import { callArgs, channelOf, type CallName, type Handlers } from './contract';
import { dispatch } from './dispatch';

// ---- Helpers ----

interface Recorder {
  handlers: Handlers;
  calls: { name: CallName; args: unknown }[];
}

/** Handlers that record what reaches them; `behaviour` decides what they do. */
function recorder(behaviour: (name: CallName, args: unknown) => Promise<unknown> = async () => 'done'): Recorder {
  const calls: Recorder['calls'] = [];
  const handlers = Object.fromEntries(
    (Object.keys(callArgs) as CallName[]).map((name) => [
      name,
      async (args: unknown) => {
        calls.push({ name, args });
        return behaviour(name, args);
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

/** As IPC does it: the arguments are structured-cloned (here: through JSON). */
function viaIpc(handlers: Handlers, name: CallName | string, args: unknown) {
  const channel = (Object.hasOwn(callArgs, name) ? channelOf(name as CallName) : name) as string;
  return dispatch(handlers, channel, args === undefined ? undefined : JSON.parse(JSON.stringify(args)));
}

const validCreate = { file: 'a.txt', start: 1, end: 5, exact: 'abcd', tags: ['Tag'] };

// ---- Tests ----

describe('dispatch', () => {
  it('rejects an unknown channel', async () => {
    const r = recorder();
    for (const channel of ['annotator:nope', 'other:getSession', 'getSession', 'annotator:', 'annotator:constructor', 'annotator:toString']) {
      const result = await dispatch(r.handlers, channel, {});
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-argument' } });
    }
    expect(r.calls).toEqual([]);
  });

  it.each(['../x.txt', '/etc/passwd', 'a/b.txt', '..', '.', 'a\\b.txt', 'a\0.txt', '', 'x'.repeat(256)])(
    'rejects the file name %j before any handler runs',
    async (file) => {
      const r = recorder();
      const results = [
        await viaIpc(r.handlers, 'openArticle', { file }),
        await viaIpc(r.handlers, 'createAnnotation', { ...validCreate, file }),
        await viaIpc(r.handlers, 'updateAnnotation', { file, id: 'x', note: 'n' }),
        await viaIpc(r.handlers, 'deleteAnnotation', { file, id: 'x' }),
      ];
      for (const result of results) {
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.kind).toBe('invalid-argument');
          expect(result.error.message).toContain('(file)');
        }
      }
      expect(r.calls).toEqual([]);
    },
  );

  it('rejects unknown properties (strict objects)', async () => {
    const r = recorder();
    const cases: [CallName, unknown][] = [
      ['getSession', { extra: 1 }],
      ['chooseSet', { folder: '/tmp' }],
      ['exportBrief', { path: '/tmp/x.md' }],
      ['openArticle', { file: 'a.txt', fresh: true }],
      ['createAnnotation', { ...validCreate, id: 'urn:uuid:mine' }],
      ['updateAnnotation', { file: 'a.txt', id: 'x', created: '2025-01-01T00:00:00Z' }],
      ['addTag', { label: 'x', colour: '#ffffff' }],
      ['openRecentSet', { folder: '/tmp', force: true }],
    ];
    for (const [name, args] of cases) {
      const result = await viaIpc(r.handlers, name, args);
      expect(result, name).toMatchObject({ ok: false, error: { kind: 'invalid-argument' } });
    }
    expect(r.calls).toEqual([]);
  });

  it('rejects bad offsets: negative, fractional, not numbers, end <= start', async () => {
    const r = recorder();
    const bad = [
      { start: -1, end: 5 },
      { start: 0, end: -1 },
      { start: 1.5, end: 5 },
      { start: 1, end: 4.2 },
      { start: '1', end: 5 },
      { start: 5, end: 5 },
      { start: 6, end: 5 },
    ];
    for (const offsets of bad) {
      const result = await viaIpc(r.handlers, 'createAnnotation', { ...validCreate, ...offsets });
      expect(result, JSON.stringify(offsets)).toMatchObject({ ok: false, error: { kind: 'invalid-argument' } });
    }
    // NaN and Infinity do not survive IPC's JSON-like cloning as numbers, but check them raw too.
    for (const start of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = await dispatch(r.handlers, channelOf('createAnnotation'), { ...validCreate, start });
      expect(result.ok).toBe(false);
    }
    expect(r.calls).toEqual([]);
  });

  it('rejects other malformed arguments', async () => {
    const r = recorder();
    const cases: [CallName, unknown][] = [
      ['createAnnotation', { ...validCreate, exact: '' }],
      ['createAnnotation', { ...validCreate, tags: ['   '] }],
      ['createAnnotation', { ...validCreate, tags: 'Tag' }],
      ['createAnnotation', { file: 'a.txt', start: 0, end: 1, exact: 'a' }],
      ['addTag', { label: 'x', color: 'red' }],
      ['openArticle', null],
      ['openArticle', []],
      ['openArticle', 'a.txt'],
      ['openRecentSet', { folder: '' }],
    ];
    for (const [name, args] of cases) {
      const result = await viaIpc(r.handlers, name, args);
      expect(result, `${name} ${JSON.stringify(args)}`).toMatchObject({ ok: false, error: { kind: 'invalid-argument' } });
    }
    expect(r.calls).toEqual([]);
  });

  it('passes valid, parsed arguments to the handler and wraps its result', async () => {
    const r = recorder(async (name) => ({ from: name }));
    expect(await viaIpc(r.handlers, 'createAnnotation', { ...validCreate, tags: ['  Tag  '], note: 'why' })).toEqual({
      ok: true,
      value: { from: 'createAnnotation' },
    });
    expect(await viaIpc(r.handlers, 'getSession', undefined)).toEqual({ ok: true, value: { from: 'getSession' } });
    expect(await viaIpc(r.handlers, 'addTag', { label: ' New ', color: '#AbCdEf' })).toEqual({ ok: true, value: { from: 'addTag' } });
    expect(r.calls).toEqual([
      { name: 'createAnnotation', args: { ...validCreate, tags: ['Tag'], note: 'why' } },
      { name: 'getSession', args: {} },
      { name: 'addTag', args: { label: 'New', color: '#AbCdEf' } },
    ]);
  });

  it('returns an AnnotatorError as a value with its kind, message and file', async () => {
    const r = recorder(async () => {
      throw new AnnotatorError('not-found', 'msg', 'f');
    });
    expect(await viaIpc(r.handlers, 'openArticle', { file: 'a.txt' })).toEqual({
      ok: false,
      error: { kind: 'not-found', message: 'msg', file: 'f' },
    });
    const noFile = recorder(async () => {
      throw new AnnotatorError('no-set-open', 'none');
    });
    const result = await viaIpc(noFile.handlers, 'getSession', {});
    expect(result).toEqual({ ok: false, error: { kind: 'no-set-open', message: 'none' } });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('turns any other thrown value into an internal error naming the call', async () => {
    const r = recorder(async () => {
      throw new Error('boom');
    });
    const result = await viaIpc(r.handlers, 'deleteAnnotation', { file: 'a.txt', id: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('internal');
      expect(result.error.message).toContain('deleteAnnotation');
      expect(result.error.message).toContain('boom');
      expect(result.error.file).toBeUndefined();
    }
    const thrownString = recorder(async () => {
      throw 'plain string';
    });
    const other = await viaIpc(thrownString.handlers, 'exportBrief', {});
    expect(other).toMatchObject({ ok: false, error: { kind: 'internal' } });
    if (!other.ok) expect(other.error.message).toContain('exportBrief');
  });
});

describe('dispatch with the real service', () => {
  it('refuses to open a symlink in the set that points outside it', async () => {
    const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'annotator-dispatch-')));
    try {
      const folder = path.join(root, 'set');
      const outside = path.join(root, 'outside');
      await mkdir(folder);
      await mkdir(outside);
      await writeFile(path.join(folder, 'inside.txt'), 'Inside\n');
      await writeFile(path.join(outside, 'secret.txt'), 'Secret\n');
      await symlink(path.join(outside, 'secret.txt'), path.join(folder, 'link.txt'));

      const service = createService({
        dataDir: path.join(root, 'data'),
        defaultSetDir: path.join(root, 'data', 'seed'),
        seedsDir: path.join(root, 'no-seeds'),
        initialSet: folder,
        dialogs: { chooseFolder: async () => null, chooseSaveFile: async () => null },
        clock: () => new Date('2025-01-01T00:00:00Z'),
      });
      await service.start();

      const session = await dispatch(service.handlers, channelOf('getSession'), {});
      expect(session).toMatchObject({ ok: true, value: { set: { folder, articles: [{ file: 'inside.txt' }] } } });

      const result = await dispatch(service.handlers, channelOf('openArticle'), JSON.parse(JSON.stringify({ file: 'link.txt' })));
      expect(result).toMatchObject({ ok: false, error: { kind: 'outside-set', file: 'link.txt' } });
      if (!result.ok) expect(result.error.message).not.toContain('Secret');

      const create = await dispatch(service.handlers, channelOf('createAnnotation'), {
        file: 'link.txt',
        start: 0,
        end: 6,
        exact: 'Secret',
        tags: [],
      });
      expect(create).toMatchObject({ ok: false, error: { kind: 'outside-set' } });

      const inside = await dispatch(service.handlers, channelOf('openArticle'), { file: 'inside.txt' });
      expect(inside).toMatchObject({ ok: true, value: { file: 'inside.txt', title: 'Inside' } });
      await service.flush();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
