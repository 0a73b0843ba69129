/**
 * The annotations panel's filter bar: by tag (a parent includes its
 * children), by stance ("no stance" included) and by status. Collapsed it is
 * one line, "Showing 4 of 27", the active choices as removable chips and
 * Clear filters; expanded it lists every choice as a checkbox.
 */
import { useId, useState } from 'react';
import type { TagView } from '../../annotations/api/view-types';
import {
  isFilterActive,
  NO_FILTER,
  STANCE_CHOICES,
  STATUS_CHOICES,
  STATUS_LABELS,
  toggled,
  type AnnotationFilter,
  type StanceChoice,
} from '../../annotations/navigation/annotation-filter';
import { tagOptions } from '../../annotations/navigation/tag-tree';
import { STANCE_LABELS } from '../../annotations/model/claim';
import './annotation-filter-bar.css';

const stanceLabel = (s: StanceChoice) => (s === 'none' ? 'No stance' : STANCE_LABELS[s]);

interface Props {
  filter: AnnotationFilter;
  onChange: (filter: AnnotationFilter) => void;
  tags: readonly TagView[];
  shown: number;
  total: number;
  /** Opens the cross-article view of a tag. */
  onShowTag?: (tag: string) => void;
}

export function AnnotationFilterBar({ filter, onChange, tags, shown, total, onShowTag }: Props): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const id = useId();
  const active = isFilterActive(filter);
  const chips = [
    ...filter.tags.map((t) => ({ key: `t:${t}`, label: t, remove: () => onChange({ ...filter, tags: toggled(filter.tags, t) }) })),
    ...filter.stances.map((s) => ({ key: `s:${s}`, label: stanceLabel(s), remove: () => onChange({ ...filter, stances: toggled(filter.stances, s) }) })),
    ...filter.statuses.map((s) => ({ key: `o:${s}`, label: STATUS_LABELS[s], remove: () => onChange({ ...filter, statuses: toggled(filter.statuses, s) }) })),
  ];
  return (
    <div className="filter-bar">
      <div className="filter-bar__row">
        <button type="button" className="button filter-bar__toggle" aria-expanded={open} aria-controls={`${id}-choices`} onClick={() => setOpen(!open)}>
          Filter{active ? ` (${chips.length})` : ''}
        </button>
        <span className="filter-bar__count" aria-live="polite">
          {active ? `Showing ${shown} of ${total}` : `${total} ${total === 1 ? 'annotation' : 'annotations'}`}
        </span>
        {active && (
          <button type="button" className="link-button" onClick={() => onChange(NO_FILTER)}>
            Clear filters
          </button>
        )}
      </div>
      {chips.length > 0 && (
        <ul className="filter-bar__chips" aria-label="Active filters">
          {chips.map((chip) => (
            <li key={chip.key} className="chip">
              {chip.label}
              <button type="button" className="chip__remove" aria-label={`Remove filter ${chip.label}`} onClick={chip.remove}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <div id={`${id}-choices`} className="filter-bar__choices">
          <fieldset>
            <legend>Tag</legend>
            {tags.length === 0 && <p className="filter-bar__none">No tags yet.</p>}
            <ul>
              {tagOptions(tags.map((t) => t.label)).map(({ label, depth }) => (
                <li key={label} className="filter-bar__tag" data-depth={depth}>
                  <label>
                    <input type="checkbox" checked={filter.tags.includes(label)} onChange={() => onChange({ ...filter, tags: toggled(filter.tags, label) })} />
                    <TagSwatch color={tags.find((t) => t.label === label)?.color} />
                    {depth > 0 ? label.slice(label.lastIndexOf('/') + 1) : label}
                  </label>
                  {onShowTag && (
                    <button type="button" className="link-button filter-bar__across" aria-label={`All quotes tagged ${label} across set`} onClick={() => onShowTag(label)}>
                      across set
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </fieldset>
          <fieldset>
            <legend>Stance</legend>
            <ul>
              {STANCE_CHOICES.map((s) => (
                <li key={s}>
                  <label>
                    <input type="checkbox" checked={filter.stances.includes(s)} onChange={() => onChange({ ...filter, stances: toggled(filter.stances, s) })} />
                    {stanceLabel(s)}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <fieldset>
            <legend>Status</legend>
            <ul>
              {STATUS_CHOICES.map((s) => (
                <li key={s}>
                  <label>
                    <input type="checkbox" checked={filter.statuses.includes(s)} onChange={() => onChange({ ...filter, statuses: toggled(filter.statuses, s) })} />
                    {STATUS_LABELS[s]}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        </div>
      )}
    </div>
  );
}

/** A tag's colour dot; a parent that is only a prefix has none. (React sets style through CSSOM: allowed by the CSP.) */
function TagSwatch({ color }: { color: string | undefined }): React.JSX.Element {
  return <span className="tag-swatch" aria-hidden="true" style={color ? { background: color } : { visibility: 'hidden' }} />;
}
