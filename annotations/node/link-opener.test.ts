/**
 * Links back into the app, followed by the service on real sets: at launch
 * (what main does with a link on the command line) and while running (a
 * second launch, macOS's open-url), and copied from an annotation.
 */
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../api/contract';
import { formatAnnotationLink } from '../links/annotation-link';
import type { AnnotatorService, ServiceOptions } from './service';
import { ipcCall, ok, testService } from './test-support';


let root: string;
let setA: string;
let setB: string;
let events: AppEvent[];
let clipboard: string[];
let services: AnnotatorService[];

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'annotator-links-')));
  setA = path.join(root, 'Set A');
  setB = path.join(root, 'Set B');
  await mkdir(setA);
  await mkdir(setB);
  await writeFile(path.join(setA, 'talks.txt'), 'Delegations met in Abu Dhabi.\nNo date was set.\n');
  await writeFile(path.join(setB, 'other.txt'), 'Another set.\n');
  events = [];
  clipboard = [];
  services = [];
});

afterEach(async () => {
  for (const service of services) service.dispose();
  await rm(root, { recursive: true, force: true });
});

async function start(extra: Partial<ServiceOptions> = {}): Promise<AnnotatorService> {
  const service = testService(root, { emit: (event) => events.push(event), desktop: { writeClipboard: (text) => clipboard.push(text) }, ...extra });
  services.push(service);
  await service.start();
  return service;
}

/** Annotates "Abu Dhabi" in Set A and returns its link, copied as the card's Copy link does. */
async function annotatedLink(): Promise<{ link: string; id: string }> {
  const service = await start({ initialSet: setA });
  const { annotation } = ok(await ipcCall(service.handlers, 'createAnnotation', { file: 'talks.txt', start: 19, end: 28, exact: 'Abu Dhabi', tags: ['Venue'] }));
  const { link } = ok(await ipcCall(service.handlers, 'copyAnnotationLink', { file: 'talks.txt', id: annotation.id }));
  await service.flush();
  return { link, id: annotation.id };
}

describe('links back to an annotation', () => {
  it('Copy link puts the link on the clipboard: the set, the article and the annotation', async () => {
    const { link, id } = await annotatedLink();
    expect(link).toBe(formatAnnotationLink({ set: setA, article: 'talks.txt', annotation: id }));
    expect(clipboard).toEqual([link]);
  });

  it('at launch, opens the set at the annotation instead of the last set', async () => {
    const { link, id } = await annotatedLink();
    const service = await start({ initialSet: setB, initialLink: link });
    const session = ok(await ipcCall(service.handlers, 'getSession', {}));
    expect(session.set?.folder).toBe(setA);
    expect(session.reveal).toEqual({ seq: 1, file: 'talks.txt', annotation: id });
    expect(session.startupProblem).toBeUndefined();
  });

  it('while running, switches to the linked set and tells the window; each link gets a new seq', async () => {
    const { link, id } = await annotatedLink();
    const service = await start({ initialSet: setB });
    events.length = 0;
    await service.openLink(link);
    expect(events).toEqual([{ type: 'sessionChanged' }]);
    const session = ok(await ipcCall(service.handlers, 'getSession', {}));
    expect(session.set?.folder).toBe(setA);
    expect(session.reveal).toEqual({ seq: 1, file: 'talks.txt', annotation: id });
    await service.openLink(formatAnnotationLink({ set: setA, article: 'talks.txt' }));
    expect(ok(await ipcCall(service.handlers, 'getSession', {})).reveal).toEqual({ seq: 2, file: 'talks.txt' });
  });

  it('says so when the annotation or the article is gone, and opens the set all the same', async () => {
    await annotatedLink();
    const service = await start({ initialSet: setB });
    await service.openLink(formatAnnotationLink({ set: setA, article: 'talks.txt', annotation: 'urn:uuid:00000000-0000-4000-8000-000000000000' }));
    const gone = ok(await ipcCall(service.handlers, 'getSession', {}));
    expect(gone.set?.folder).toBe(setA);
    expect(gone.reveal).toEqual({ seq: 1, file: 'talks.txt', problem: 'The linked annotation is no longer in "Delegations met in Abu Dhabi.": it was deleted, or its annotations file was replaced.' });
    await service.openLink(formatAnnotationLink({ set: setA, article: 'renamed.txt', annotation: 'urn:uuid:1' }));
    expect(ok(await ipcCall(service.handlers, 'getSession', {})).reveal).toEqual({ seq: 2, problem: 'The linked article "renamed.txt" is no longer in this set (renamed, moved or deleted).' });
  });

  it('a set that is gone, or a link the app refuses, opens nothing and says why', async () => {
    const service = await start({ initialSet: setB });
    events.length = 0;
    await service.openLink(formatAnnotationLink({ set: path.join(root, 'Moved away'), article: 'a.txt', annotation: 'urn:uuid:1' }));
    await service.openLink('research-annotator://open?set=/tmp/../etc');
    expect(events).toEqual([
      { type: 'openFailed', folder: 'the link', reason: `the set ${path.join(root, 'Moved away')} no longer exists (was it moved or renamed?).` },
      { type: 'openFailed', folder: 'the link', reason: 'the link cannot be opened: the set "/tmp/../etc" has "." or ".." in its path.' },
    ]);
    expect(ok(await ipcCall(service.handlers, 'getSession', {})).set?.folder).toBe(setB);

    const launched = await start({ initialLink: 'research-annotator://rm?set=/' });
    const session = ok(await ipcCall(launched.handlers, 'getSession', {}));
    expect(session.set).toBeNull();
    expect(session.startupProblem).toBe('Could not open the link: the link cannot be opened: the app opens links to "open", not to "rm".');
  });
});
