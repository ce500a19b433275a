/** Where a run is, for the progress line. */
export interface ProgressState {
  lines: number;
  bytes: number;
  /** The input's size when it is a file; unknown for stdin. */
  totalBytes: number | undefined;
  errors: number;
}

/** A progress line on stderr, redrawn at most every 200 ms. */
export interface Progress {
  update(state: ProgressState): void;
  done(state: ProgressState): void;
}

const BAR = 24;

/**
 * A progress bar for long corpus runs: on a terminal a line redrawn in place
 * ('[########----------------]  36%  12 000 lines  1 850 lines/s  ETA 0:12'), elsewhere
 * (`--progress` into a log) one line every 5 s. Nothing at all when `enabled` is false.
 */
export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled) return { update: () => {}, done: () => {} };
  const tty = stream.isTTY === true;
  const started = Date.now();
  let last = 0;
  const render = (s: ProgressState, final: boolean) => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = s.lines / seconds;
    let line = '';
    if (s.totalBytes) {
      const f = Math.min(s.bytes / s.totalBytes, 1);
      const filled = Math.round(f * BAR);
      const eta = f > 0 && !final ? `  ETA ${clock(seconds * (1 - f) / f)}` : '';
      line = `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${String(Math.floor(f * 100)).padStart(3)}%  `;
      line += `${count(s.lines)} lines  ${count(Math.round(rate))} lines/s${eta}`;
    } else {
      line = `${count(s.lines)} lines  ${count(Math.round(rate))} lines/s`;
    }
    if (s.errors > 0) line += `  ${count(s.errors)} bad`;
    if (final) line += `  done in ${clock(seconds)}`;
    stream.write(tty ? `\r${line}\x1b[K${final ? '\n' : ''}` : `${line}\n`);
  };
  return {
    update(s) {
      const now = Date.now();
      if (now - last < (tty ? 200 : 5000)) return;
      last = now;
      render(s, false);
    },
    done: (s) => render(s, true),
  };
}

/** 12000 → '12 000', the French way. */
function count(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ' ';
    out += digits[i];
  }
  return out;
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
