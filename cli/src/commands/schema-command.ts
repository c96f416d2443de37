/** `schema`: prints the JSON Schema of the scenario format. */
import { scenarioJsonSchemaText } from "@resilab/scenarios";
import { parseVerbArgs } from "../args/parse";
import { VERB_USAGE } from "../args/usage";
import { EXIT } from "../errors";
import type { CliIo } from "../io/cli-io";

/** Runs `schema`; resolves with the exit code. */
export async function schemaCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseVerbArgs("schema", args, { help: { type: "boolean", short: "h" } }, [0, 0]);
  io.stdout(parsed.values.help === true ? `${VERB_USAGE.schema}\n` : scenarioJsonSchemaText());
  return EXIT.ok;
}
