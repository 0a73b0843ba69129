import { createCommand, type LexicalCommand } from 'lexical';

/** Scroll the article to an annotation and flash it. Payload: annotation id. */
export const FOCUS_ANNOTATION_COMMAND: LexicalCommand<string> = createCommand('FOCUS_ANNOTATION_COMMAND');

/** Scroll the article to a range of its text (code points) and select it, e.g. a search match. */
export const FOCUS_RANGE_COMMAND: LexicalCommand<{ start: number; end: number }> = createCommand('FOCUS_RANGE_COMMAND');
/** Put the reading caret at a code-point offset of the article and focus the text. Payload: the offset. */
export const PLACE_CARET_COMMAND: LexicalCommand<number> = createCommand('PLACE_CARET_COMMAND');
