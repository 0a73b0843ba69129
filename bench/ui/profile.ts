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

/**
 * A heap snapshot of the page (written to `file` if given): the V8 heap's
 * objects (what `heap-1mb-5k-mb` measures; the DOM's C++ objects are left
 * out) by own size, summed by constructor or kind, largest first. Strings of
 * over 100 KB are listed one by one with their start: the article, and any
 * script source kept on the heap.
 */
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
    if (type === 'native') continue;
    const bytes = heap.nodes[i + SIZE]!;
    const name =
      type === 'object' || type === 'closure'
        ? heap.strings[heap.nodes[i + NAME]!]!
        : type === 'string' && bytes > 100_000
          ? `string ${JSON.stringify(heap.strings[heap.nodes[i + NAME]!]!.slice(0, 40))}`
          : `(${type})`;
    total += bytes;
    const entry = sizes.get(name) ?? { bytes: 0, count: 0 };
    entry.bytes += bytes;
    entry.count++;
    sizes.set(name, entry);
  }
  const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(2);
  return [
    `heap snapshot: ${mb(total)} MB of V8 objects`,
    ...[...sizes.entries()]
      .sort((a, b) => b[1].bytes - a[1].bytes)
      .slice(0, count)
      .map(([name, { bytes, count: n }]) => `${mb(bytes).padStart(7)} MB  ${String(n).padStart(7)} × ${name.slice(0, 70)}`),
  ];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; beginData?: { stackTrace?: { functionName: string; url: string; lineNumber: number }[] } };
}

/**
 * A Chromium trace of an action (written to `file`: open it in DevTools'
 * Performance panel), and where the page's main thread spent the time in the
 * windows that open at each User Timing mark `from` and close at `until`: the
 * next mark of that name, or a time after `from` the action returns. Printed
 * are the main-thread slices' own time by kind (script, style, layout,
 * paint…), summed over the windows, and the top-level tasks of the last
 * window in order, so waiting for a frame shows as the gap it is.
 */
export async function traced<T>(
  page: Page,
  file: string,
  from: string,
  action: () => Promise<T>,
  until: string | ((result: T) => number),
): Promise<{ result: T; lines: string[] }> {
  const browser = page.context().browser()!;
  // The stacks: a style or layout forced by script names the function that forced it.
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack'],
  });
  const result = await action();
  const buffer = await browser.stopTracing();
  await writeFile(file, buffer);
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const starts = events.filter((e) => e.name === from).sort((a, b) => a.ts - b.ts);
  if (starts.length === 0) return { result, lines: [`trace: no "${from}" mark`] };
  const pid = starts[0]!.pid;
  const ends = typeof until === 'string' ? events.filter((e) => e.name === until && e.pid === pid).sort((a, b) => a.ts - b.ts) : [];
  // Each window opens at the last `from` before its end (a `from` with no end of its own, such as a note opened in between, starts none).
  const windows =
    typeof until === 'string'
      ? ends.flatMap((end) => {
          const start = starts.filter((s) => s.ts <= end.ts).at(-1);
          return start ? [{ start: start.ts, end: end.ts }] : [];
        })
      : starts.map((start) => ({ start: start.ts, end: start.ts + until(result) * 1000 }));
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  const slices = events.filter((e) => e.ph === 'X' && e.pid === pid && e.tid === (main?.tid ?? starts[0]!.tid) && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const inWindows = windows.map((w) => ({ ...w, ...mainThreadIn(slices, w.start, w.end) }));
  // Own time of each kind, summed over the windows.
  const own = new Map<string, number>();
  for (const w of inWindows) for (const [name, us] of w.own) own.set(name, (own.get(name) ?? 0) + us);
  const total = windows.reduce((sum, w) => sum + w.end - w.start, 0);
  const ms = (us: number) => (us / 1000).toFixed(1).padStart(6);
  const to = typeof until === 'string' ? until : 'painted';
  const kinds = (map: ReadonlyMap<string, number>, per: number, floor: number) =>
    [...map.entries()]
      .filter(([, us]) => us / per >= floor)
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => `${ms(us / per)} ms  ${name}`);
  const tasks = (w: (typeof inWindows)[number]) => w.tops.filter((t) => t.dur! >= 100).map((t) => `${ms(t.ts - w.start)} +${ms(t.dur!).trim()} ms  ${t.name}`);
  // The slowest windows, each with what filled it: an open now and then slow is what a worst-of-blocks figure sees.
  const byLength = [...inWindows].sort((a, b) => b.end - b.start - (a.end - a.start));
  const lengths = byLength.map((w) => w.end - w.start).reverse();
  const at = (p: number) => ms(lengths[Math.min(lengths.length - 1, Math.floor(p * lengths.length))]!).trim();
  const last = inWindows.at(-1)!;
  // Style and layout forced by script (they carry its stack), in the windows: the frame's own come from no script.
  const forced = new Map<string, { count: number; us: number }>();
  for (const w of windows) {
    for (const e of slices) {
      const stack = e.args?.beginData?.stackTrace;
      if ((e.name !== 'Layout' && e.name !== 'UpdateLayoutTree') || !stack?.length || e.ts < w.start || e.ts >= w.end) continue;
      const where = `${e.name} from ${stack
        .slice(0, 3)
        .map((f) => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`)
        .join(' < ')}`;
      const entry = forced.get(where) ?? { count: 0, us: 0 };
      forced.set(where, { count: entry.count + 1, us: entry.us + e.dur! });
    }
  }
  return {
    result,
    lines: [
      `trace: ${windows.length} × ${from} → ${to}, ${ms(total / windows.length).trim()} ms on average (median ${at(0.5)}, p90 ${at(0.9)}, longest ${at(1)}); main thread, own time by kind, per window:`,
      ...kinds(own, windows.length, 50),
      `style and layout forced by script, in ${windows.length} windows (count, ms in all):`,
      ...[...forced.entries()].sort((a, b) => b[1].us - a[1].us).map(([where, { count, us }]) => `${String(count).padStart(6)} × ${ms(us).trim()} ms  ${where}`),
      `top-level tasks of the last window (${ms(last.end - last.start).trim()} ms; start after the mark, duration):`,
      ...tasks(last),
      ...(windows.length < 5
        ? []
        : byLength.slice(0, 3).flatMap((w, i) => [
            `the ${['longest', 'second longest', 'third longest'][i]} window (${ms(w.end - w.start).trim()} ms, the ${inWindows.indexOf(w) + 1}th), own time by kind, then its top-level tasks:`,
            ...kinds(w.own, 1, 100),
            ...tasks(w),
          ])),
    ],
  };
}

/** The main thread's slices in [start, end): own time by kind (a slice's duration less its children's, clipped to the window), and the top-level ones. */
function mainThreadIn(slices: readonly TraceEvent[], start: number, end: number): { own: Map<string, number>; tops: TraceEvent[] } {
  const clip = (e: TraceEvent) => Math.max(0, Math.min(e.ts + e.dur!, end) - Math.max(e.ts, start));
  const own = new Map<string, number>();
  const stack: TraceEvent[] = [];
  const tops: TraceEvent[] = [];
  for (const slice of slices) {
    if (slice.ts >= end || slice.ts + slice.dur! <= start) continue;
    while (stack.length > 0 && stack.at(-1)!.ts + stack.at(-1)!.dur! <= slice.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) own.set(parent.name, (own.get(parent.name) ?? 0) - clip(slice));
    else tops.push(slice);
    own.set(slice.name, (own.get(slice.name) ?? 0) + clip(slice));
    stack.push(slice);
  }
  return { own, tops };
}
