/**
 * Long work's state on one line: the label and the state in words, and a
 * bar with the label as its accessible name and the words as its value text.
 * Without a count the bar is indeterminate (one step of unknown length).
 */
interface Props {
  label: string;
  words: string;
  /** Steps done of all; null: not counted. */
  count: { done: number; total: number } | null;
}

export function ProgressLine({ label, words, count }: Props): React.JSX.Element {
  return (
    <div className="progress">
      <span className="progress__text" aria-hidden="true">
        {label}: {words}
      </span>
      {count ? <progress aria-label={label} aria-valuetext={words} max={count.total} value={count.done} /> : <progress aria-label={label} aria-valuetext={words} />}
    </div>
  );
}
