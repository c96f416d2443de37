import { libraryText, loadScenario, parseDuration } from "@resilab/scenarios";
import { type IncidentFit, yamlDuration } from "@resilab/sim-core";
import { beforeAll, describe, expect, it } from "vitest";
import { YamlEditError } from "../yaml/yaml-edit";
import { applyFittedFaults } from "./apply-faults";
import { type FittedFaults, splitFaultsYaml } from "./faults-chunks";
import { readFitOptions } from "./fit-options";
import { runFit } from "./fit-request";
import { EXAMPLE_INCIDENTS, EXAMPLE_WINDOW } from "./fit-test-data";

let fit: IncidentFit;
let fitted: FittedFaults;

function fitText(text: string, window = EXAMPLE_WINDOW) {
  const { options } = readFitOptions({ ...window, classMap: "", components: "" });
  const reply = runFit({ id: 1, name: "incidents.csv", text, options });
  if (reply.kind !== "fitted") throw new Error(JSON.stringify(reply));
  return reply;
}

beforeAll(() => {
  const reply = fitText(EXAMPLE_INCIDENTS);
  fit = reply.fit;
  fitted = splitFaultsYaml(reply.yaml);
});

/** What the YAML says a fitted mean is: the 4-digit duration the block writes. */
const written = (seconds: number) => parseDuration(yamlDuration(seconds));

