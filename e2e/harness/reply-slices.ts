/**
 * How the test bridge hands the page a long reply: in slices the page asks
 * for together, rather than as one string.
 *
 * The bridge stands in for Electron's IPC, which copies a reply in one
 * piece at a cost that grows with its length. Playwright's binding does
 * not: a reply crosses as a string inside a DevTools protocol message, and
 * its cost grows faster than its length (bench/README.md, "The test
 * bridge"), so an opened long article would be timed on the stand-in's
 * transport more than on the app. Slices of a size the transport handles
 * well, asked for at once, keep the stand-in near what IPC costs. The page
 * joins them and parses the whole, so what reaches the UI is the same.
 */

/** A reply as the bridge's binding returns it: the JSON text, or where to fetch its slices. */
export type BridgeReply = string | SlicedReply;

export interface SlicedReply {
  /** The reply's number, for `ReplySlices.take`. */
  reply: number;
  slices: number;
}

/** Characters per slice: around where the binding's cost per character is least (bench/README.md). */
export const REPLY_SLICE = 128 * 1024;

/**
 * `text` cut in pieces of at most `size` UTF-16 units (at least 2), never
 * between the two halves of a surrogate pair: a lone half would not survive
 * the protocol's JSON, and the joined text must be the text.
 */
export function sliceText(text: string, size: number): string[] {
  if (size < 2) throw new RangeError(`A slice must hold at least two UTF-16 units, not ${size}`);
  const slices: string[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + size);
    const last = text.charCodeAt(to - 1);
    if (to < text.length && last >= 0xd800 && last <= 0xdbff) to--;
    slices.push(text.slice(from, to));
    from = to;
  }
  return slices;
}

/** The long replies the page has not fetched every slice of yet. */
export class ReplySlices {
  private next = 0;
  private readonly held = new Map<number, { slices: string[]; left: Set<number> }>();

  constructor(private readonly size = REPLY_SLICE) {}

  /** The reply as the binding returns it: short ones whole, long ones kept here and announced. */
  hand(text: string): BridgeReply {
    if (text.length <= this.size) return text;
    const slices = sliceText(text, this.size);
    const reply = ++this.next;
    this.held.set(reply, { slices, left: new Set(slices.keys()) });
    return { reply, slices: slices.length };
  }

  /** Slice `slice` of reply `reply`; the reply is let go once each of its slices was taken. */
  take(reply: number, slice: number): string {
    const held = this.held.get(reply);
    const text = held?.slices[slice];
    if (!held || text === undefined || !held.left.delete(slice)) throw new Error(`The bridge holds no slice ${slice} of reply ${reply}`);
    if (held.left.size === 0) this.held.delete(reply);
    return text;
  }

  /** Replies not fetched whole (a page closed before it asked for every slice). */
  get pending(): number {
    return this.held.size;
  }
}
