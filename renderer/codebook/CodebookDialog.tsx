/**
 * The Codebook: every tag of the set as a tree, each with its colour, label
 * (rename in place), description, hotkey, how much it is used, Merge into…
 * and Delete. Every change goes to the core at once and applies to the whole
 * set; the list is read back from the core afterwards.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CodebookTagView, SetEditResult } from '../../annotations/api/view-types';
import { HOTKEYS } from '../../annotations/model/codebook';
import { call, getApi } from '../api';
import { useNotices } from '../app/notices';
import { Modal } from './Modal';
import type { SetDialogProps } from './set-dialog';
import { SetEditProgress } from './SetEditProgress';
import { tagTree, type TagNode } from './tag-tree';
import { useSetEdit } from './use-set-edit';

export function CodebookDialog({ onClose, onEdited, edits }: SetDialogProps): React.JSX.Element {
  const api = getApi();
  const notices = useNotices();
  const { list: tags, apply } = useSetEdit(() => api.getCodebook({}), { onEdited, edits });
  const [busy, setBusy] = useState<string | null>(null);

  /** Runs one codebook call (one at a time: the others wait, disabled). */
  const run = useCallback(
    (what: string, request: () => Promise<SetEditResult>) => {
      setBusy(what);
      void apply(request).finally(() => setBusy(null));
    },
    [apply],
  );

  const [newLabel, setNewLabel] = useState('');
  const addTag = () => {
    const label = newLabel.trim();
    if (!label) return;
    setBusy('add');
    call(api.addTag({ label }))
      .then((all) => {
        setNewLabel('');
        onEdited({ label: `Add tag “${label}”`, tags: all, updated: [], failed: [], annotations: 0 });
      })
      .catch((error: Error) => notices.error(error.message))
      .finally(() => setBusy(null));
  };

  return (
    <Modal title="Codebook" onClose={onClose} className="codebook">
      <p className="codebook__hint">
        Renames, merges and deletions apply to every article of the set and can be undone. Use “/” for levels: <code>Security/Guarantees</code>.
      </p>
      <form
        className="codebook__add"
        onSubmit={(event) => {
          event.preventDefault();
          addTag();
        }}
      >
        <label>
          New tag <input value={newLabel} onChange={(e) => setNewLabel(e.target.value)} placeholder="e.g. Security/Guarantees" maxLength={200} />
        </label>
        <button type="submit" className="button" disabled={!newLabel.trim() || busy !== null}>
          Add tag
        </button>
      </form>
      {tags === null ? (
        <p className="codebook__loading" role="status">
          Reading the set…
        </p>
      ) : tags.length === 0 ? (
        <p className="codebook__loading">No tags yet. Add one above, or tag a passage.</p>
      ) : (
        <TagList nodes={tagTree(tags)} all={tags} run={run} busy={busy} />
      )}
      {busy && busy !== 'add' && <SetEditProgress />}
    </Modal>
  );
}

type Run = (what: string, request: () => Promise<SetEditResult>) => void;

function TagList({ nodes, all, run, busy }: { nodes: TagNode<CodebookTagView>[]; all: CodebookTagView[]; run: Run; busy: string | null }): React.JSX.Element {
  return (
    <ul className="codebook__list">
      {nodes.map((node) => (
        <li key={node.tag.label}>
          <TagRow node={node} all={all} run={run} busy={busy} />
          {node.children.length > 0 && <TagList nodes={node.children} all={all} run={run} busy={busy} />}
        </li>
      ))}
    </ul>
  );
}

