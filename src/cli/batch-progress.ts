// What a batch says while it runs: a progress bar on stderr when stderr is a terminal, and error
// lines that print above the bar (or straight to stderr when there is none).
import cliProgress from 'cli-progress';

export interface Progress {
  /** Bytes of input settled so far; the bar measures input consumed, since lines vary in size. */
  advance(bytes: number, counts: { readonly written: number; readonly failed: number }): void;
  error(message: string): void;
  stop(): void;
}

/** `totalBytes` null: size unknown (stdin), so no bar. */
export function createProgress(totalBytes: number | null): Progress {
  const stderr = process.stderr;
  if (!stderr.isTTY || totalBytes === null || totalBytes === 0) {
    return {
      advance() {},
      error(message) { stderr.write(`crosscheck: ${message}\n`); },
      stop() {},
    };
  }
  const bars = new cliProgress.MultiBar({
    stream: stderr,
    format: 'extract {bar} {percentage}% | {written} written, {failed} failed | {duration_formatted}',
    hideCursor: true,
    clearOnComplete: true,
    fps: 10,
  }, cliProgress.Presets.shades_classic);
  const bar = bars.create(totalBytes, 0, { written: 0, failed: 0 });
  let done = 0;
  return {
    advance(bytes, counts) {
      done += bytes;
      bar.update(Math.min(done, totalBytes), counts);
    },
    error(message) { bars.log(`crosscheck: ${message}\n`); },
    stop() { bars.stop(); },
  };
}
