/**
 * How the CLI ends: exit codes and the errors that map to them. Bad input and bad usage print a
 * clear message and exit 2, never a stack trace; only a defect in Resilab itself shows one.
 */

/** Exit codes of the `resilab` command. */
export const EXIT = {
  /** Everything ran; for `check`, every objective was met. */
  ok: 0,
  /** `check`: a service-level objective was missed (or inconclusive under `--inconclusive fail`). */
  sloMissed: 1,
  /** Bad input or usage: unreadable or invalid scenario, unknown flag, bad value. */
  badInput: 2,
  /** A defect in Resilab (an unexpected exception). */
  internal: 3,
  /** Stopped by Ctrl-C (128 + SIGINT); nothing was written. */
  interrupted: 130,
} as const;

/** Wrong command-line usage: unknown verb or flag, bad flag value. Exit 2 with a pointer to --help. */
export class UsageError extends Error {
  /** The verb whose help to point at, if known. */
  readonly verb: string | undefined;
  constructor(message: string, verb?: string) {
    super(message);
    this.name = "UsageError";
    this.verb = verb;
  }
}

/** Input that cannot be used (missing file, a directory, too large, wrong document). Exit 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** The run was interrupted (Ctrl-C). Exit 130. */
export class InterruptedError extends Error {
  constructor() {
    super("interrupted");
    this.name = "InterruptedError";
  }
}
