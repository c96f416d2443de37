/**
 * Strict command-line parsing with node:util parseArgs: an unknown flag, a missing value or a
 * stray argument is a UsageError (exit 2) that points at the verb's --help.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "../errors";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parsed flags (strings and booleans) and positionals of one verb. */
export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Parses `args` for `verb`; `positionals` is [min, max] of the arguments allowed. */
export function parseVerbArgs(
  verb: string,
  args: readonly string[],
  options: Options,
  positionals: [number, number],
): Parsed {
  let parsed: Parsed;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true }) as Parsed;
  } catch (error) {
    // parseArgs messages are clear ("Unknown option '--sead'"); drop Node's hint about "--".
    const message =
      error instanceof Error ? error.message.split(". To specify a positional")[0]! : String(error);
    throw new UsageError(message, verb);
  }
  if (parsed.values.help === true) return parsed;
  const [min, max] = positionals;
  if (parsed.positionals.length < min) {
    throw new UsageError(
      `missing argument: ${verb} needs ${min === 1 ? "a file" : `${min} arguments`}`,
      verb,
    );
  }
  if (parsed.positionals.length > max) {
    const extra = parsed.positionals
      .slice(max)
      .map((p) => JSON.stringify(p))
      .join(", ");
    throw new UsageError(
      `unexpected argument${parsed.positionals.length - max > 1 ? "s" : ""}: ${extra}`,
      verb,
    );
  }
  return parsed;
}

/** The flags shared by run, compare, sweep and check. */
export const RUN_FLAGS = {
  seed: { type: "string" },
  replications: { type: "string" },
  horizon: { type: "string" },
  workers: { type: "string" },
  shard: { type: "string" },
  out: { type: "string", short: "o" },
  json: { type: "boolean" },
  "dry-run": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
} as const satisfies Options;

/** A string flag's value, or undefined. */
export function stringFlag(parsed: Parsed, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === "string" ? value : undefined;
}
