/** Theme and reading size, in the top bar: a small group of named controls. */
import { THEME_LABELS, THEMES, READER_SIZES, useDisplayPreferences, type Theme } from './display-preferences';
import './display.css';

export function DisplayControls(): React.JSX.Element {
  const [prefs, update] = useDisplayPreferences();
  const size = prefs.readerSize;
  return (
    <div className="display-controls" role="group" aria-label="Display">
      <button
        type="button"
        className="button display-controls__size"
        title={`Smaller text (now ${size} px)`}
        disabled={size <= READER_SIZES.min}
        onClick={() => update({ readerSize: size - READER_SIZES.step })}
      >
        <span aria-hidden="true">A−</span>
        <span className="visually-hidden">Smaller text</span>
      </button>
      <button
        type="button"
        className="button display-controls__size display-controls__size--larger"
        title={`Larger text (now ${size} px)`}
        disabled={size >= READER_SIZES.max}
        onClick={() => update({ readerSize: size + READER_SIZES.step })}
      >
        <span aria-hidden="true">A+</span>
        <span className="visually-hidden">Larger text</span>
      </button>
      <select aria-label="Theme" className="display-controls__theme" value={prefs.theme} onChange={(event) => update({ theme: event.target.value as Theme })}>
        {THEMES.map((theme) => (
          <option key={theme} value={theme}>
            {THEME_LABELS[theme]}
          </option>
        ))}
      </select>
    </div>
  );
}
