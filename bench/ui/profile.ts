/**
 * Where the time goes: a V8 CPU profile of one timed action in the page
 * (through the DevTools protocol), summed by function. Written as a
 * .cpuprofile (open it in Chromium's DevTools, Performance panel) and printed
 * as the functions with the most self time.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export async function profiled<T>(page: Page, file: string, action: () => Promise<T>): Promise<{ result: T; top: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await action();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach();
  await writeFile(file, JSON.stringify(profile));
  return { result, top: selfTimes(profile, 30) };
}

/** The functions with the most self time, as printable lines. */
export function selfTimes(profile: CpuProfile, count: number): string[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byNode.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = (profile.endTime - profile.startTime) / 1000;
  return [
    `profile: ${Math.round(total)} ms`,
    ...[...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`),
  ];
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** A heap snapshot of the page (written to `file` if given), its objects' own sizes summed by constructor (or kind), largest first. */
export async function heapBreakdown(page: Page, count: number, file?: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const json = chunks.join('');
  if (file) await writeFile(file, json);
  const heap = JSON.parse(json) as HeapSnapshot;
  const fields = heap.snapshot.meta.node_fields;
  const types = heap.snapshot.meta.node_types[0];
  const [TYPE, NAME, SIZE] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const sizes = new Map<string, { bytes: number; count: number }>();
  let total = 0;
  for (let i = 0; i < heap.nodes.length; i += fields.length) {
    const type = types[heap.nodes[i + TYPE]!]!;
    const name = type === 'object' || type === 'native' ? heap.strings[heap.nodes[i + NAME]!]! : `(${type})`;
    const bytes = heap.nodes[i + SIZE]!;
    total += bytes;
    const entry = sizes.get(name) ?? { bytes: 0, count: 0 };
    entry.bytes += bytes;
    entry.count++;
    sizes.set(name, entry);
  }
  const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(2);
  return [
    `heap snapshot: ${mb(total)} MB in all`,
    ...[...sizes.entries()]
      .sort((a, b) => b[1].bytes - a[1].bytes)
      .slice(0, count)
      .map(([name, { bytes, count: n }]) => `${mb(bytes).padStart(7)} MB  ${String(n).padStart(7)} × ${name.slice(0, 60)}`),
  ];
}
