/**
 * Atomic output: every file is first written to a temporary name in the target directory, and
 * only when all are complete are they renamed into place, in one synchronous loop (a Ctrl-C
 * cannot land between two renames). An interrupted or failed write leaves no partial files.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { InterruptedError } from "../errors";

/** One output file: its name inside the directory and its content. */
export interface OutputFile {
  name: string;
  content: string;
}

/** Temporary files not yet renamed; removed by `removePendingFiles` on an abnormal exit. */
const pending = new Set<string>();

/** Removes every temporary file still pending (for a signal handler). */
export function removePendingFiles(): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
}

/** Writes `files` into `dir` atomically; returns the final paths. Throws InterruptedError if aborted first. */
export function writeFilesAtomically(
  dir: string,
  files: readonly OutputFile[],
  signal?: AbortSignal,
): string[] {
  if (signal?.aborted) throw new InterruptedError();
  mkdirSync(dir, { recursive: true });
  const temps: [string, string][] = [];
  try {
    for (const file of files) {
      const final = join(dir, file.name);
      const temp = join(dir, `.${file.name}.${process.pid}.tmp`);
      pending.add(temp);
      writeFileSync(temp, file.content);
      temps.push([temp, final]);
    }
    if (signal?.aborted) throw new InterruptedError();
    for (const [temp, final] of temps) {
      renameSync(temp, final);
      pending.delete(temp);
    }
  } finally {
    for (const [temp] of temps) {
      if (pending.has(temp)) {
        rmSync(temp, { force: true });
        pending.delete(temp);
      }
    }
  }
  return temps.map(([, final]) => final);
}
