/** Theme and reading size, in the top bar: a small group of named controls. */
import { THEME_COMMANDS } from '../../annotations/api/commands';
import { useCommands } from '../commands/CommandsProvider';
import { THEME_LABELS, THEMES, READER_SIZES, useDisplayPreferences, type Theme } from './display-preferences';
import './display.css';

export function DisplayControls(): React.JSX.Element {
  const [prefs, update] = useDisplayPreferences();
  const commands = useCommands();
  // The same commands as View ▸ Theme in the native menu.
  const chooseTheme = (theme: Theme) => {
    const id = (Object.keys(THEME_COMMANDS) as (keyof typeof THEME_COMMANDS)[]).find((key) => THEME_COMMANDS[key] === theme);
    if (id) commands.run(id);
  };
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
      <select aria-label="Theme" className="display-controls__theme" value={prefs.theme} onChange={(event) => chooseTheme(event.target.value as Theme)}>
        {THEMES.map((theme) => (
          <option key={theme} value={theme}>
            {THEME_LABELS[theme]}
          </option>
        ))}
      </select>
    </div>
  );
}
