import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeJson, encodeJson } from "./exact-json";

describe("exact JSON", () => {
  it("round-trips non-finite numbers that plain JSON turns into null", () => {
    const value = {
      a: Number.POSITIVE_INFINITY,
      b: [Number.NEGATIVE_INFINITY, Number.NaN, 1.5],
      c: { d: null },
    };
    expect(decodeJson(encodeJson(value))).toEqual(value);
    expect(JSON.parse(JSON.stringify(value)).a).toBeNull();
  });

  it("round-trips any JSON-like value holding any double (except the sign of zero)", () => {
    const numbers = fc.oneof(
      fc.double().filter((x) => !Object.is(x, -0)),
      fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN),
    );
    // "$number" is the tag's own key; results never use it.
    const key = fc.string().filter((k) => k !== "$number");
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        numbers,
        fc.string(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(key, tie("value"), { maxKeys: 4 }),
      ),
    }));
    fc.assert(
      fc.property(value, (v) => {
        expect(decodeJson(encodeJson(v))).toEqual(v);
      }),
      { numRuns: 300 },
    );
  });
});
