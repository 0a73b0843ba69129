/**
 * A worker thread of `research-annotator match` (match-workers.ts starts it;
 * bundled beside the command as dist/cli/match-worker.cjs). It builds its
 * own index from the set's text, then answers each run of claims it is
 * given with that run's piece of the report, or, on two threads, with the
 * run's scorings alone (the main thread reads the details).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReportFormat } from './match-report';
import type { WorkerInput, WorkerReply, WorkerTask } from './match-workers';
import { articleNumbers, buffersOf, encodeScores } from './scored-runs';
import { SetMatcher } from './set-matcher';

const port = parentPort;
if (!port) throw new Error('match-worker runs as a worker thread of research-annotator match');
const input = workerData as WorkerInput;
const matcher = new SetMatcher({ texts: input.texts, placed: new Map(input.placed), published: new Map(input.published) });
const format: ReportFormat = input.format;
const { numberOf } = articleNumbers(input.texts);
const encoder = new TextEncoder();
port.postMessage({ type: 'ready', claims: matcher.claims.length, ...(input.setNotes ? { setNotes: matcher.setNotes() } : {}) } satisfies WorkerReply);
port.on('message', (task: WorkerTask) => {
  if (input.stage === 'scores') {
    const scores = encodeScores(matcher.scores(task.from, task.to), numberOf);
    port.postMessage({ type: 'scores', seq: task.seq, scores } satisfies WorkerReply, buffersOf(scores));
    return;
  }
  const { text, ...rest } = matcher.pieces(task.from, task.to, format);
  // Encoded here and handed over (transferred, not copied): the main thread, which writes every run, only writes bytes.
  // (TextEncoder, not Buffer.from: a small Buffer is a view of a pool shared with others, which must not be transferred.)
  const bytes = encoder.encode(text);
  port.postMessage({ type: 'piece', seq: task.seq, piece: { ...rest, bytes } } satisfies WorkerReply, [bytes.buffer]);
});
