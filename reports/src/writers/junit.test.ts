import { ValidationError } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { experimentFixture } from "../test-fixtures/experiment";
import { checkMarkup } from "../test-support/markup-check";
import { junitXml } from "./junit";

const count = (xml: string, pattern: RegExp) => (xml.match(pattern) ?? []).length;

describe("junitXml", () => {
  const result = experimentFixture();
  const missed = result.verdicts.filter((v) => v.verdict === "missed").length;
  const inconclusive = result.verdicts.filter((v) => v.verdict === "inconclusive").length;

  it("is well-formed XML with one test case per objective × topology", () => {
    const xml = junitXml(result);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    checkMarkup(xml, "xml");
    expect(count(xml, /<testcase /g)).toBe(4 * 5);
    expect(count(xml, /<testsuite /g)).toBe(5);
  });

  it("fails missed objectives and, by default, inconclusive ones", () => {
    const xml = junitXml(result);
    expect(missed).toBeGreaterThan(0);
    expect(inconclusive).toBeGreaterThan(0);
    expect(count(xml, /<failure /g)).toBe(missed + inconclusive);
    expect(count(xml, /<failure [^>]*type="inconclusive"/g)).toBe(inconclusive);
    expect(xml).toContain(`tests="20" failures="${missed + inconclusive}" errors="0" skipped="0"`);
  });

  it("skips inconclusive objectives when asked", () => {
    const xml = junitXml(result, { inconclusive: "skipped" });
    expect(count(xml, /<failure /g)).toBe(missed);
    expect(count(xml, /<skipped /g)).toBe(inconclusive);
    expect(xml).toContain(`tests="20" failures="${missed}" errors="0" skipped="${inconclusive}"`);
  });

  it("explains each verdict with the estimate, interval and target", () => {
    const xml = junitXml(result);
    expect(xml).toContain(
      '<testcase classname="resilab.single" name="p99 outage ≤ 2 min" time="0">\n      <failure message="missed: estimate 3.38 h (95 % CI 2.7 h to ∞, n = 4), target ≤ 2 min; 4 outages still open at the horizon (censored)" type="missed">',
    );
    expect(xml).toMatch(
      /<failure message="inconclusive: estimate [^"]*; about \d+ replications would settle it" type="inconclusive">/,
    );
  });

  it("carries the replay key as properties and in the root name", () => {
    const xml = junitXml(result);
    expect(xml).toContain('<property name="resilab.version" value="0.1.0"/>');
    expect(xml).toContain('<property name="scenario.hash" value="3f2a9c81d04b7e65"/>');
    expect(xml).toContain('<property name="seed" value="42"/>');
    expect(xml).toMatch(
      /<testsuites name="resilab 0\.1\.0: ha-comparison \(scenario 3f2a9c81d04b7e65, seed 42\)"/,
    );
  });

  it("rejects an unknown inconclusive policy", () => {
    expect(() => junitXml(result, { inconclusive: "pass" as "skipped" })).toThrow(ValidationError);
  });
});
