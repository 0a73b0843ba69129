/**
 * The app's own small state in the user's data folder: the last open set, the
 * recent sets, where the analyst was in each of them, and the theme. Never
 * holds annotations (those live in the set folder).
 */
import { readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { THEMES, viewTop, type Theme } from '../api/contract';
import type { RecentSet, ViewState } from '../api/view-types';
import { writeFileAtomic } from './files';
import { MAX_ANALYST_NAME } from '../model/creator';

const MAX_RECENT = 10;

const viewStateSchema = z.object({
  article: z.string().min(1),
  scroll: z.number().min(0).max(1),
  // An unreadable place falls back to the fraction, not the whole view state.
  top: viewTop.optional().catch(undefined),
});

// Fields added after the first version are optional and fall back on their
// own (`catch`): a bad theme must not cost the analyst the recent sets.
const settingsSchema = z.looseObject({
  version: z.literal(1),
  lastSet: z.string().nullable(),
  recentSets: z.array(z.object({ folder: z.string(), name: z.string(), openedAt: z.string() })),
  theme: z.enum(THEMES).optional().catch(undefined),
  /** Per set folder; only folders of the recent list are kept. */
  viewStates: z.record(z.string(), viewStateSchema).optional().catch(undefined),
  /** The analyst's name, written as the creator of the annotations they create or change. */
  analystName: z.string().min(1).max(MAX_ANALYST_NAME).optional().catch(undefined),
  /** The analyst answered the question for their name (gave one, or chose not to): it is not asked again. */
  analystNameAsked: z.boolean().optional().catch(undefined),
});

export type Settings = z.infer<typeof settingsSchema>;

const EMPTY: Settings = { version: 1, lastSet: null, recentSets: [] };

export class SettingsStore {
  private readonly file: string;
  /** One change at a time: two quick calls (a scroll and a theme) must not write over each other's change. */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataDir: string) {
    this.file = path.join(dataDir, 'settings.json');
  }

  /** Missing or unreadable settings fall back to defaults: they hold nothing that cannot be rebuilt. */
  async read(): Promise<Settings> {
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data : { ...EMPTY };
    } catch {
      return { ...EMPTY };
    }
  }

  async theme(): Promise<Theme> {
    return (await this.read()).theme ?? 'system';
  }

  async viewStateOf(folder: string): Promise<ViewState | undefined> {
    return (await this.read()).viewStates?.[folder];
  }

  /** After "Close set": the next launch shows the start screen, the set stays in the recent list. */
  forgetLastSet(): Promise<Settings> {
    return this.change((current) => (current.lastSet === null ? null : { ...current, lastSet: null }));
  }

  rememberOpened(folder: string, name: string, now: Date): Promise<Settings> {
    return this.change((current) => {
      const entry: RecentSet = { folder, name, openedAt: now.toISOString() };
      const recentSets = [entry, ...current.recentSets.filter((r) => r.folder !== folder)].slice(0, MAX_RECENT);
      return { ...current, lastSet: folder, recentSets, ...keptViewStates(current.viewStates, recentSets) };
    });
  }

  /** Empties the recent list (the open set, if any, stays the one reopened next time). */
  clearRecent(): Promise<Settings> {
    return this.change(({ viewStates: _dropped, ...current }) => ({ ...current, recentSets: [] }));
  }

  saveViewState(folder: string, state: ViewState): Promise<Settings> {
    return this.change((current) => {
      const before = current.viewStates?.[folder];
      if (before?.article === state.article && before.scroll === state.scroll && before.top?.line === state.top?.line && before.top?.within === state.top?.within) return null;
      return { ...current, viewStates: { ...current.viewStates, [folder]: state } };
    });
  }

  setTheme(theme: Theme): Promise<Settings> {
    return this.change((current) => (current.theme === theme ? null : { ...current, theme }));
  }

  /** Sets the analyst's name (null forgets it, or declines to give one); either way the question is answered. */
  setAnalystName(name: string | null): Promise<Settings> {
    return this.change(({ analystName, ...current }) => {
      if ((analystName ?? null) === name && current.analystNameAsked === true) return null;
      const answered = { ...current, analystNameAsked: true };
      return name === null ? answered : { ...answered, analystName: name };
    });
  }

  /** Settles once every change asked for so far is written (or has failed): quitting waits for it. */
  async idle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.writing;
      await seen;
    } while (seen !== this.writing);
  }

  /** Reads, applies `update` (null: nothing to write) and writes, one change after another. */
  private change(update: (current: Settings) => Settings | null): Promise<Settings> {
    const next = this.writing.then(async () => {
      const current = await this.read();
      const changed = update(current);
      if (changed === null) return current;
      await mkdir(this.dataDir, { recursive: true });
      await writeFileAtomic(this.file, JSON.stringify(changed, null, 2) + '\n');
      return changed;
    });
    this.writing = next.catch(() => undefined);
    return next;
  }
}

/** The view states of sets still in the recent list: the file does not grow with every folder ever opened. */
function keptViewStates(viewStates: Settings['viewStates'], recent: readonly RecentSet[]): Pick<Settings, 'viewStates'> {
  if (!viewStates) return {};
  const folders = new Set(recent.map((r) => r.folder));
  return { viewStates: Object.fromEntries(Object.entries(viewStates).filter(([folder]) => folders.has(folder))) };
}
