// What a batch says while it runs: a progress bar on stderr when stderr is a terminal, and error
// lines that print above the bar (or straight to stderr when there is none).
import cliProgress from 'cli-progress';

type Counts = Readonly<Record<string, number>>;

export interface Progress<C extends Counts = { readonly written: number; readonly failed: number }> {
  /** Bytes of input settled so far; the bar measures input consumed, since articles vary in size. */
  advance(bytes: number, counts: C): void;
  error(message: string): void;
  stop(): void;
}

/** The bar's text after the bar itself: `{name}` stands for a count, as cli-progress formats it. */
const EXTRACT_FORMAT = { label: 'extract', counts: '{written} written, {failed} failed', initial: { written: 0, failed: 0 } };

/** `totalBytes` null: size unknown (stdin), so no bar. `layout` names the command and its counts. */
export function createProgress<C extends Counts = { readonly written: number; readonly failed: number }>(
  totalBytes: number | null,
  layout: { readonly label: string; readonly counts: string; readonly initial: C } = EXTRACT_FORMAT as unknown as { label: string; counts: string; initial: C },
): Progress<C> {
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
    format: `${layout.label} {bar} {percentage}% | ${layout.counts} | {duration_formatted}`,
    hideCursor: true,
    clearOnComplete: true,
    fps: 10,
  }, cliProgress.Presets.shades_classic);
  const bar = bars.create(totalBytes, 0, layout.initial);
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
