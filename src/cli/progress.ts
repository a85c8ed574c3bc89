// Progress of long CLI work (`kg build`) on stderr: on a terminal a bar redrawn in place
// (documents done/total, MB/s, ETA), elsewhere a plain line every few seconds. Pure formatting and
// throttling; it never touches stdout, so piped output stays clean.

/** Where progress goes: stderr, or a stand-in in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** Options of `createProgress`. */
export interface ProgressOptions {
  /** Prefix of every line, such as "kg build". */
  label: string;
  /** Default `process.stderr`. */
  stream?: ProgressStream;
  /**
   * Milliseconds between two lines when the stream is not a terminal. Default: KG_PROGRESS_INTERVAL
   * (a whole number of milliseconds) when set, else `DEFAULT_PROGRESS_INTERVAL_MS`.
   */
  intervalMs?: number;
  /** The clock, in milliseconds. Default `Date.now`. */
  now?: () => number;
}

/** Lines on a non-terminal come at most this often by default: 5 s. */
export const DEFAULT_PROGRESS_INTERVAL_MS = 5000;

/** Redraws of the terminal bar come at most this often: 100 ms. */
const TTY_INTERVAL_MS = 100;

const BAR_WIDTH = 24;

/** A progress display: `update` after each unit of work, `finish` once at the end. */
export interface Progress {
  update(done: number, total: number, chars: number): void;
  finish(): void;
}

/** The interval from KG_PROGRESS_INTERVAL, or the default when it is unset or not a whole number. */
export function progressInterval(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.KG_PROGRESS_INTERVAL?.trim();
  if (!text || !/^\d+$/.test(text)) return DEFAULT_PROGRESS_INTERVAL_MS;
  return Number(text);
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}

/**
 * The words of one progress report: "12/345 documents (3%), 1.4 MB/s, ETA 2:05" (kB/s below
 * 0.1 MB/s). `chars` is the
 * text analysed so far (about one byte each), `elapsedMs` the time since the start.
 */
export function describeProgress(done: number, total: number, chars: number, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? chars / 1e6 / seconds : 0;
  const eta = done > 0 && done < total ? (seconds / done) * (total - done) : done >= total ? 0 : Number.NaN;
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
  const unit = total === 1 ? "document" : "documents";
  // Below 0.1 MB/s (a loaded machine) the rate is given in kB/s, so that it never reads 0.0.
  const speed = rate > 0 && rate < 0.1 ? `${(rate * 1000).toFixed(1)} kB/s` : `${rate.toFixed(1)} MB/s`;
  return `${done}/${total} ${unit} (${percent}%), ${speed}, ETA ${formatDuration(eta)}`;
}

/**
 * A progress display on `stream`: on a terminal, a bar redrawn in place at most every 100 ms and
 * ended with a line break by `finish`; elsewhere, one line every `intervalMs` and the final count
 * at `finish` (nothing at all for work that ends sooner).
 */
export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const tty = stream.isTTY === true;
  const interval = tty ? TTY_INTERVAL_MS : (options.intervalMs ?? progressInterval());
  const start = now();
  let last = start;
  let drawn = false;
  let latest: [number, number, number] | null = null;
  let latestDrawn = false;

  const draw = (done: number, total: number, chars: number) => {
    const text = describeProgress(done, total, chars, now() - start);
    drawn = true;
    latestDrawn = true;
    if (!tty) {
      stream.write(`${options.label}: ${text}\n`);
      return;
    }
    const filled = total > 0 ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH;
    const bar = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}]`;
    const line = `${options.label} ${bar} ${text}`;
    const width = stream.columns && stream.columns > 1 ? stream.columns - 1 : line.length;
    stream.write(`\r${line.slice(0, width)}\x1b[K`);
  };

  return {
    update(done, total, chars) {
      latest = [done, total, chars];
      latestDrawn = false;
      const time = now();
      if (time - last < interval) return;
      last = time;
      draw(done, total, chars);
    },
    finish() {
      // The final count, once something was shown: elsewhere as a last line, on a terminal in the bar.
      if (latest && !latestDrawn && (drawn || tty)) draw(...latest);
      if (tty && drawn) stream.write("\n");
    },
  };
}
