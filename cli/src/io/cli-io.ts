/**
 * The CLI's connection to the outside world, injectable so commands run in tests without a
 * terminal: standard streams, the working directory and the Ctrl-C signal.
 */
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { isAbsolute } from "node:path";
import { inertTerminalText } from "./terminal-text";

/** Standard streams, working directory and cancellation for one CLI invocation. */
export interface CliIo {
  /** Writes to standard output (results, tables, JSON). */
  stdout(text: string): void;
  /** Writes to standard error (progress, messages, errors). */
  stderr(text: string): void;
  /** Is standard error a terminal? Decides between a progress bar and occasional lines. */
  stderrIsTTY: boolean;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
  /** Worker threads to use when --workers is absent; default the machine's available parallelism. */
  defaultWorkers: number;
}

/**
 * The directory the user typed the command in. pnpm runs scripts from the package's directory
 * but records the caller's directory in INIT_CWD, so `pnpm resilab run ./x.yaml` and
 * `pnpm --filter @resilab/cli run resilab …` resolve paths the way the user wrote them.
 */
export function userCwd(env: NodeJS.ProcessEnv = process.env): string {
  const init = env.INIT_CWD;
  if (init !== undefined && isAbsolute(init)) {
    try {
      if (statSync(init).isDirectory()) return init;
    } catch {
      // A stale INIT_CWD: fall back to the process's own directory.
    }
  }
  return process.cwd();
}

/**
 * The real process's streams; `signal` aborts on the first SIGINT. Everything written is made
 * inert first (control characters escaped): this is the one output boundary of the CLI.
 */
export function processIo(signal: AbortSignal): CliIo {
  // A reader that goes away (`resilab … | head`) closes the pipe: the rest of the text has nobody
  // to read it, but the run and its files still complete (no unhandled EPIPE, no half-written
  // output directory).
  const closed = { stdout: false, stderr: false };
  for (const name of ["stdout", "stderr"] as const)
    process[name].on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      closed[name] = true;
    });
  return {
    stdout: (text) => closed.stdout || process.stdout.write(inertTerminalText(text)),
    stderr: (text) => closed.stderr || process.stderr.write(inertTerminalText(text)),
    stderrIsTTY: process.stderr.isTTY === true,
    cwd: userCwd(),
    signal,
    defaultWorkers: availableParallelism(),
  };
}

/** An in-memory CliIo for tests: collects what is written, made inert as the real streams do. */
export function memoryIo(options: { signal?: AbortSignal; cwd?: string; workers?: number } = {}): CliIo & {
  out: string[];
  err: string[];
} {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => void out.push(inertTerminalText(text)),
    stderr: (text) => void err.push(inertTerminalText(text)),
    stderrIsTTY: false,
    cwd: options.cwd ?? process.cwd(),
    signal: options.signal ?? new AbortController().signal,
    defaultWorkers: options.workers ?? 2,
  };
}
