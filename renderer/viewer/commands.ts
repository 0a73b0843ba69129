import { createCommand, type LexicalCommand } from 'lexical';

/** Scroll the article to an annotation and flash it. Payload: annotation id. */
export const FOCUS_ANNOTATION_COMMAND: LexicalCommand<string> = createCommand('FOCUS_ANNOTATION_COMMAND');
