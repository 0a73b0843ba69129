/**
 * A long article's paragraph's height in lines, estimated from its text, for
 * the paragraphs the browser has not laid out yet (styles.css reads it as
 * `data-lines`). With a fixed guess instead, a jump far down landed
 * paragraphs away from its target.
 */
/** The estimate, or null for an empty line: it is laid out as it is, and costs nothing to. */
export declare function estimatedLines(text: string): number | null;
