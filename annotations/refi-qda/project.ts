/**
 * A REFI-QDA project (QDA-XML 1.0, `project.qde`) or codebook (`.qdc`), as
 * much of it as the app writes and reads: users, codes, text sources with
 * their selections and codings, notes, links and source variables. Other
 * sources (PDF, pictures, audio, video) are kept by kind and name only, to be
 * reported as skipped. GUIDs are lowercase, without braces (guid.ts).
 */

export interface QdaUser {
  guid: string;
  name: string;
}

export interface QdaCode {
  guid: string;
  name: string;
  /** False for a folder of codes that is not applied itself (REFI-QDA 1.5, section 11). */
  isCodable: boolean;
  /** `#rrggbb` (a `#rgb` read is widened). */
  color?: string;
  description?: string;
  children: QdaCode[];
}

export interface QdaCoding {
  guid: string;
  codeGuid: string;
}

/**
 * A text selection. `start` and `end` are as the file has them; which
 * characters they name is the reader's choice (positions.ts).
 */
export interface QdaSelection {
  guid: string;
  name?: string;
  start: number;
  end: number;
  description?: string;
  codings: QdaCoding[];
  noteRefs: string[];
  creatingUser?: string;
  created?: string;
  modified?: string;
}

export interface QdaVariableValue {
  variableGuid: string;
  value: string;
}

export interface QdaTextSource {
  kind: 'text';
  guid: string;
  name: string;
  /** `internal://<file>` (the file under sources/), or null when the text is in `content`. */
  plainTextPath: string | null;
  content?: string;
  description?: string;
  selections: QdaSelection[];
  noteRefs: string[];
  variables: QdaVariableValue[];
  creatingUser?: string;
  created?: string;
  modified?: string;
}

/** A source the app does not import: its element (PDFSource, PictureSource…) and name. */
export interface QdaOtherSource {
  kind: 'other';
  element: string;
  guid: string;
  name: string;
}

export type QdaSource = QdaTextSource | QdaOtherSource;

/** A note: its text, and the selections it holds itself (QualCoder writes a highlight's note so). */
export interface QdaNote {
  guid: string;
  name?: string;
  /** PlainTextContent, or the text of its plainTextPath file once the archive is read. */
  text?: string;
  plainTextPath?: string;
  selections: { start: number; end: number }[];
  creatingUser?: string;
  created?: string;
}

export interface QdaLink {
  guid: string;
  name?: string;
  direction?: 'Associative' | 'OneWay' | 'Bidirectional';
  originGuid: string;
  targetGuid: string;
}

export interface QdaVariable {
  guid: string;
  name: string;
  type: 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';
  description?: string;
}

export interface QdaProject {
  name: string;
  origin?: string;
  creatingUser?: string;
  created?: string;
  modified?: string;
  users: QdaUser[];
  codes: QdaCode[];
  variables: QdaVariable[];
  sources: QdaSource[];
  notes: QdaNote[];
  links: QdaLink[];
  description?: string;
}

export interface QdaCodebook {
  origin?: string;
  codes: QdaCode[];
}

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
