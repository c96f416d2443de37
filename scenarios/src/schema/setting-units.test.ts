import { DURATION_SETTINGS, FRACTION_SETTINGS } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DURATION_PATTERN } from "../units/duration";
import { PERCENT_PATTERN } from "../units/percentage";
import { topologyOverrides } from "./topology-schema";

type Json = { [key: string]: unknown };

/** Dotted paths of the topology fields whose input accepts a string matching `pattern`. */
function pathsWithPattern(pattern: RegExp): string[] {
  const schema = z.toJSONSchema(topologyOverrides, { io: "input", unrepresentable: "any" }) as Json;
  const defs = (schema.$defs ?? {}) as Json;
  const out: string[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (node === null || typeof node !== "object") return;
    const n = node as Json;
    // The generator puts the object itself and the distributions in `$defs`; follow only the
    // former (a distribution is one setting, printed as a distribution, whatever its parameters).
    if (typeof n.$ref === "string" && path.length === 0) walk(defs[n.$ref.replace("#/$defs/", "")], path);
    const variants = Array.isArray(n.anyOf) ? (n.anyOf as Json[]) : [];
    if (variants.some((v) => v.pattern === pattern.source)) {
      out.push(path.join("."));
      return;
    }
    for (const v of variants) walk(v, path);
    if (n.properties !== undefined)
      for (const [key, child] of Object.entries(n.properties as Json)) walk(child, [...path, key]);
  };
  walk(schema, []);
  return out;
}

describe("sim-core's setting units agree with the schema", () => {
  it("lists exactly the topology fields the schema reads as durations", () => {
    const fromSchema = pathsWithPattern(DURATION_PATTERN);
    expect(fromSchema).toContain("controllers.upgrade.cutover");
    expect([...fromSchema].sort()).toEqual([...DURATION_SETTINGS].sort());
  });

  it("lists every topology field the schema reads as a percentage", () => {
    const fromSchema = pathsWithPattern(PERCENT_PATTERN);
    expect(fromSchema).toContain("failover.coverage");
    for (const path of fromSchema) expect(FRACTION_SETTINGS).toContain(path);
  });
});
