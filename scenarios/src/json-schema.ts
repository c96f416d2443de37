/**
 * The JSON Schema of the scenario format, generated from the zod schema (the single source of
 * truth) and committed as `scenarios/schema.json` so editors can validate and autocomplete YAML
 * with `# yaml-language-server: $schema=<path>/schema.json`.
 */
import { z } from "zod";
import { SCENARIO_FORMAT_VERSION, scenarioFile } from "./schema/scenario-schema";

/** The JSON Schema (draft 2020-12) of the scenario file, describing what may be written (the input side). */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(scenarioFile, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  const { $schema, ...rest } = generated as Record<string, unknown>;
  return {
    $schema,
    title: `Resilab scenario (format version ${SCENARIO_FORMAT_VERSION})`,
    ...rest,
  };
}

/** The schema as the committed file's text: 2-space JSON with a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
