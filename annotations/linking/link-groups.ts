/**
 * The groups of claims the analyst linked: connected components of the
 * graph whose edges are confirmed links (`ra:sameClaimAs`, `ra:disputes`,
 * `ra:disputedBy`; model/claim.ts, model/claim-links.ts). Suggestions are
 * never edges: only what is stored in the sidecars is.
 *
 * Each member gets a side: a same-claim link keeps it, a dispute link
 * crosses over. The claim side is the side of the passage disputed first
 * (in member order), or the first member's side when nobody disputes; the
 * other side disputes the claim. Links written by hand that contradict each
 * other (A same as B and A disputes B) keep the side met first.
 *
 * Links count in either direction; ids the set does not hold are ignored.
 */
import type { Annotation } from '../model/annotation';
import { claimOf } from '../model/claim';
import { linksOf } from '../model/claim-links';

/** An annotation of the set with its article and, when found in the text, its place (code points). */
export interface SetAnnotation {
  file: string;
  annotation: Annotation;
  start: number | null;
  end: number | null;
}

export type Side = 'claim' | 'disputing';

export interface GroupMember extends SetAnnotation {
  side: Side;
}

/** A link as stored, from the point of view of `from`: `disputes` = from disputes to. */
export interface DirectLink {
  kind: 'same' | 'disputes' | 'disputedBy';
  to: string;
}

export interface LinkGroup {
  /** In the order the members were given (set order, then reading order, as callers pass them). */
  members: GroupMember[];
}

interface Edge {
  to: number;
  /** True for a dispute link (in either direction): the sides differ. */
  crosses: boolean;
  /** For a dispute: whether `to` is the disputed one. */
  toDisputed: boolean;
}

export class LinkGraph {
  private readonly index = new Map<string, number>();
  private readonly edges: Edge[][];
  private readonly groupOfMember: (LinkGroup | undefined)[];
  private readonly allGroups: LinkGroup[] = [];

  /** The graph of `annotations` (duplicate ids: the first one counts). */
  constructor(private readonly annotations: readonly SetAnnotation[]) {
    annotations.forEach((a, i) => {
      if (!this.index.has(a.annotation.id)) this.index.set(a.annotation.id, i);
    });
    this.edges = annotations.map(() => []);
    annotations.forEach((a, i) => {
      if (this.index.get(a.annotation.id) !== i) return;
      for (const link of directLinksOf(a.annotation)) {
        const j = this.index.get(link.to);
        if (j === undefined || j === i) continue;
        const crosses = link.kind !== 'same';
        const toDisputed = link.kind === 'disputes';
        (this.edges[i] as Edge[]).push({ to: j, crosses, toDisputed });
        (this.edges[j] as Edge[]).push({ to: i, crosses, toDisputed: crosses && !toDisputed });
      }
    });
    this.groupOfMember = annotations.map(() => undefined);
    this.buildGroups();
  }

  /** The group of the annotation with this id; undefined when it is linked to nothing the set holds. */
  groupOf(id: string): LinkGroup | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.groupOfMember[i];
  }

  /** Every group of two or more linked annotations, in the order of their first member. */
  groups(): readonly LinkGroup[] {
    return this.allGroups;
  }

  private buildGroups(): void {
    const color = new Int8Array(this.annotations.length).fill(-1);
    for (let start = 0; start < this.annotations.length; start++) {
      if (color[start] !== -1 || (this.edges[start] as Edge[]).length === 0) continue;
      color[start] = 0;
      const found = [start];
      // The first dispute met decides which color is the claim side.
      let claimColor = -1;
      for (let k = 0; k < found.length; k++) {
        const i = found[k] as number;
        for (const edge of this.edges[i] as Edge[]) {
          const next = edge.crosses ? 1 - (color[i] as number) : (color[i] as number);
          if (color[edge.to] === -1) {
            color[edge.to] = next;
            found.push(edge.to);
          }
          if (edge.crosses && claimColor === -1) claimColor = edge.toDisputed ? (color[edge.to] as number) : (color[i] as number);
        }
      }
      found.sort((a, b) => a - b);
      if (claimColor === -1) claimColor = color[found[0] as number] as number;
      const group: LinkGroup = {
        members: found.map((i) => ({ ...(this.annotations[i] as SetAnnotation), side: color[i] === claimColor ? 'claim' : 'disputing' })),
      };
      for (const i of found) this.groupOfMember[i] = group;
      // Started from the lowest unvisited member: groups come in the order of their first member.
      this.allGroups.push(group);
    }
  }
}

/** The links an annotation stores, each with its kind. */
export function directLinksOf(annotation: Annotation): DirectLink[] {
  const links = linksOf(annotation);
  return [
    ...claimOf(annotation).sameClaimAs.map((to): DirectLink => ({ kind: 'same', to })),
    ...links.disputes.map((to): DirectLink => ({ kind: 'disputes', to })),
    ...links.disputedBy.map((to): DirectLink => ({ kind: 'disputedBy', to })),
  ];
}

/**
 * How `a` and `b` are linked directly, from `a`'s point of view, whichever of
 * the two stores the link: `disputes` = a disputes b. Undefined when not directly.
 */
export function directLinkBetween(a: Annotation, b: Annotation): DirectLink['kind'] | undefined {
  const fromA = directLinksOf(a).find((l) => l.to === b.id);
  if (fromA) return fromA.kind;
  const fromB = directLinksOf(b).find((l) => l.to === a.id);
  if (!fromB) return undefined;
  return fromB.kind === 'same' ? 'same' : fromB.kind === 'disputes' ? 'disputedBy' : 'disputes';
}
