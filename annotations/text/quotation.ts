/**
 * A quote put in quotation marks for a reader, unless it already opens with
 * one: a passage that starts with what someone said ("“Armenia and
 * Azerbaijan could strike a peace deal pretty soon,” Rubio said") would
 * otherwise open with two marks. The text itself is never changed, so the
 * quote stays verbatim.
 */
const OPENING_MARK = /^["“„«]/u;

export function opensWithQuotationMark(text: string): boolean {
  return OPENING_MARK.test(text);
}

export function inQuotationMarks(text: string): string {
  return opensWithQuotationMark(text) ? text : `“${text}”`;
}
