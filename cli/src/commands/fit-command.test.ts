/** `resilab fit`: the example file, the YAML through the scenario loader, bad rows, usage. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadScenario, parseDuration, scenarioJsonSchema } from "@resilab/scenarios";
import { FAULT_CLASS_NAMES, faultsYaml, fitIncidents, syntheticHistory } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { EXIT } from "../errors";
import { directoryContents, runInProcess, tempDir } from "./test-run";

const EXAMPLE = fileURLToPath(new URL("../../../docs/examples/incidents.csv", import.meta.url));
const WINDOW = ["--observation-start", "2025-06-01T00:00:00Z", "--observation-end", "2026-06-01T00:00:00Z"];

/** The first object in `value` (depth first) that `test` accepts. */
function findObject(
  value: unknown,
  test: (o: Record<string, unknown>) => boolean,
): Record<string, unknown> | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const o = value as Record<string, unknown>;
  if (!Array.isArray(value) && test(o)) return o;
  for (const child of Object.values(o)) {
    const found = findObject(child, test);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A small valid scenario around a `faults:` block. */
function scenarioWith(faults: string): string {
  return `version: 1
name: fitted
seed: 1
horizon: 2d
replications: 2
workload:
  teams: 2
  triggers:
    - { kind: poisson, ratePerHour: 6/h }
  pipeline:
    stages:
      - { name: build, duration: { exponential: 5m } }
${faults}topologies:
  - preset: single
slo: []
`;
}

describe("resilab fit", () => {
  it("fits the example history; the faults YAML loads with the scenario loader", async () => {
    const dir = tempDir();
    const { code, out, err } = await runInProcess(["fit", EXAMPLE, ...WINDOW, "--out", dir, "--quiet"]);
    expect(err).toBe("");
    expect(code).toBe(EXIT.ok);
    expect(out).toContain("98 rows (generic incident CSV)");
    expect(out).toMatch(/controller: 24 rows, 24 used, 0 outside the window/);
    const files = directoryContents(dir).map(([name]) => name);
    expect(files).toEqual(["faults.yaml", "fit-report.html", "fit.json"]);
    const yaml = readFileSync(join(dir, "faults.yaml"), "utf8");
    const scenario = loadScenario(scenarioWith(yaml), "fitted.yaml");
    const fit = JSON.parse(readFileSync(join(dir, "fit.json"), "utf8")).fit;
    for (const c of fit.classes) {
      const loaded = scenario.faults[c.cls as "controller"]!;
      // The loader reads back the chosen distributions' means, to the 4 digits written.
      expect(loaded.mtbf / c.timeToFailure.chosen.mean.value).toBeCloseTo(1, 3);
      expect(loaded.mttr / c.repair.chosen.mean.value).toBeCloseTo(1, 3);
      if (c.repair.chosen.family !== "exponential") expect(loaded.repair?.kind).toBe(c.repair.chosen.family);
    }
    expect(readFileSync(join(dir, "fit-report.html"), "utf8")).toContain("Q–Q plot");
  });

  it("is deterministic: the same file gives the same bytes", async () => {
    const a = tempDir();
    const b = tempDir();
    await runInProcess(["fit", EXAMPLE, ...WINDOW, "--out", a, "--quiet"]);
    await runInProcess(["fit", EXAMPLE, ...WINDOW, "--out", b, "--quiet"]);
    expect(directoryContents(a)).toEqual(directoryContents(b));
  });

  it("writes YAML the loader accepts for every fault class", () => {
    const start = Date.UTC(2026, 0, 1) / 1000;
    const length = 200 * 86_400;
    const incidents = FAULT_CLASS_NAMES.flatMap((cls, i) =>
      syntheticHistory({
        cls,
        components: 1,
        timeToFailure: { kind: "weibull", shape: 1.5, scale: 5 * 86_400 },
        repair: { kind: "gamma", shape: 2, scale: 600 },
        start,
        length,
        seed: i,
      }),
    );
    const fit = fitIncidents(
      "all.csv",
      { format: "test", columns: {}, ignoredColumns: [], incidents },
      {
        windowStart: start,
        windowEnd: start + length,
      },
    );
    const scenario = loadScenario(scenarioWith(faultsYaml(fit)), "all.yaml");
    expect(Object.keys(scenario.faults).sort()).toEqual([...FAULT_CLASS_NAMES].sort());
    expect(parseDuration("9.412d")).toBeCloseTo(9.412 * 86_400, 6);
  });

  it("knows exactly the fault classes of the scenario format", () => {
    const schema = scenarioJsonSchema();
    // The faults object is the one whose properties include "chaos".
    const faults = findObject(
      schema,
      (o) => typeof o.properties === "object" && o.properties !== null && "chaos" in (o.properties as object),
    );
    expect(faults).toBeDefined();
    const classes = Object.keys(faults!.properties as object).filter((k) => k !== "chaos");
    expect([...FAULT_CLASS_NAMES].sort()).toEqual(classes.sort());
  });

  it("lists every bad row with line, column and value, exits 2 and writes nothing", async () => {
    const dir = tempDir();
    const file = join(dir, "bad.csv");
    writeFileSync(
      file,
      [
        "class,start,end,mode",
        "controller,2026-01-01T00:00:00Z,2026-01-01T01:00:00Z,crash",
        "controller,2026-01-0X,,",
        "Jenkins Prod,2026-01-03T00:00:00Z,2026-01-03T00:10:00Z,",
      ].join("\n"),
    );
    const out = join(dir, "out");
    const { code, err } = await runInProcess(["fit", file, "--out", out]);
    expect(code).toBe(EXIT.badInput);
    expect(err).toContain("2 problems; nothing was fitted");
    expect(err).toMatch(/bad\.csv:3 \(start column "start"\): got "2026-01-0X"; allowed: an ISO 8601 time/);
    expect(err).toMatch(/bad\.csv:4 \(class column "class"\): got "Jenkins Prod".*--class-map/);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
  });

  it("maps export names with --class-map and reads a PagerDuty-style export", async () => {
    const dir = tempDir();
    const file = join(dir, "pd.csv");
    writeFileSync(
      file,
      [
        "incident_number,description,service_name,created_on,resolved_on,seconds_to_resolve",
        "1,down,Jenkins Prod,2026-01-03T10:00:00-08:00,2026-01-03T10:40:00-08:00,2400",
        "2,down,Jenkins Prod,2026-01-09T01:00:00-08:00,2026-01-09T02:00:00-08:00,3600",
        "3,down,Jenkins Prod,2026-01-20T05:00:00-08:00,2026-01-20T05:30:00-08:00,1800",
        "4,down,Jenkins Prod,2026-01-29T05:00:00-08:00,,",
      ].join("\n"),
    );
    const { code, out } = await runInProcess([
      "fit",
      file,
      "--class-map",
      "jenkins prod=controller",
      "--observation-end",
      "2026-02-01T00:00:00Z",
      "--json",
    ]);
    expect(code).toBe(EXIT.ok);
    const doc = JSON.parse(out);
    expect(doc.fit.format).toBe("PagerDuty incidents export");
    expect(doc.fit.classes[0].history).toMatchObject({ cls: "controller", rows: 4, open: 1 });
    expect(doc.fit.classes[0].repair).toMatchObject({ events: 3, censored: 1 });
  });

  it.each([
    [["--components", "executor"], /--components "executor": allowed: "<fault class>=<count ≥ 1>"/],
    [["--class-map", "x=controler"], /"controler" is not a fault class/],
    [["--observation-end", "soon"], /--observation-end: got "soon"/],
  ])("refuses bad flags %j", async (flags, message) => {
    const { code, err } = await runInProcess(["fit", EXAMPLE, ...flags]);
    expect(code).toBe(EXIT.badInput);
    expect(err).toMatch(message);
  });
});