describe("splitFaultsYaml", () => {
  it("splits the block into its header and one chunk per class", () => {
    expect(fitted.header[0]).toMatch(/^# Fitted by resilab fit from incidents\.csv/);
    expect(fitted.header.every((l) => l.startsWith("#"))).toBe(true);
    expect(fitted.chunks.map((c) => [c.cls, c.fitted])).toEqual([
      ["controller", true],
      ["executor", true],
      ["store", true],
    ]);
    expect(fitted.chunks[0]!.lines[0]).toBe("controller:");
    expect(fitted.chunks[0]!.lines.slice(1).every((l) => l.startsWith("  "))).toBe(true);
  });
});

describe("applyFittedFaults", () => {
  it("replaces the fitted classes of the default comparison and leaves the rest as it was", () => {
    const text = libraryText("default-comparison");
    const before = loadScenario(text);
    const result = applyFittedFaults(text, fitted);
    expect(result.replaced).toEqual(["controller", "executor", "store"]);
    expect(result.added).toEqual([]);
    expect(result.dropped).toEqual([]);
    const after = loadScenario(result.text);
    for (const c of fit.classes) {
      const f = after.faults[c.cls]!;
      expect(f.mtbf).toBe(written(c.timeToFailure.chosen!.mean.value));
      expect(f.mttr).toBe(written(c.repair.chosen!.mean.value));
      // The written mean lies inside the fit's 95 % interval.
      expect(f.mtbf).toBeGreaterThan(c.timeToFailure.chosen!.mean.lower!);
      expect(f.mtbf).toBeLessThan(c.timeToFailure.chosen!.mean.upper!);
    }
    expect(after.faults.controller!.repair).toMatchObject({ kind: "lognormal" });
    expect(after.faults.executor!.timeToFailure).toMatchObject({ kind: "gamma" });
    expect(after.faults.store!.timeToFailure).toBeUndefined();
    expect(after.faults.controller!.modes).toEqual({ crash: 0.5, hang: 0.2917, slow: 0.2083 });
    // Every other class, and everything outside faults, is unchanged.
    const { controller: _c, executor: _e, store: _s, ...others } = after.faults;
    const { controller: _c0, executor: _e0, store: _s0, ...othersBefore } = before.faults;
    expect(others).toEqual(othersBefore);
    expect({ ...after, faults: null }).toEqual({ ...before, faults: null });
    // Byte for byte before the header and from the first untouched class on.
    const header = result.text.indexOf("# Fitted by resilab fit from");
    expect(result.text.slice(0, header)).toBe(text.slice(0, text.indexOf("faults:\n")));
    expect(result.text.slice(result.text.indexOf("\n  zone:"))).toBe(text.slice(text.indexOf("\n  zone:")));
    // The fit-quality comments are in the scenario, for the reader.
    expect(result.text).toContain("#   chosen gamma: shape 1.453");
  });

  it("gives the same text when applied twice (no stacked headers or notes)", () => {
    const once = applyFittedFaults(libraryText("default-comparison"), fitted).text;
    const twice = applyFittedFaults(once, fitted).text;
    expect(twice).toBe(once);
    expect(once.match(/# Fitted by resilab fit/g)).toHaveLength(1);
  });

  it("adds classes the scenario lacks at the end of faults", () => {
    const text =
      "name: t\nfaults:\n  node: { mtbf: 90d, mttr: 2h } # keep me\ntopologies:\n  - preset: single\n";
    const result = applyFittedFaults(text, fitted);
    expect(result.added).toEqual(["controller", "executor", "store"]);
    expect(result.text).toContain("  node: { mtbf: 90d, mttr: 2h } # keep me\n  controller:\n");
    expect(result.text.endsWith("topologies:\n  - preset: single\n")).toBe(true);
    expect(result.text.indexOf("# Fitted by")).toBeLessThan(result.text.indexOf("faults:"));
  });

  it("writes into `faults: {}`, a missing faults key and a flow mapping", () => {
    for (const faults of [
      "faults: {}\n",
      "",
      "faults: { node: { mtbf: 90d, mttr: 2h }, controller: { mtbf: 7d, mttr: 30m, slowFactor: 4, clock: operating } }\n",
    ]) {
      const text = `name: t\n${faults}horizon: 30d`;
      const result = applyFittedFaults(text, fitted);
      const tree = result.text;
      expect(tree).toMatch(/\nfaults:\n {2}/);
      expect(tree).toContain("\nhorizon: 30d");
      expect(tree).toContain(`  store:\n`);
      expect(tree).toContain(`    mtbf: ${yamlDuration(fit.classes[2]!.timeToFailure.chosen!.mean.value)}\n`);
      if (faults.includes("node")) {
        expect(tree).toContain("\n  node: { mtbf: 90d, mttr: 2h }\n");
        expect(result.replaced).toEqual(["controller"]);
        expect(result.dropped).toEqual([{ cls: "controller", keys: ["clock"] }]);
        expect(tree).toMatch(/ {4}slowFactor: 4\n {2}executor:/);
        expect(tree).not.toContain("clock");
      }
    }
  });

  it("keeps slowFactor and the modes mix when the file states no modes; drops repairByMode and clock", () => {
    const noModes = EXAMPLE_INCIDENTS.split("\n")
      .map((l) =>
        l
          .split(",")
          .filter((_, i) => i !== 5)
          .join(","),
      )
      .join("\n");
    const noModeFit = splitFaultsYaml(fitText(noModes).yaml);
    expect(noModeFit.chunks[0]!.lines.some((l) => l.includes("modes"))).toBe(false);
    const text = [
      "name: t",
      "faults:",
      "    controller:",
      "        mtbf: 7d",
      "        mttr: 30m",
      "        timeToFailure: { weibull: { shape: 0.8, scale: 6d } }",
      "        modes:",
      "            crash: 70%",
      "            hang: 20%",
      "            slow: 10%",
      "        slowFactor: 5",
      "        clock: operating",
      "        repairByMode: { hang: { exponential: 5m } }",
      "horizon: 30d",
      "",
    ].join("\n");
    const result = applyFittedFaults(text, noModeFit);
    expect(result.dropped).toEqual([{ cls: "controller", keys: ["clock", "repairByMode"] }]);
    const controller = result.text.slice(
      result.text.indexOf("    controller:"),
      result.text.indexOf("    executor:"),
    );
    expect(controller).toContain(
      "\n      modes:\n          crash: 70%\n          hang: 20%\n          slow: 10%\n      slowFactor: 5",
    );
    expect(controller).not.toMatch(/timeToFailure:|weibull: \{ shape: 0\.8/);
    expect(controller).not.toContain("clock");
    expect(result.text.endsWith("horizon: 30d\n")).toBe(true);
  });

  it("keeps a class the fit could not estimate, with the reason as a comment, once", () => {
    const text =
      "class,start,end\ndns,2026-01-01T00:00:00Z,2026-01-01T00:10:00Z\nstore,2026-01-01T00:00:00Z,2026-01-01T01:00:00Z\nstore,2026-01-02T00:00:00Z,2026-01-02T01:00:00Z\nstore,2026-01-04T00:00:00Z,2026-01-04T02:00:00Z\n";
    const small = splitFaultsYaml(fitText(text, { windowStart: "", windowEnd: "" }).yaml);
    expect(small.chunks.map((c) => [c.cls, c.fitted])).toEqual([
      ["store", true],
      ["dns", false],
    ]);
    const scenario =
      "name: t\nfaults:\n  dns: { mtbf: 135d, mttr: 1h }\n  store: { mtbf: 135d, mttr: 1h }\nhorizon: 30d\n";
    const once = applyFittedFaults(scenario, small);
    expect(once.notFitted).toEqual(["dns"]);
    expect(once.replaced).toEqual(["store"]);
    expect(once.text).toMatch(
      /\n {2}# dns: not fitted \([^\n]*\n( {4}#[^\n]*\n)+ {2}dns: \{ mtbf: 135d, mttr: 1h \}\n/,
    );
    expect(applyFittedFaults(once.text, small).text).toBe(once.text);
  });

  it("refuses text it cannot edit in place, and a fit with nothing to apply", () => {
    expect(() => applyFittedFaults("base: &b { mtbf: 1d }\nfaults: *b\n", fitted)).toThrow(YamlEditError);
    expect(() => applyFittedFaults("faults: [1, 2]\n", fitted)).toThrow(/not a mapping/);
    const none = {
      header: ["# x"],
      chunks: [{ cls: "dns" as const, fitted: false, lines: ["# dns: not fitted (x)"] }],
    };
    expect(() => applyFittedFaults("faults: {}\n", none)).toThrow(/no class with enough data/);
  });
});
