/**
 * Entry point of `resilab` (run from the repository root as `pnpm resilab <command> …`).
 * The first Ctrl-C stops the run cleanly (workers terminated, temporary files removed, nothing
 * written); a second one exits at once.
 */
import { runCli } from "./cli";
import { EXIT } from "./errors";
import { removePendingFiles } from "./io/atomic-write";
import { processIo } from "./io/cli-io";

const interrupt = new AbortController();
process.on("SIGINT", () => {
  if (interrupt.signal.aborted) {
    removePendingFiles();
    process.exit(EXIT.interrupted);
  }
  interrupt.abort();
});

process.exitCode = await runCli(process.argv.slice(2), processIo(interrupt.signal));
