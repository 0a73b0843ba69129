/** The colour a tag shows in (highlights, labels, chips); grey for no tag or one the codebook lacks, as styles.css's fallback for `--hl`. */
import type { TagView } from '../../annotations/api/view-types';
import { UNTAGGED_COLOR } from '../../annotations/model/codebook';

export function tagColor(tags: readonly TagView[], label: string | undefined): string {
  return (label === undefined ? undefined : tags.find((t) => t.label === label)?.color) ?? UNTAGGED_COLOR;
}
