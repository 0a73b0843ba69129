/**
 * The claims of a set matched on several threads (node:worker_threads), so
 * that `research-annotator match` uses the machine's cores. Each worker
 * (match-worker.ts) gets the set's text and anchored annotations, read once
 * here, and builds its own index from them in the set's order, so it
 * numbers terms and scores exactly as the single-thread path does. The
 * claims, in report order, are cut into runs handed out one at a time to
 * whichever worker is free; each run comes back as its text of the report,
 * and runs are written in claim order as soon as the one before is. At most
 * a few runs per worker are out at once, so memory stays bounded however
 * far a fast worker gets ahead of a slow one.
 *
 * On two threads the claims are not shared out: each worker would read
 * every passage's details again and build an index of its own, and two
 * such workers take about as long as one thread. The work is split by
 * stage instead: one worker holds the index and scores the claims
 * (elsewhere.ts), the main thread reads the details that differ of the
 * candidates it is handed (scored-runs.ts) and writes the report, each
 * about half of the work.
 *
 * Small sets stay on one thread: a worker costs its start and its own index
 * before it matches anything.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Placed } from '../matching/claim-matches';
import type { PublicationDate } from '../matching/relative-dates';
import { setClaims } from '../matching/claim-matches';
import type { MatchInput } from './match-input';
import type { Io } from './usage';
import type { ClaimPiece, EncodedPiece, ReportFormat } from './match-report';
import { articleNumbers, decodeScores, type EncodedScores } from './scored-runs';
import { ScoredClaims, SetMatcher, type SetNotes } from './set-matcher';

/** What a worker starts with. */
export interface WorkerInput {
  texts: [string, string][];
  placed: [string, Placed[]][];
  published: [string, PublicationDate][];
  format: ReportFormat;
  /** Whether it is the one that reports the set's notes (copies, other languages). */
  setNotes: boolean;
  /** What it answers a run with: the run's piece of the report, or its scorings alone (two threads, by stage). */
  stage: 'pieces' | 'scores';
}

/** A run of claims, [from, to) of the report's order. */
export interface WorkerTask {
  seq: number;
  from: number;
  to: number;
}

export type WorkerReply =
  | { type: 'ready'; claims: number; setNotes?: SetNotes }
  | { type: 'piece'; seq: number; piece: EncodedPiece }
  | { type: 'scores'; seq: number; scores: EncodedScores };

/** A run's answer, before its piece is written. */
type RunReply = Extract<WorkerReply, { seq: number }>;

/**
 * Workers at most: each holds an index of its own (its memory), and the
 * main thread, which writes the report, must keep up with them.
 */
export const MAX_WORKERS = 8;
/**
 * Fewer claims than this per worker, and the set is matched on one thread:
 * starting a worker (its code loaded and warmed up, its index built) cost
 * 0.5-1 s here, about what one thread takes to match 1,000-2,000 claims.
 */
export const MIN_CLAIMS_PER_WORKER = 1000;
/** Runs out at once per worker (handed out, not yet written). */
const RUNS_AHEAD = 4;
/** Runs handed to a worker at once: the one it works on and the next. */
const QUEUED_PER_WORKER = 2;
/** Claims in a run, at most: small enough to share the work evenly, large enough that messages cost little. */
const MAX_RUN = 32;

/** The worker script beside the bundled command. */
export function defaultWorkerScript(): string {
  return path.join(__dirname, 'match-worker.cjs');
}

/**
 * How many threads match `claims` claims: `requested` (0 or 1: the main
 * thread alone) when given; else one per idle core (the cores less the load
 * average of the last minute, as `make -l` judges it; Windows reports no
 * load), up to MAX_WORKERS, fewer on a small set. Workers that share the
 * claims, added where the cores are already busy, take turns with the other
 * work: they cost CPU time (each builds an index of its own) and gain no
 * wall time. Two threads split by stage cost about the CPU of one, so a
 * large set on a machine of two cores or more gets at least those: the load
 * average lags (the command's own last run still counts in it), and where
 * the cores are truly busy the two stages take as long as one thread.
 */
export function workerCount(claims: number, requested?: number, load = os.loadavg()[0] ?? 0): number {
  const cores = os.availableParallelism();
  const large = Math.floor(claims / MIN_CLAIMS_PER_WORKER);
  const count = requested ?? Math.min(cores, MAX_WORKERS, large, Math.max(Math.round(cores - load), large >= 2 ? 2 : 0));
  return count <= 1 ? 0 : count;
}

export interface MatchOptions {
  format: ReportFormat;
  /** Workers asked for (the command's --workers or RA_MATCH_WORKERS); undefined: workerCount decides. */
  workers?: number;
  /** The worker script (the bundled match-worker.cjs). */
  workerScript?: string;
}

/** When what `onPiece` wrote is still waiting to be taken, a promise of when it has been (Io.backlog). */
export type Backlog = NonNullable<Io['backlog']>;

