/**
 * What the brief covers, beside it: the order of its topics, and checkboxes
 * for tags, stances and articles (each list with "all" and "none"). Every
 * change rebuilds the Brief view, and an export writes the same scope.
 */
import type { BriefViewData } from '../../annotations/api/view-types';
import { includesArticle, includesStance, includesTag, isNarrowed, summarizeScope, withArticles, withOrder, withQuoteLinks, withStance, withTags } from '../../annotations/brief/scope';
import { type BriefOptions, STANCE_FILTER_LABELS, STANCE_FILTERS, type StanceFilter } from '../../annotations/brief/types';

interface Props {
  choices: BriefViewData['scope'];
  options: BriefOptions;
  onChange: (options: BriefOptions) => void;
}

export function BriefScope({ choices, options, onChange }: Props): React.JSX.Element {
  const tags = choices.tags.map((t) => t.label);
  const files = choices.articles.map((a) => a.file);
  const summary = summarizeScope(options, { tags, articles: files });
  const order = options.order ?? 'codebook';

  return (
    <aside className="scope" aria-label="Scope of the brief">
      <h3 className="scope__title">Scope</h3>
      <fieldset className="scope__group">
        <legend>Order of topics</legend>
        <label className="scope__option">
          <input type="radio" name="brief-order" checked={order === 'codebook'} onChange={() => onChange(withOrder(options, 'codebook'))} />
          As in the codebook
        </label>
        <label className="scope__option">
          <input type="radio" name="brief-order" checked={order === 'frequency'} onChange={() => onChange(withOrder(options, 'frequency'))} />
          Most claims first
        </label>
      </fieldset>
      <label className="scope__option">
        <input
          type="checkbox"
          checked={options.quoteLinks === true}
          onChange={(event) => onChange(withQuoteLinks(options, event.target.checked))}
        />
        Link each quote back to the app (Markdown export)
      </label>
      <CheckList
        legend="Tags"
        noun="tags"
        summary={summary.tags}
        items={choices.tags.map((t) => ({ key: t.label, label: t.label, color: t.color, checked: includesTag(options, t.label) }))}
        onToggle={(keys, checked) => onChange(withTags(options, keys, checked))}
      />
      <CheckList
        legend="Stances"
        noun="stances"
        summary={summary.stances}
        items={STANCE_FILTERS.map((s) => ({ key: s, label: STANCE_FILTER_LABELS[s], checked: includesStance(options, s) }))}
        onToggle={(keys, checked) => onChange(keys.reduce((o, s) => withStance(o, s as StanceFilter, checked), options))}
      />
      <CheckList
        legend="Articles"
        noun="articles"
        summary={summary.articles}
        items={choices.articles.map((a) => ({ key: a.file, label: a.title, title: a.file, checked: includesArticle(options, a.file) }))}
        onToggle={(keys, checked) => onChange(withArticles(options, keys, checked))}
      />
      {isNarrowed(options) && (
        <button type="button" className="button scope__reset" onClick={() => onChange(withQuoteLinks(withOrder({}, order), options.quoteLinks === true))}>
          Include everything
        </button>
      )}
    </aside>
  );
}

interface Item {
  key: string;
  label: string;
  /** Tooltip (the file name of an article). */
  title?: string;
  color?: string;
  checked: boolean;
}

function CheckList({ legend, noun, summary, items, onToggle }: { legend: string; noun: string; summary: string; items: Item[]; onToggle: (keys: string[], checked: boolean) => void }): React.JSX.Element {
  const keys = items.map((i) => i.key);
  return (
    <fieldset className="scope__group">
      <legend>
        {legend} <span className="scope__count">({summary})</span>
      </legend>
      <div className="scope__bulk">
        <button type="button" className="link-button" aria-label={`All: include all ${noun}`} onClick={() => onToggle(keys, true)}>
          All
        </button>
        <button type="button" className="link-button" aria-label={`None: include no ${noun}`} onClick={() => onToggle(keys, false)}>
          None
        </button>
      </div>
      <ul className="scope__list">
        {items.map((item) => (
          <li key={item.key}>
            <label className="scope__option" title={item.title}>
              <input type="checkbox" checked={item.checked} onChange={(e) => onToggle([item.key], e.currentTarget.checked)} />
              {item.color && <span className="tag-swatch" style={{ background: item.color }} aria-hidden="true" />}
              <span className="scope__label">{item.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
