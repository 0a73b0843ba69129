/**
 * `project.qde` and `.qdc` files read into the project model, tolerant of
 * what real exports do: GUIDs in braces or upper case (ATLAS.ti), `#rgb`
 * colours, elements of no interest (sets, graphs, cases) ignored. What the
 * model needs and a file lacks (a GUID, a code's name, a position) makes it
 * refused, naming the element.
 */
import { normalizeGuid } from './guid';
import type { QdaCode, QdaCodebook, QdaLink, QdaNote, QdaProject, QdaSelection, QdaSource, QdaVariable } from './project';
import { attr, children, childText, parseXml, XmlRefused, type XmlNode } from './xml';

const OTHER_SOURCES = ['PDFSource', 'PictureSource', 'AudioSource', 'VideoSource'] as const;

function guidOf(node: XmlNode, element: string, name = 'guid'): string {
  const raw = attr(node, name);
  const guid = raw === undefined ? null : normalizeGuid(raw);
  if (guid === null) throw new XmlRefused(`a <${element}> has ${raw === undefined ? `no ${name}` : `the ${name} "${raw}", which is not a GUID`}`);
  return guid;
}

function optionalGuid(node: XmlNode, name: string): string | undefined {
  const raw = attr(node, name);
  return raw === undefined ? undefined : (normalizeGuid(raw) ?? undefined);
}

function integer(node: XmlNode, element: string, name: string): number {
  const raw = attr(node, name) ?? '';
  if (!/^\s*[+-]?\d+\s*$/u.test(raw)) throw new XmlRefused(`a <${element}> has ${raw === '' ? `no ${name}` : `the ${name} "${raw}", which is not a whole number`}`);
  return Number(raw);
}

