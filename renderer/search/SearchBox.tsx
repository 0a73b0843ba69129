/**
 * The search box of the top bar. Enter searches the whole set; Ctrl/Cmd+
 * Shift+F focuses it from anywhere (as in editors); Escape closes the results.
 */
import { useRef, useState } from 'react';
import { useCommand, useShortcut } from '../commands/CommandsProvider';
import './search.css';

interface Props {
  onSearch: (query: string) => void;
  onClose: () => void;
}

export function SearchBox({ onSearch, onClose }: Props): React.JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');

  useCommand('searchSet', () => {
    input.current?.focus();
    input.current?.select();
  });
  const keys = useShortcut('searchSet');

  return (
    <form
      className="search-box"
      role="search"
      aria-label="Search the set"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim() !== '') onSearch(value.trim());
      }}
    >
      <input
        ref={input}
        type="search"
        aria-label="Search the set"
        aria-keyshortcuts={keys.aria}
        placeholder="Search the set…"
        title={`Search article texts, quotes and notes (${keys.text})`}
        value={value}
        maxLength={1000}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setValue('');
            onClose();
          }
        }}
      />
    </form>
  );
}
