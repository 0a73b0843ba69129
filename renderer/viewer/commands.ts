import { createCommand, type LexicalCommand } from 'lexical';

/** Scroll the article to an annotation and flash it. Payload: annotation id. */
export const FOCUS_ANNOTATION_COMMAND: LexicalCommand<string> = createCommand('FOCUS_ANNOTATION_COMMAND');

/** Put the reading caret at a code-point offset of the article and focus the text. Payload: the offset. */
export const PLACE_CARET_COMMAND: LexicalCommand<number> = createCommand('PLACE_CARET_COMMAND');
