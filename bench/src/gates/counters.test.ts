/** The counter gate: deterministic, sensitive to a changed input, and precise about what changed. */
import { loadLibraryScenario } from "@resilab/scenarios";
import { describe, expect, it } from "vitest";
import { type Counters, diffCounters, encodeCounters, scenarioCounters } from "./counters";
import { kernelCounters } from "./kernel-sample";
import { shortProfile } from "./short-profile";

const single = () => shortProfile(loadLibraryScenario("single-controller"));

function counters(scenario = single()): Counters {
  return {
    format: "resilab-counters",
    version: 1,
    profile: "test",
    kernel: kernelCounters(),
    scenarios: { "single-controller": scenarioCounters(scenario) },
  };
}

describe("deterministic counters", () => {
  it("are identical on a second computation and pin the kernel sample of the noreg test", () => {
    const a = counters();
    expect(diffCounters(a, counters())).toEqual([]);
    expect(encodeCounters(a)).toBe(encodeCounters(counters()));
    expect(a.kernel).toEqual({ seed: 42, events: 1256, end: 251853991, fingerprint: "7f92248f40557b56" });
    const s = a.scenarios["single-controller"]!;
    expect(s.runs).toHaveLength(2);
    expect(s.events).toBe(s.runs[0]!.events + s.runs[1]!.events);
  });

  it("name the scenario, run and counter that changed", () => {
    const golden = counters();
    const reseeded = counters({ ...single(), seed: single().seed + 1 });
    const lines = diffCounters(golden, reseeded);
    expect(lines.some((l) => /^single-controller: scenario hash \w+ → \w+/.test(l))).toBe(true);
    expect(lines.some((l) => /^single-controller: result hash/.test(l))).toBe(true);
    expect(
      lines.some((l) => /^single-controller: run single-vm #0: fingerprint \w{16} → \w{16}$/.test(l)),
    ).toBe(true);
  });

  it("report added and removed scenarios and runs, and kernel changes", () => {
    const golden = counters();
    const now = structuredClone(golden);
    now.kernel.fingerprint = "0000000000000000";
    now.scenarios["single-controller"]!.runs.pop();
    now.scenarios.extra = golden.scenarios["single-controller"]!;
    expect(diffCounters(golden, now)).toEqual([
      "kernel sample: fingerprint 7f92248f40557b56 → 0000000000000000",
      "single-controller: run single-vm #1 is gone",
      "extra: new library scenario, not in the golden file",
    ]);
    expect(diffCounters(now, golden)).toContain("extra: no longer in the library");
  });

  it("write one line per run in valid JSON", () => {
    const text = encodeCounters(counters());
    expect(JSON.parse(text)).toEqual(counters());
    expect(text).toMatch(
      /^ {8}\{"topology":"single-vm","replication":0,"events":\d+,"fingerprint":"\w{16}"\},$/m,
    );
  });
});
