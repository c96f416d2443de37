import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE } from "./generate";
import { scenarioJsonSchema, scenarioJsonSchemaText } from "./json-schema";

describe("scenario JSON Schema", () => {
  it("matches the committed scenarios/schema.json (regenerate: pnpm --filter @resilab/scenarios run generate)", () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(scenarioJsonSchemaText());
  });

  it("is a strict draft 2020-12 object schema requiring the format version", () => {
    const schema = scenarioJsonSchema() as {
      $schema: string;
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, unknown>;
    };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(["version", "name", "seed", "horizon", "topologies", "slo"]),
    );
    expect(schema.properties.version).toMatchObject({ const: 1 });
  });

  it("describes human durations as a number or a pattern-checked string", () => {
    const horizon = (
      scenarioJsonSchema() as { properties: { horizon: { anyOf: { type: string; pattern?: string }[] } } }
    ).properties.horizon;
    const pattern = new RegExp(horizon.anyOf.find((option) => option.type === "string")!.pattern!);
    expect(pattern.test("1h30m")).toBe(true);
    expect(pattern.test("5 minutes")).toBe(false);
  });
});
