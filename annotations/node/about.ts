/**
 * What Help ▸ About shows: the app's version, what it runs on, and the
 * licences of the packages it ships. The licence list is made at build time
 * (scripts/licenses.mjs, from the packages esbuild actually bundled) and read
 * here, checked, because a file on disk can be anything.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { AboutView } from '../api/view-types';

export interface AboutSource {
  name: string;
  version: string;
  versions: AboutView['versions'];
  /** The licence list written by `node scripts/build.mjs licenses`. */
  licensesFile: string;
}

const licenseListSchema = z
  .object({
    format: z.literal('research-annotator/licenses'),
    version: z.literal(1),
    packages: z.array(
      z
        .object({
          name: z.string().min(1),
          version: z.string().min(1),
          license: z.string().min(1),
          text: z.string().nullable(),
        })
        .strict(),
    ),
  })
  .strict();

export async function aboutView(source: AboutSource): Promise<AboutView> {
  const base = { name: source.name, version: source.version, versions: source.versions };
  let raw: string;
  try {
    raw = await readFile(source.licensesFile, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'the file is missing (it is made by `npm run build`)' : `it cannot be read (${code ?? String(error)})`;
    return { ...base, licenses: [], licensesProblem: `The licence list ${source.licensesFile} cannot be shown: ${why}.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { ...base, licenses: [], licensesProblem: `The licence list ${source.licensesFile} is not valid JSON: ${(error as Error).message}.` };
  }
  const parsed = licenseListSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { ...base, licenses: [], licensesProblem: `The licence list ${source.licensesFile} is not in the expected format${where}: ${issue?.message ?? 'rejected'}.` };
  }
  return { ...base, licenses: parsed.data.packages };
}
