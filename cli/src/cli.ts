/**
 * The `resilab` command: dispatches the verb and turns every outcome into an exit code.
 * Bad input and usage print one clear message (exit 2); only a defect prints a stack (exit 3).
 */
import { SimulationError, ValidationError } from "@resilab/sim-core";
import { MAIN_USAGE } from "./args/usage";
import { experimentCommand } from "./commands/experiment-command";
import { fitCommand } from "./commands/fit-command";
import { mergeCommand } from "./commands/merge-command";
import { reportCommand } from "./commands/report-command";
import { schemaCommand } from "./commands/schema-command";
import { sensitivityCommand } from "./commands/sensitivity-command";
import { validateCommand } from "./commands/validate-command";
import { EXIT, InputError, InterruptedError, UsageError } from "./errors";
import { removePendingFiles } from "./io/atomic-write";
import type { CliIo } from "./io/cli-io";
import { TOOL_VERSION } from "./tool-version";

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  run: (args, io) => experimentCommand("run", args, io),
  compare: (args, io) => experimentCommand("compare", args, io),
  check: (args, io) => experimentCommand("check", args, io),
  sweep: (args, io) => experimentCommand("sweep", args, io),
  validate: validateCommand,
  merge: mergeCommand,
  report: reportCommand,
  schema: schemaCommand,
  sensitivity: sensitivityCommand,
  fit: fitCommand,
};

/** Prints `error` as the user should see it and returns the exit code. */
export function reportError(error: unknown, io: CliIo): number {
  if (error instanceof InterruptedError || io.signal.aborted) {
    removePendingFiles();
    io.stderr("resilab: interrupted; no files were written\n");
    return EXIT.interrupted;
  }
  if (error instanceof UsageError) {
    const help = error.verb === undefined ? "resilab --help" : `resilab ${error.verb} --help`;
    io.stderr(`resilab: ${error.message}\nRun "${help}" for usage.\n`);
    return EXIT.badInput;
  }
  if (error instanceof ValidationError) {
    // A LoadError's message already lists file:line:column per problem; sim-core's lists paths.
    const header = error.name === "LoadError" ? "" : "invalid scenario:\n";
    io.stderr(`resilab: ${header}${error.message}\n`);
    return EXIT.badInput;
  }
  if (error instanceof InputError) {
    io.stderr(`resilab: ${error.message}\n`);
    return EXIT.badInput;
  }
  if (error instanceof SimulationError) {
    io.stderr(`resilab: the simulation had to stop (${error.kind}): ${error.message}\n`);
    return EXIT.badInput;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`resilab: internal error (please report it with the scenario):\n${detail}\n`);
  return EXIT.internal;
}

/** Runs the command line `argv` (without node and script); resolves with the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [verb, ...rest] = argv;
  try {
    if (verb === undefined) {
      io.stderr(`${MAIN_USAGE}\n`);
      return EXIT.badInput;
    }
    if (verb === "--help" || verb === "-h" || verb === "help") {
      io.stdout(`${MAIN_USAGE}\n`);
      return EXIT.ok;
    }
    if (verb === "--version" || verb === "-V") {
      io.stdout(`resilab ${TOOL_VERSION}\n`);
      return EXIT.ok;
    }
    const command = Object.hasOwn(COMMANDS, verb) ? COMMANDS[verb] : undefined;
    if (command === undefined) {
      const known = Object.keys(COMMANDS).join(", ");
      throw new UsageError(`unknown command ${JSON.stringify(verb)}; allowed: ${known}`);
    }
    return await command(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}
