/**
 * Files on disk that hold the runs of a long experiment as they finish — the `runs` of
 * result.json, already rendered and separated, and the lines of runs.jsonl — so that neither the
 * runs nor their text stay in memory. The spool lives in a temporary directory until the outputs
 * are written (it is read back piece by piece into result.json and runs.jsonl), then removed.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { trackTemporary, untrackTemporary } from "../io/atomic-write";

/** Where a spool's files are (plain strings: it crosses from the summary worker to the main thread). */
export interface SpoolFiles {
  dir: string;
  /** The body of result.json's `runs` array (runs rendered, with their separators). */
  resultRuns: string;
  /** runs.jsonl, whole. */
  runsJsonl: string;
  /** Runs written. */
  count: number;
}

/** Characters gathered before a write (≈ 1 MB: few system calls, bounded memory). */
const FLUSH_AT = 1 << 20;

/** Appends text to a file through a small buffer. */
export class SpoolWriter {
  private readonly fd: number;
  private buffered: string[] = [];
  private size = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, "w");
  }

  write(text: string): void {
    this.buffered.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_AT) this.flush();
  }

  /** Writes what is buffered and closes the file. */
  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.buffered.length === 0) return;
    writeSync(this.fd, this.buffered.join(""));
    this.buffered = [];
    this.size = 0;
  }
}

/** A new, empty spool directory in the system's temporary directory (removed on an abnormal exit too). */
export function createSpoolDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "resilab-runs-"));
  trackTemporary(dir);
  return dir;
}

/** Removes a spool directory and everything in it (no error if it is gone). */
export function removeSpool(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  untrackTemporary(dir);
}

/** A file's text piece by piece (UTF-8 decoded across piece boundaries). */
export function* fileChunks(path: string, size = FLUSH_AT): Generator<string> {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(size);
    const decoder = new StringDecoder("utf8");
    for (;;) {
      const n = readSync(fd, buffer, 0, size, null);
      if (n === 0) break;
      const text = decoder.write(buffer.subarray(0, n));
      if (text !== "") yield text;
    }
    const rest = decoder.end();
    if (rest !== "") yield rest;
  } finally {
    closeSync(fd);
  }
}
