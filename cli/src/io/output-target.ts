/**
 * Checks, before anything runs, that the output directory can be written: the path is a
 * directory (or can become one), it does not lie below a file, its nearest existing ancestor
 * accepts a new entry (a probe is created and removed there), and none of the files a run
 * replaces is a directory. A run of minutes must not end in a stack trace because `--out` was a
 * file, below a file, or under /proc. Missing parents are never created with a recursive mkdir:
 * Node's recursive mkdir can spin for minutes on some pseudo file systems (/proc).
 */
import { lstatSync, mkdirSync, mkdtempSync, rmdirSync, type Stats, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputError } from "../errors";

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a parent is a file; walking up finds it and names it.
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw new InputError(`${path}: cannot be examined (${code ?? "error"}); allowed: a writable directory`);
  }
}

/** The missing directories of `dir`, outermost first, and its nearest existing ancestor. */
function missingChain(dir: string): { existing: string; missing: string[] } {
  const missing: string[] = [];
  let path = dir;
  for (;;) {
    const stats = statOrNull(path);
    if (stats !== null) {
      if (!stats.isDirectory()) {
        const what = missing.length === 0 ? "is a file" : `lies below the file ${path}`;
        throw new InputError(`${dir}: ${what}; allowed: a directory (existing or new) for the outputs`);
      }
      return { existing: path, missing: missing.reverse() };
    }
    missing.push(path);
    const parent = dirname(path);
    if (parent === path) return { existing: path, missing: missing.reverse() };
    path = parent;
  }
}

/** Creates and removes a probe directory in `dir`; throws an InputError when that is refused. */
function probe(dir: string, target: string): void {
  let made: string;
  try {
    made = mkdtempSync(join(dir, ".resilab-probe-"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new InputError(
      `${target}: cannot write in ${dir} (${code}); allowed: a directory where resilab may create files`,
    );
  }
  rmdirSync(made);
}

/**
 * Throws an InputError naming the problem unless the outputs `names` can be written into `dir`.
 * Creates nothing that outlives the call.
 */
export function checkOutputTarget(dir: string, names: readonly string[]): void {
  const { existing, missing } = missingChain(dir);
  // The outputs are written in a temporary directory (inside `dir` if it exists, else beside it
  // in the nearest existing ancestor), then renamed into place.
  probe(existing, dir);
  if (missing.length > 0) return;
  for (const name of names) {
    let stats: Stats;
    try {
      stats = lstatSync(join(dir, name));
    } catch {
      continue;
    }
    if (!stats.isFile() && !stats.isSymbolicLink()) {
      const kind = stats.isDirectory() ? "a directory" : "not a regular file";
      throw new InputError(
        `${join(dir, name)}: is ${kind}; allowed: a file or nothing (resilab replaces ${name} in ${basename(dir)}/)`,
      );
    }
  }
}

/** Creates the missing directories of `dir` one level at a time (see the module comment). */
export function makeDirectories(dir: string): void {
  const { missing } = missingChain(dir);
  for (const path of missing) {
    try {
      mkdirSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}