function TagRow({ node, all, run, busy }: { node: TagNode<CodebookTagView>; all: CodebookTagView[]; run: Run; busy: string | null }): React.JSX.Element {
  const api = getApi();
  const { tag } = node;
  const [label, setLabel] = useState(tag.label);
  const [description, setDescription] = useState(tag.description ?? '');
  const [mode, setMode] = useState<'idle' | 'merge' | 'delete'>('idle');
  const [mergeInto, setMergeInto] = useState('');
  const color = useRef<HTMLInputElement>(null);
  useEffect(() => setLabel(tag.label), [tag.label]);
  useEffect(() => setDescription(tag.description ?? ''), [tag.description]);

  // The colour is saved when the picker closes ("change"), not on every step of a drag ("input").
  useEffect(() => {
    const input = color.current;
    if (!input) return;
    const onChange = () => {
      if (input.value.toLowerCase() !== tag.color.toLowerCase()) run('color', () => call(api.updateTag({ label: tag.label, color: input.value })));
    };
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, [api, run, tag.color, tag.label]);

  // Enter commits, and so does leaving the field: the ref keeps the second from sending the same change again.
  const sent = useRef<string | null>(null);
  const rename = () => {
    const to = label.trim();
    if (to === '' || to === tag.label) return setLabel(tag.label);
    if (sent.current === `label:${to}`) return;
    sent.current = `label:${to}`;
    run('rename', () => call(api.renameTag({ label: tag.label, to })));
  };
  const describe = () => {
    const text = description.trim();
    if (text === (tag.description ?? '') || sent.current === `description:${text}`) return;
    sent.current = `description:${text}`;
    run('describe', () => call(api.updateTag({ label: tag.label, description: text || null })));
  };
  const holderOf = (digit: number) => all.find((t) => t.hotkey === digit && t.label !== tag.label)?.label;
  const uses = `${tag.uses === 1 ? '1 annotation' : `${tag.uses} annotations`} in ${tag.articles === 1 ? '1 article' : `${tag.articles} articles`}`;
  const others = all.filter((t) => t.label !== tag.label);

  return (
    <div className="codebook__row" role="group" aria-label={tag.label}>
      <input ref={color} type="color" className="codebook__color" defaultValue={tag.color} key={tag.color} aria-label={`Colour of ${tag.label}`} />
      <input
        className="codebook__label"
        value={label}
        aria-label={`Label of ${tag.label}`}
        title={tag.label}
        maxLength={200}
        onChange={(e) => setLabel(e.target.value)}
        onBlur={rename}
        onKeyDown={(e) => {
          if (e.key === 'Enter') rename();
          if (e.key === 'Escape' && label !== tag.label) {
            e.preventDefault();
            setLabel(tag.label);
          }
        }}
      />
      <select
        className="codebook__hotkey"
        aria-label={`Hotkey of ${tag.label}`}
        value={tag.hotkey ?? ''}
        onChange={(e) => {
          const hotkey = e.target.value === '' ? null : Number(e.target.value);
          run('hotkey', () => call(api.updateTag({ label: tag.label, hotkey })));
        }}
      >
        <option value="">No key</option>
        {HOTKEYS.map((digit) => {
          const holder = holderOf(digit);
          return (
            <option key={digit} value={digit}>
              {holder ? `${digit} (taken from “${holder}”)` : String(digit)}
            </option>
          );
        })}
      </select>
      <span className="codebook__uses">{uses}</span>
      <span className="codebook__actions">
        <button type="button" className="button" aria-expanded={mode === 'merge'} onClick={() => setMode(mode === 'merge' ? 'idle' : 'merge')} disabled={others.length === 0}>
          Merge into…
        </button>
        <button type="button" className="button button--danger" aria-expanded={mode === 'delete'} onClick={() => setMode(mode === 'delete' ? 'idle' : 'delete')}>
          Delete
        </button>
      </span>
      <input
        className="codebook__description"
        value={description}
        placeholder="Description: what this tag is for"
        aria-label={`Description of ${tag.label}`}
        maxLength={2000}
        onChange={(e) => setDescription(e.target.value)}
        onBlur={describe}
        onKeyDown={(e) => e.key === 'Enter' && describe()}
      />
      {mode === 'merge' && (
        <form
          className="codebook__confirm"
          onSubmit={(e) => {
            e.preventDefault();
            if (!mergeInto) return;
            setMode('idle');
            run('merge', () => call(api.mergeTags({ from: tag.label, into: mergeInto })));
          }}
        >
          <label>
            Merge “{tag.label}” into{' '}
            <select value={mergeInto} onChange={(e) => setMergeInto(e.target.value)} autoFocus>
              <option value="">Choose a tag…</option>
              {others.map((t) => (
                <option key={t.label} value={t.label}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button button--primary" disabled={!mergeInto || busy !== null}>
            Merge
          </button>
          <button type="button" className="button" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </form>
      )}
      {mode === 'delete' && (
        <div className="codebook__confirm" role="alert">
          <span>
            Delete “{tag.label}”{node.children.length > 0 ? ' and the tags under it' : ''}? It is removed from {tag.uses === 1 ? '1 annotation' : `${tag.uses} annotations`}; they stay as
            highlights. You can undo this.
          </span>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              setMode('idle');
              run('delete', () => call(api.deleteTag({ label: tag.label })));
            }}
          >
            Delete tag
          </button>
          <button type="button" className="button" onClick={() => setMode('idle')} autoFocus>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
