/**
 * The claim fields of one annotation: stance, who makes the claim, confidence
 * and links to the same claim in other articles. Folded under a summary line
 * so the panel stays readable; each change is saved at once.
 */
import { useState } from 'react';
import type { AnnotationView, ClaimRef } from '../../annotations/api/view-types';
import { CONFIDENCES, STANCE_LABELS, STANCES, type ClaimPatch, type Confidence, type Stance } from '../../annotations/model/claim';

interface Props {
  annotation: AnnotationView;
  readOnly: boolean;
  /** Claims of the set, loaded when the link list is opened. */
  loadClaims: () => Promise<ClaimRef[]>;
  onChange: (id: string, patch: ClaimPatch) => void;
}

export function ClaimEditor({ annotation, readOnly, loadClaims, onChange }: Props): React.JSX.Element {
  const summary = [
    annotation.stance ? STANCE_LABELS[annotation.stance] : null,
    annotation.attribution ? `by ${annotation.attribution}` : null,
    annotation.confidence ? `${annotation.confidence} confidence` : null,
    annotation.sameClaimAs.length > 0 ? `same claim in ${annotation.sameClaimAs.length} other` : null,
  ].filter((part) => part !== null);

  return (
    <details className="claim">
      <summary>Claim{summary.length > 0 ? `: ${summary.join(' · ')}` : ' details'}</summary>
      <div className="claim__fields">
        <label>
          Stance
          <select
            value={annotation.stance ?? ''}
            disabled={readOnly}
            onChange={(e) => onChange(annotation.id, { stance: (e.target.value || null) as Stance | null })}
          >
            <option value="">Not set</option>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {STANCE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Claimed by
          <AttributionField value={annotation.attribution ?? ''} readOnly={readOnly} onSave={(v) => onChange(annotation.id, { attribution: v || null })} />
        </label>
        <label>
          Confidence
          <select
            value={annotation.confidence ?? ''}
            disabled={readOnly}
            onChange={(e) => onChange(annotation.id, { confidence: (e.target.value || null) as Confidence | null })}
          >
            <option value="">Not set</option>
            {CONFIDENCES.map((c) => (
              <option key={c} value={c}>
                {c[0]?.toUpperCase() + c.slice(1)}
              </option>
            ))}
          </select>
        </label>
        <SameClaimLinks annotation={annotation} readOnly={readOnly} loadClaims={loadClaims} onChange={onChange} />
      </div>
    </details>
  );
}

/** Single-line text saved on Enter or when leaving the field. */
function AttributionField({ value, readOnly, onSave }: { value: string; readOnly: boolean; onSave: (value: string) => void }) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // The stored value changed from elsewhere: show it.
    setSeen(value);
    setDraft(value);
  }
  const save = () => {
    if (draft.trim() !== value) onSave(draft.trim());
  };
  return (
    <input
      type="text"
      placeholder="Who makes the claim…"
      spellCheck
      value={draft}
      readOnly={readOnly}
      maxLength={500}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save();
      }}
    />
  );
}

/** "Same claim as": tick claims in other articles that make this claim. */
function SameClaimLinks({ annotation, readOnly, loadClaims, onChange }: Omit<Props, 'annotation'> & { annotation: AnnotationView }) {
  const [claims, setClaims] = useState<ClaimRef[] | null>(null);
  const [open, setOpen] = useState(false);
  const linked = new Set(annotation.sameClaimAs);
  const here = claims?.find((c) => c.id === annotation.id)?.file;
  // Claims under the same tags first: the likeliest to be the same claim.
  const shares = (c: ClaimRef) => c.tags.some((t) => annotation.tags.includes(t));
  const candidates = (claims ?? [])
    .filter((c) => c.id !== annotation.id && c.file !== here)
    .sort((a, b) => Number(shares(b)) - Number(shares(a)));

  return (
    <fieldset className="claim__links">
      <legend>Same claim as</legend>
      {annotation.sameClaimAs.length === 0 && !open && <p className="claim__none">Not linked to other sources.</p>}
      {!open ? (
        <button
          type="button"
          className="button"
          disabled={readOnly}
          onClick={() => {
            setOpen(true);
            void loadClaims().then(setClaims);
          }}
        >
          {annotation.sameClaimAs.length > 0 ? `Linked to ${annotation.sameClaimAs.length}: edit links…` : 'Link to other sources…'}
        </button>
      ) : (
        <>
          {claims === null && <p className="claim__none">Loading claims…</p>}
          {claims !== null && candidates.length === 0 && <p className="claim__none">No tagged claims in other articles yet.</p>}
          <ul className="claim__candidates">
            {candidates.map((c) => (
              <li key={c.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={linked.has(c.id)}
                    onChange={(e) => {
                      const next = e.target.checked ? [...linked, c.id] : [...linked].filter((id) => id !== c.id);
                      onChange(annotation.id, { sameClaimAs: next.length > 0 ? next : null });
                    }}
                  />
                  <span className="claim__candidate-title">{c.title}</span>
                  <span className="claim__candidate-quote">“{c.exact}”</span>
                  <span className="claim__candidate-tags">{c.tags.join(', ')}</span>
                </label>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Done
          </button>
        </>
      )}
    </fieldset>
  );
}
