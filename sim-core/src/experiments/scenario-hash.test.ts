import { describe, expect, it } from "vitest";
import { canonicalJson, hash64, scenarioHash } from "./scenario-hash";

describe("hash64 (FNV-1a 64)", () => {
  it("matches the published test vectors", () => {
    expect(hash64("")).toBe("cbf29ce484222325");
    expect(hash64("a")).toBe("af63dc4c8601ec8c");
    expect(hash64("foobar")).toBe("85944171f73967e8");
  });
});

describe("scenarioHash", () => {
  it("ignores key order and undefined fields, not values", () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: undefined }] })).toBe('{"a":[2,{"d":3}],"b":1}');
    expect(scenarioHash({ a: 1, b: 2 })).toBe(scenarioHash({ b: 2, a: 1 }));
    expect(scenarioHash({ a: 1, b: 2 })).not.toBe(scenarioHash({ a: 1, b: 3 }));
  });
});
