/**
 * Property tests: whatever text arrives (random, or a valid scenario mutated), the loader returns
 * a scenario or a structured LoadError with located issues; it never throws.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { LoadError } from "./load-error";
import { tryLoadScenario } from "./load-scenario";
import { VALID_SCENARIO } from "./test-scenario";

function assertStructured(text: string): void {
  const result = tryLoadScenario(text, "prop.yaml");
  if (result.ok) {
    expect(typeof result.scenario.name).toBe("string");
    expect(result.scenario.topologies.length).toBeGreaterThan(0);
    return;
  }
  expect(result.error).toBeInstanceOf(LoadError);
  expect(result.error.issues.length).toBeGreaterThan(0);
  for (const issue of result.error.issues) {
    expect(issue.file).toBe("prop.yaml");
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.column).toBeGreaterThanOrEqual(1);
    expect(issue.allowed.length).toBeGreaterThan(0);
  }
}

/** Every path to a node of the valid scenario's data, for targeted value mutations. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, i) => paths(item, [...prefix, i]))];
  if (typeof value === "object" && value !== null) {
    return [prefix, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))];
  }
  return [prefix];
}

const VALID_PATHS = paths(parseDocument(VALID_SCENARIO).toJS()).filter((path) => path.length > 0);

const yamlish = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(..."{}[]:-,&*!|>'\"#%@`?\n \t0123456789abcdefghmsd.".split("")) }),
);

describe("tryLoadScenario never throws", () => {
  it("on random text", () => {
    fc.assert(fc.property(yamlish, assertStructured), { numRuns: 300 });
  });

  it("on random YAML documents", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => assertStructured(stringify(value))),
      { numRuns: 200 },
    );
  });

  it("on the valid scenario with a slice of text replaced", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: VALID_SCENARIO.length }),
        fc.nat({ max: 40 }),
        yamlish,
        (start, length, insert) => {
          assertStructured(VALID_SCENARIO.slice(0, start) + insert + VALID_SCENARIO.slice(start + length));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("on the valid scenario with one value replaced by any JSON value", () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID_PATHS), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const doc = parseDocument(VALID_SCENARIO);
        doc.setIn(path, value);
        assertStructured(doc.toString());
      }),
      { numRuns: 300 },
    );
  });

  it("on the valid scenario with a key removed", () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID_PATHS), (path) => {
        const doc = parseDocument(VALID_SCENARIO);
        doc.deleteIn(path);
        assertStructured(doc.toString());
      }),
      { numRuns: 100 },
    );
  });
});
