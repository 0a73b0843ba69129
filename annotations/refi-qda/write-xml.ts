/**
 * A project as `project.qde` and a codebook as a `.qdc`, each element's
 * children in the order Project.xsd (and the specification's Codebook.xsd)
 * requires. Tested with `xmllint --schema` against both schemas.
 */
import { CODEBOOK_NAMESPACE, PROJECT_NAMESPACE, type QdaCode, type QdaCodebook, type QdaNote, type QdaProject, type QdaSelection, type QdaTextSource } from './project';
import { buildXml, type XmlOut } from './xml';

const text = (value: string | undefined): XmlOut[] => (value === undefined || value === '' ? [] : [{ text: value }]);
const refs = (guids: readonly string[]): XmlOut[] => guids.map((guid) => ({ attrs: { targetGUID: guid } }));

function codeOut(code: QdaCode, withNoteRefs: boolean): XmlOut {
  return {
    attrs: { guid: code.guid, name: code.name, isCodable: code.isCodable, color: code.color },
    children: [['Description', text(code.description)], ...(withNoteRefs ? ([['NoteRef', []]] as [string, XmlOut[]][]) : []), ['Code', code.children.map((c) => codeOut(c, withNoteRefs))]],
  };
}

function selectionOut(s: QdaSelection): XmlOut {
  return {
    attrs: { guid: s.guid, name: s.name, startPosition: s.start, endPosition: s.end, creatingUser: s.creatingUser, creationDateTime: s.created, modifiedDateTime: s.modified },
    children: [
      ['Description', text(s.description)],
      ['Coding', s.codings.map((c) => ({ attrs: { guid: c.guid, creatingUser: s.creatingUser, creationDateTime: s.created }, children: [['CodeRef', refs([c.codeGuid])]] }))],
      ['NoteRef', refs(s.noteRefs)],
    ],
  };
}

function textSourceOut(source: QdaTextSource): XmlOut {
  return {
    attrs: { guid: source.guid, name: source.name, plainTextPath: source.plainTextPath ?? undefined, creatingUser: source.creatingUser, creationDateTime: source.created, modifiedDateTime: source.modified },
    children: [
      ['Description', text(source.description)],
      ['PlainTextContent', source.plainTextPath === null ? text(source.content) : []],
      ['PlainTextSelection', source.selections.map(selectionOut)],
      ['NoteRef', refs(source.noteRefs)],
      ['VariableValue', source.variables.map((v) => ({ children: [['VariableRef', refs([v.variableGuid])], ['TextValue', [{ text: v.value }]]] }))],
    ],
  };
}

function noteOut(note: QdaNote): XmlOut {
  return {
    attrs: { guid: note.guid, name: note.name, creatingUser: note.creatingUser, creationDateTime: note.created },
    children: [['PlainTextContent', text(note.text)]],
  };
}

export function projectToXml(project: QdaProject): string {
  const textSources = project.sources.filter((s): s is QdaTextSource => s.kind === 'text');
  return buildXml('Project', {
    attrs: {
      xmlns: PROJECT_NAMESPACE,
      name: project.name,
      origin: project.origin,
      creatingUserGUID: project.creatingUser,
      creationDateTime: project.created,
      modifyingUserGUID: project.creatingUser,
      modifiedDateTime: project.modified,
    },
    children: [
      ['Users', project.users.length > 0 ? [{ children: [['User', project.users.map((u) => ({ attrs: { guid: u.guid, name: u.name } }))]] }] : []],
      ['CodeBook', project.codes.length > 0 ? [{ children: [['Codes', [{ children: [['Code', project.codes.map((c) => codeOut(c, true))]] }]]] }] : []],
      ['Variables', project.variables.length > 0 ? [{ children: [['Variable', project.variables.map((v) => ({ attrs: { guid: v.guid, name: v.name, typeOfVariable: v.type }, children: [['Description', text(v.description)]] }))]] }] : []],
      ['Sources', textSources.length > 0 ? [{ children: [['TextSource', textSources.map(textSourceOut)]] }] : []],
      ['Notes', project.notes.length > 0 ? [{ children: [['Note', project.notes.map(noteOut)]] }] : []],
      ['Links', project.links.length > 0 ? [{ children: [['Link', project.links.map((l) => ({ attrs: { guid: l.guid, name: l.name, direction: l.direction, originGUID: l.originGuid, targetGUID: l.targetGuid } }))]] }] : []],
      ['Description', text(project.description)],
    ],
  });
}

export function codebookToXml(codebook: QdaCodebook): string {
  return buildXml('CodeBook', {
    attrs: { xmlns: CODEBOOK_NAMESPACE, origin: codebook.origin },
    children: [['Codes', [{ children: [['Code', codebook.codes.map((c) => codeOut(c, false))]] }]]],
  });
}