function color(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (value === undefined || !/^#([0-9a-f]{3}|[0-9a-f]{6})$/iu.test(value)) return undefined;
  const hex = value.slice(1).toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

function code(node: XmlNode): QdaCode {
  const name = attr(node, 'name');
  if (name === undefined) throw new XmlRefused('a <Code> has no name');
  const description = childText(node, 'Description');
  const hex = color(attr(node, 'color'));
  return {
    guid: guidOf(node, 'Code'),
    name,
    isCodable: attr(node, 'isCodable')?.trim() !== 'false' && attr(node, 'isCodable')?.trim() !== '0',
    ...(hex ? { color: hex } : {}),
    ...(description ? { description } : {}),
    children: children(node, 'Code').map(code),
  };
}

function codesOf(container: XmlNode | undefined): QdaCode[] {
  return container ? children(container, 'Codes').flatMap((codes) => children(codes, 'Code').map(code)) : [];
}

function stamps(node: XmlNode): { creatingUser?: string; created?: string; modified?: string } {
  const creatingUser = optionalGuid(node, 'creatingUser') ?? optionalGuid(node, 'modifyingUser');
  const created = attr(node, 'creationDateTime');
  const modified = attr(node, 'modifiedDateTime');
  return { ...(creatingUser ? { creatingUser } : {}), ...(created ? { created } : {}), ...(modified ? { modified } : {}) };
}

function selection(node: XmlNode): QdaSelection {
  const description = childText(node, 'Description');
  const name = attr(node, 'name');
  return {
    guid: guidOf(node, 'PlainTextSelection'),
    ...(name ? { name } : {}),
    start: integer(node, 'PlainTextSelection', 'startPosition'),
    end: integer(node, 'PlainTextSelection', 'endPosition'),
    ...(description ? { description } : {}),
    codings: children(node, 'Coding').flatMap((coding) =>
      children(coding, 'CodeRef').map((ref) => ({ guid: guidOf(coding, 'Coding'), codeGuid: guidOf(ref, 'CodeRef', 'targetGUID') })),
    ),
    noteRefs: children(node, 'NoteRef').map((ref) => guidOf(ref, 'NoteRef', 'targetGUID')),
    ...stamps(node),
  };
}

function sources(root: XmlNode): QdaSource[] {
  const list: QdaSource[] = [];
  for (const container of children(root, 'Sources')) {
    for (const node of children(container, 'TextSource')) {
      const description = childText(node, 'Description');
      const content = children(node, 'PlainTextContent')[0]?.['#text'];
      list.push({
        kind: 'text',
        guid: guidOf(node, 'TextSource'),
        name: attr(node, 'name') ?? '',
        plainTextPath: attr(node, 'plainTextPath') ?? null,
        ...(typeof content === 'string' ? { content } : {}),
        ...(description ? { description } : {}),
        selections: children(node, 'PlainTextSelection').map(selection),
        noteRefs: children(node, 'NoteRef').map((ref) => guidOf(ref, 'NoteRef', 'targetGUID')),
        variables: children(node, 'VariableValue').flatMap((v) => {
          const ref = children(v, 'VariableRef')[0];
          const value = ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue'].map((e) => childText(v, e)).find((t) => t !== undefined);
          return ref && value !== undefined ? [{ variableGuid: guidOf(ref, 'VariableRef', 'targetGUID'), value }] : [];
        }),
        ...stamps(node),
      });
    }
    for (const element of OTHER_SOURCES) {
      for (const node of children(container, element)) list.push({ kind: 'other', element, guid: guidOf(node, element), name: attr(node, 'name') ?? '' });
    }
  }
  return list;
}

function notes(root: XmlNode): QdaNote[] {
  return children(root, 'Notes').flatMap((container) =>
    children(container, 'Note').map((node) => {
      const text = children(node, 'PlainTextContent')[0]?.['#text'];
      const name = attr(node, 'name');
      const path = attr(node, 'plainTextPath');
      return {
        guid: guidOf(node, 'Note'),
        ...(name ? { name } : {}),
        ...(typeof text === 'string' ? { text } : {}),
        ...(path ? { plainTextPath: path } : {}),
        selections: children(node, 'PlainTextSelection').map((s) => ({ start: integer(s, 'PlainTextSelection', 'startPosition'), end: integer(s, 'PlainTextSelection', 'endPosition') })),
        ...stamps(node),
      };
    }),
  );
}

function links(root: XmlNode): QdaLink[] {
  return children(root, 'Links').flatMap((container) =>
    children(container, 'Link').flatMap((node) => {
      const originGuid = optionalGuid(node, 'originGUID');
      const targetGuid = optionalGuid(node, 'targetGUID');
      if (!originGuid || !targetGuid) return [];
      const direction = attr(node, 'direction');
      const name = attr(node, 'name');
      return [{ guid: guidOf(node, 'Link'), originGuid, targetGuid, ...(name ? { name } : {}), ...(direction === 'Associative' || direction === 'OneWay' || direction === 'Bidirectional' ? { direction } : {}) }];
    }),
  );
}

function variables(root: XmlNode): QdaVariable[] {
  return children(root, 'Variables').flatMap((container) =>
    children(container, 'Variable').map((node) => ({ guid: guidOf(node, 'Variable'), name: attr(node, 'name') ?? '', type: (attr(node, 'typeOfVariable') ?? 'Text') as QdaVariable['type'] })),
  );
}

/** Throws XmlRefused, saying what is wrong (the caller names the file). */
export function projectFromXml(xml: string): QdaProject {
  const root = parseXml(xml, 'Project');
  const name = attr(root, 'name');
  const origin = attr(root, 'origin');
  const description = childText(root, 'Description');
  const creatingUser = optionalGuid(root, 'creatingUserGUID');
  return {
    name: name ?? '',
    ...(origin ? { origin } : {}),
    ...(creatingUser ? { creatingUser } : {}),
    users: children(root, 'Users').flatMap((u) => children(u, 'User').map((node) => ({ guid: guidOf(node, 'User'), name: attr(node, 'name') ?? attr(node, 'id') ?? '' }))),
    codes: codesOf(children(root, 'CodeBook')[0]),
    variables: variables(root),
    sources: sources(root),
    notes: notes(root),
    links: links(root),
    ...(description ? { description } : {}),
  };
}

export function codebookFromXml(xml: string): QdaCodebook {
  const root = parseXml(xml, 'CodeBook');
  const origin = attr(root, 'origin');
  return { ...(origin ? { origin } : {}), codes: codesOf(root) };
}
