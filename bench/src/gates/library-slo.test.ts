/** The library service-level gate compares exit codes and verdicts exactly and says what changed. */
import { describe, expect, it } from "vitest";
import { diffExpectation, expectationOf, verdictCounts } from "./library-slo";

const profile = { replications: 5, horizon: 172_800 };
const expected = expectationOf("zone-outage", profile, {
  exitCode: 1,
  verdicts: [
    { objective: "availability >= 99.9%", topology: "single", verdict: "missed" },
    { objective: "availability >= 99.9%", topology: "cloud-native", verdict: "met" },
  ],
});

describe("library service-level gate", () => {
  it("accepts the same outcome, including expected misses", () => {
    expect(expected.verdicts).toEqual({
      "single · availability >= 99.9%": "missed",
      "cloud-native · availability >= 99.9%": "met",
    });
    expect(diffExpectation(expected, structuredClone(expected))).toEqual([]);
    expect(verdictCounts(expected)).toBe("1 met, 1 missed, 0 inconclusive");
  });

  it("names every changed verdict, exit code, profile and objective", () => {
    const actual = structuredClone(expected);
    actual.exitCode = 0;
    actual.profile.replications = 6;
    actual.verdicts["single · availability >= 99.9%"] = "met";
    delete actual.verdicts["cloud-native · availability >= 99.9%"];
    actual.verdicts["single · p99 outageDuration <= 5m"] = "inconclusive";
    expect(diffExpectation(expected, actual)).toEqual([
      "zone-outage: profile 5 replications × 172800 s → 6 replications × 172800 s",
      "zone-outage: exit code 1 → 0",
      "zone-outage: single · availability >= 99.9%: missed → met",
      "zone-outage: cloud-native · availability >= 99.9%: expected met, no longer evaluated",
      "zone-outage: single · p99 outageDuration <= 5m: new objective (inconclusive)",
    ]);
  });
});
