/**
 * Entry point of `resilab` (run from the repository root as `pnpm resilab <command> …`).
 * The first Ctrl-C (or SIGTERM, e.g. from a CI job's timeout or `kill`) stops the run cleanly
 * (workers terminated, temporary files and the run spool removed, nothing written); a second
 * one exits at once.
 */
import { runCli } from "./cli";
import { EXIT } from "./errors";
import { removePendingFiles } from "./io/atomic-write";
import { processIo } from "./io/cli-io";

const interrupt = new AbortController();
const stop = () => {
  if (interrupt.signal.aborted) {
    removePendingFiles();
    process.exit(EXIT.interrupted);
  }
  interrupt.abort();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

const code = await runCli(process.argv.slice(2), processIo(interrupt.signal));
// Interrupted: exit now. Worker threads stopped in the middle of a task can take seconds to wind
// down and would keep the process (and the user's terminal) waiting; nothing is left to write.
if (code === EXIT.interrupted) process.exit(code);
process.exitCode = code;
