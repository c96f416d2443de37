/**
 * Progress on stderr: a bar when stderr is a terminal, otherwise one line at every tenth of the
 * work (CI logs stay short and stdout stays clean for JSON).
 */
import { SingleBar } from "cli-progress";
import type { CliIo } from "./io/cli-io";

/** Receives task completions; `stop` ends the display. */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A progress display for `label` (e.g. "runs"), or a silent one when `quiet`. */
export function createProgress(io: CliIo, label: string, quiet: boolean): Progress {
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
  return {
    update(done, total) {
      const tenth = Math.floor((done * 10) / total);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        io.stderr(`resilab: ${done}/${total} ${label} (${Math.round((done * 100) / total)}%)\n`);
      }
    },
    stop: () => {},
  };
}
