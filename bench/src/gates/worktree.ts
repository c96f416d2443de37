/**
 * A base revision to measure against: a temporary `git worktree` (detached, outside the
 * repository) with its dependencies installed from the local pnpm store, so building it needs
 * no network (`pnpm install --offline --frozen-lockfile`; `online` drops `--offline`).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A checked-out base revision. */
export interface Worktree {
  /** Directory of the checkout. */
  dir: string;
  /** Full commit id. */
  sha: string;
  /** The revision as the user wrote it. */
  rev: string;
}

function run(command: string, args: string[], cwd: string): string {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.error) throw new Error(`${command} ${args.join(" ")}: ${r.error.message}`);
  if (r.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} (in ${cwd}) failed with exit ${r.status}:\n${r.stderr}${r.stdout}`,
    );
  }
  return r.stdout.trim();
}

/** The commit `rev` names in `repo`; a clear error for an unknown revision. */
export function resolveRevision(repo: string, rev: string): string {
  const r = spawnSync("git", ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], {
    cwd: repo,
    encoding: "utf8",
  });
  if (r.status !== 0) {
    throw new Error(
      `--base: got ${JSON.stringify(rev)}; allowed: a commit, branch or tag of ${repo} (git rev-parse found none)`,
    );
  }
  return r.stdout.trim();
}

/** Checks out `rev` into a new temporary worktree and installs its dependencies. */
export function createWorktree(repo: string, rev: string, options: { online?: boolean } = {}): Worktree {
  const sha = resolveRevision(repo, rev);
  const parent = mkdtempSync(join(tmpdir(), "resilab-base-"));
  const dir = join(parent, "tree");
  run("git", ["worktree", "add", "--detach", dir, sha], repo);
  try {
    const install = ["install", "--frozen-lockfile", ...(options.online ? [] : ["--offline"])];
    run("pnpm", install, dir);
  } catch (error) {
    removeWorktree(repo, dir);
    const hint = options.online
      ? ""
      : "\nThe local pnpm store lacks a package the base revision needs; rerun with --online to fetch it.";
    throw new Error(`${(error as Error).message}${hint}`);
  }
  return { dir, sha, rev };
}

/** Removes a worktree made by createWorktree (and its temporary parent directory). */
export function removeWorktree(repo: string, dir: string): void {
  spawnSync("git", ["worktree", "remove", "--force", dir], { cwd: repo, encoding: "utf8" });
  rmSync(join(dir, ".."), { recursive: true, force: true });
}

/** The top directory of the git repository containing `dir`. */
export function repositoryRoot(dir: string): string {
  return run("git", ["rev-parse", "--show-toplevel"], dir);
}
