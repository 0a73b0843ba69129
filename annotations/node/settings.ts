/**
 * The app's own small state in the user's data folder: the last open set and
 * the recent sets. Never holds annotations (those live in the set folder).
 */
import { readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { RecentSet } from '../api/contract';
import { writeFileAtomic } from './files';

const MAX_RECENT = 10;

const settingsSchema = z.looseObject({
  version: z.literal(1),
  lastSet: z.string().nullable(),
  recentSets: z.array(z.object({ folder: z.string(), name: z.string(), openedAt: z.string() })),
});

export type Settings = z.infer<typeof settingsSchema>;

const EMPTY: Settings = { version: 1, lastSet: null, recentSets: [] };

export class SettingsStore {
  private readonly file: string;

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

  /** After "Close set": the next launch shows the start screen, the set stays in the recent list. */
  async forgetLastSet(): Promise<void> {
    const current = await this.read();
    if (current.lastSet === null) return;
    await this.write({ ...current, lastSet: null });
  }

  async rememberOpened(folder: string, name: string, now: Date): Promise<Settings> {
    const current = await this.read();
    const entry: RecentSet = { folder, name, openedAt: now.toISOString() };
    const next: Settings = {
      ...current,
      lastSet: folder,
      recentSets: [entry, ...current.recentSets.filter((r) => r.folder !== folder)].slice(0, MAX_RECENT),
    };
    await this.write(next);
    return next;
  }

  private async write(settings: Settings): Promise<void> {
    await mkdir(this.dataDir, { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify(settings, null, 2) + '\n');
  }
}
