/**
 * The command registry for the React tree: one per window, with the window's
 * keydown dispatcher installed. `useCommand` registers a runner for as long
 * as the component is mounted; `useShortcut` gives a control its hint.
 */
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { ariaKeys, commandById, hintFor, keysFor, type CommandId, type Keys } from '../../annotations/api/commands';
import { currentPlatform } from './platform';
import { CommandRegistry } from './registry';

const RegistryContext = createContext<CommandRegistry | null>(null);

export function CommandsProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const registry = useMemo(() => new CommandRegistry(currentPlatform()), []);
  useEffect(() => {
    window.addEventListener('keydown', registry.handleKeyDown);
    return () => window.removeEventListener('keydown', registry.handleKeyDown);
  }, [registry]);
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

export function useCommands(): CommandRegistry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('useCommands needs a CommandsProvider above it.');
  return registry;
}

/**
 * Registers `run` for command `id` while the component is mounted. The latest
 * `run` and `isEnabled` are called (kept in refs), so callers need not memoize.
 */
export function useCommand(id: CommandId, run: (keys?: Keys) => void, isEnabled?: () => boolean, priority = 0): void {
  const registry = useCommands();
  const latest = useRef({ run, isEnabled });
  useEffect(() => {
    latest.current = { run, isEnabled };
  });
  useEffect(
    () =>
      registry.register(id, {
        run: (keys) => latest.current.run(keys),
        isEnabled: () => latest.current.isEnabled?.() ?? true,
        priority,
      }),
    [registry, id, priority],
  );
}

export interface ShortcutHint {
  /** For `aria-keyshortcuts`: every combination, space-separated. */
  aria: string;
  /** As people read it: "Ctrl+Alt+→", "1–9". */
  text: string;
}

/** The hint a control shows for the command it runs. */
export function useShortcut(id: CommandId): ShortcutHint {
  const registry = useCommands();
  const command = commandById(id);
  return {
    aria: keysFor(command, registry.platform)
      .map((keys) => ariaKeys(keys, registry.platform))
      .join(' '),
    text: hintFor(command, registry.platform),
  };
}
