/**
 * Progress on stderr: a bar when stderr is a terminal, otherwise one line at every tenth of the
 * work or every PROGRESS_LINE_INTERVAL_MS, whichever comes first, with the estimated time left
 * (CI logs stay short, a long run still shows it is alive, and stdout stays clean for JSON).
 */
import { SingleBar } from "cli-progress";
import type { CliIo } from "./io/cli-io";

/** Receives task completions; `stop` ends the display. */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A progress display for `label` (e.g. "runs"), or a silent one when `quiet`. */
export function createProgress(
  io: CliIo,
  label: string,
  quiet: boolean,
  clock: () => number = now,
): Progress {
  if (quiet) return { update: () => {}, stop: () => {} };
  if (io.stderrIsTTY) {
    const bar = new SingleBar({
      format: `  {bar} {value}/{total} ${label} · {percentage}% · eta {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
    });
    let started = false;
    return {
      update(done, total) {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastTenth = 0;
  const started = clock();
  let lastLine = started;
  return {
    update(done, total) {
      const tenth = Math.floor((done * 10) / total);
      const time = clock();
      if (tenth > lastTenth || time - lastLine >= PROGRESS_LINE_INTERVAL_MS) {
        lastTenth = tenth;
        lastLine = time;
        const percent = Math.floor((done * 100) / total);
        const eta = done < total ? `, eta ${formatEta(((time - started) / done) * (total - done))}` : "";
        io.stderr(`resilab: ${done}/${total} ${label} (${percent}%${eta})\n`);
      }
    },
    stop: () => {},
  };
}

/** Longest silence between two progress lines when stderr is not a terminal (ms). */
export const PROGRESS_LINE_INTERVAL_MS = 10_000;

/** Wall-clock milliseconds (progress display only: never reaches a result). */
const now = (): number => performance.now();

/** `42s`, `3m 20s`, `1h 05m`: the time left, rounded to what a person reads. */
export function formatEta(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}