/**
 * Matches every claim of the input and hands each run's piece to `onPiece`,
 * in report order, with the number of claims in all. While `backlog` says
 * the pieces handed on are still waiting to be taken, no more are made.
 */
export async function matchPieces(input: MatchInput, options: MatchOptions, onPiece: (piece: ClaimPiece | EncodedPiece, claims: number) => void, backlog?: Backlog): Promise<SetNotes> {
  const claims = setClaims(input.placed).length;
  const workers = workerCount(claims, options.workers);
  if (workers === 0 || claims === 0) {
    const matcher = new SetMatcher(input);
    for (let k = 0; k < claims; k++) {
      onPiece(matcher.pieces(k, k + 1, options.format), claims);
      const taken = backlog?.();
      if (taken) await taken;
    }
    return matcher.setNotes();
  }
  if (workers === 2) {
    let scored: ScoredClaims | undefined;
    const { files } = articleNumbers(input.texts);
    const pieces = (reply: RunReply, from: number) => {
      if (reply.type !== 'scores') return unexpected(reply);
      scored ??= new ScoredClaims(input);
      return scored.pieces(from, decodeScores(reply.scores, files), options.format);
    };
    return inWorkers(input, claims, 1, 'scores', options, (reply, from) => pieces(reply, from).forEach((piece) => onPiece(piece, claims)), backlog);
  }
  return inWorkers(input, claims, workers, 'pieces', options, (reply) => onPiece(reply.type === 'piece' ? reply.piece : unexpected(reply), claims), backlog);
}

function unexpected(reply: RunReply): never {
  throw new Error(`a match worker answered a run with ${reply.type === 'piece' ? 'its piece' : 'its scorings'}, not what it was started for`);
}

function inWorkers(
  input: MatchInput,
  claims: number,
  count: number,
  stage: WorkerInput['stage'],
  options: MatchOptions,
  /** A run's answer, in claim order, with the first claim of its run. */
  onReply: (reply: RunReply, from: number) => void,
  backlog: Backlog | undefined,
): Promise<SetNotes> {
  // Runs enough to share the work evenly, each worth a message.
  const run = Math.max(1, Math.min(MAX_RUN, Math.ceil(claims / (count * 16))));
  const runs = Math.ceil(claims / run);
  const texts = input.texts;
  const placed = [...input.placed];
  const published = [...input.published];
  const script = options.workerScript ?? defaultWorkerScript();
  const workers = Array.from({ length: count }, (_, i) => new Worker(script, { workerData: { texts, placed, published, format: options.format, setNotes: i === 0, stage } satisfies WorkerInput }));
  return new Promise<SetNotes>((resolve, reject) => {
    let notes: SetNotes | undefined;
    let next = 0;
    let written = 0;
    const done = new Map<number, RunReply>();
    // Runs handed to each worker and not yet answered (from its `ready`): a second one waits in its queue, so that it
    // goes on while this thread writes (or, by stage, reads the details of) the run it answered.
    const queued = new Map<Worker, number>();
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error !== undefined) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(notes as SetNotes);
    };
    // Runs are handed out only while what was written has been taken: the workers wait, not the output's memory.
    let held = false;
    const handOut = () => {
      while (!held && next < runs && next - written < count * RUNS_AHEAD) {
        let free: Worker | undefined;
        for (const [worker, n] of queued) if (n < QUEUED_PER_WORKER && (!free || n < (queued.get(free) as number))) free = worker;
        if (!free) return;
        const from = next * run;
        free.postMessage({ seq: next, from, to: Math.min(claims, from + run) } satisfies WorkerTask);
        queued.set(free, (queued.get(free) as number) + 1);
        next++;
      }
    };
    for (const worker of workers) {
      worker.on('message', (reply: WorkerReply) => {
        try {
          if (reply.type === 'ready') {
            // Every worker read the same input: a different count would put claims out of place.
            if (reply.claims !== claims) throw new Error(`a match worker found ${reply.claims} claims, not ${claims}`);
            if (reply.setNotes) notes = reply.setNotes;
            if (written === runs && notes) return finish();
            queued.set(worker, 0);
          } else {
            queued.set(worker, (queued.get(worker) as number) - 1);
            handOut();
            done.set(reply.seq, reply);
            for (let ready = done.get(written); ready; ready = done.get(written)) {
              const seq = written++;
              done.delete(seq);
              onReply(ready, seq * run);
            }
            if (written === runs && notes) return finish();
            const taken = held ? undefined : backlog?.();
            if (taken) {
              held = true;
              void taken.then(() => {
                held = false;
                if (!settled) handOut();
              });
            }
          }
          handOut();
        } catch (error) {
          finish(error);
        }
      });
      worker.on('error', finish);
      worker.on('exit', (code) => finish(new Error(`a match worker stopped (exit code ${code}) before the report was complete`)));
    }
  });
}
