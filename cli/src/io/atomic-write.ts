/**
 * All-or-nothing output. Every file is first written into a temporary directory: beside the
 * target when the target does not exist yet (it is then renamed into place in one step), or
 * hidden inside it when it does. Only when every file is complete are they swapped in, in one
 * synchronous loop (a Ctrl-C cannot land between two renames); the previous versions are kept
 * aside until the loop ends, so a failing rename puts every earlier one back. A failed or
 * interrupted write leaves the old outputs as they were and no temporary files behind.
 */
import { randomUUID } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputError, InterruptedError } from "../errors";
import { checkpoint } from "../run/checkpoint";
import { checkOutputTarget, makeDirectories } from "./output-target";

/** One output file: its name inside the directory and its content. */
export interface OutputFile {
  name: string;
  content: string;
}

/**
 * An output file rendered piece by piece (a result.json of 10,000 replications is 100 MB as one
 * string): only one piece is held at a time.
 */
export interface StreamedFile {
  name: string;
  chunks: () => Iterable<string>;
}

/** Temporary directories not yet removed; removed by `removePendingFiles` on an abnormal exit. */
const pending = new Set<string>();

/** Registers a temporary directory made elsewhere (a run spool) for removal on an abnormal exit. */
export function trackTemporary(path: string): void {
  pending.add(path);
}

/** Forgets a temporary directory its owner removed. */
export function untrackTemporary(path: string): void {
  pending.delete(path);
}

/** Removes every temporary directory still pending (for a signal handler). */
export function removePendingFiles(): void {
  for (const path of pending) rmSync(path, { recursive: true, force: true });
  pending.clear();
}

/** A file-system error as an InputError naming the directory; any other error (a defect) as it is. */
function failure(dir: string, error: unknown): unknown {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== "string") return error;
  return new InputError(`${dir}: the outputs could not be written (${code}); nothing was replaced`);
}

/** Renames the finished files from `temp` into the existing `dir`, undoing every rename on failure. */
function swapInto(dir: string, temp: string, names: readonly string[]): void {
  const previous = join(temp, ".previous");
  makeDirectories(previous);
  const done: { name: string; hadOld: boolean }[] = [];
  try {
    for (const name of names) {
      const final = join(dir, name);
      const hadOld = existsSync(final);
      if (hadOld) renameSync(final, join(previous, name));
      done.push({ name, hadOld });
      renameSync(join(temp, name), final);
    }
  } catch (error) {
    for (const { name, hadOld } of done.reverse()) {
      const final = join(dir, name);
      if (!existsSync(join(temp, name)) && existsSync(final)) rmSync(final, { force: true });
      if (hadOld) renameSync(join(previous, name), final);
    }
    throw error;
  }
}

/** A temporary directory for the outputs of `dir` (checked first), registered as pending. */
function startTemp(dir: string, names: readonly string[]): { temp: string; exists: boolean } {
  checkOutputTarget(dir, names);
  const exists = existsSync(dir);
  try {
    let temp: string;
    if (exists) {
      temp = mkdtempSync(join(dir, ".resilab-tmp-"));
    } else {
      makeDirectories(dirname(dir));
      // Not mkdtemp: its mode 0700 would become the output directory's. mkdir honours the umask.
      temp = join(dirname(dir), `.${basename(dir)}.resilab-tmp-${randomUUID().slice(0, 8)}`);
      mkdirSync(temp);
    }
    pending.add(temp);
    return { temp, exists };
  } catch (error) {
    throw failure(dir, error);
  }
}

/** Swaps the complete temporary directory in (see the module comment). */
function finishTemp(dir: string, temp: string, exists: boolean, names: readonly string[]): void {
  if (exists) swapInto(dir, temp, names);
  else renameSync(temp, dir);
}

function cleanUp(temp: string): void {
  if (existsSync(temp)) rmSync(temp, { recursive: true, force: true });
  pending.delete(temp);
}

/**
 * Writes `files` into `dir` all or nothing; returns the final paths. Throws InterruptedError if
 * aborted before the swap, and an InputError naming the directory when it cannot be written.
 */
export function writeFilesAtomically(
  dir: string,
  files: readonly OutputFile[],
  signal?: AbortSignal,
): string[] {
  if (signal?.aborted) throw new InterruptedError();
  const names = files.map((file) => file.name);
  const { temp, exists } = startTemp(dir, names);
  try {
    for (const file of files) writeFileSync(join(temp, file.name), file.content);
    if (signal?.aborted) throw new InterruptedError();
    finishTemp(dir, temp, exists, names);
  } catch (error) {
    if (error instanceof InterruptedError) throw error;
    throw failure(dir, error);
  } finally {
    cleanUp(temp);
  }
  return names.map((name) => join(dir, name));
}

/** Pieces gathered before a write: fewer system calls, still bounded memory (bytes ≈ UTF-16 units). */
const WRITE_BATCH = 1 << 20;

/**
 * Like `writeFilesAtomically`, but each file is rendered piece by piece straight to disk, and
 * Ctrl-C is answered between files (and between pieces every few megabytes).
 */
export async function writeStreamedAtomically(
  dir: string,
  files: readonly StreamedFile[],
  signal: AbortSignal,
): Promise<string[]> {
  await checkpoint(signal);
  const names = files.map((file) => file.name);
  const { temp, exists } = startTemp(dir, names);
  try {
    for (const file of files) {
      await checkpoint(signal);
      const fd = openSync(join(temp, file.name), "w");
      try {
        let batch: string[] = [];
        let size = 0;
        let sinceCheck = 0;
        for (const chunk of file.chunks()) {
          batch.push(chunk);
          size += chunk.length;
          if (size >= WRITE_BATCH) {
            writeSync(fd, batch.join(""));
            sinceCheck += size;
            batch = [];
            size = 0;
            if (sinceCheck >= 16 * WRITE_BATCH) {
              sinceCheck = 0;
              await checkpoint(signal);
            }
          }
        }
        if (size > 0) writeSync(fd, batch.join(""));
      } finally {
        closeSync(fd);
      }
    }
    await checkpoint(signal);
    finishTemp(dir, temp, exists, names);
  } catch (error) {
    if (error instanceof InterruptedError) throw error;
    throw failure(dir, error);
  } finally {
    cleanUp(temp);
  }
  return names.map((name) => join(dir, name));
}
