import { describe, expect, it } from "vitest";
import { DAY, HOUR } from "../kernel/time";
import { faultsYaml, yamlDuration } from "./faults-yaml";
import { fitIncidents } from "./fit-incidents";
import { classHistories } from "./incident-history";
import type { FitIncident } from "./input/read-incidents";
import { readIncidents } from "./input/read-incidents";
import { fitCandidate, isFitted } from "./maximum-likelihood";
import { syntheticHistory } from "./synthetic-history";

const T0 = Date.UTC(2026, 0, 1) / 1000;
const toSeconds = (d: number) => d / 1_000_000; // kernel time units are microseconds

function incident(component: string, start: number, end: number | null, cls = "controller"): FitIncident {
  return {
    source: `t:${start}`,
    id: null,
    cls: cls as "controller",
    component,
    start,
    end,
    mode: null,
    cause: null,
  };
}

const table = (incidents: FitIncident[]) => ({ format: "test", columns: {}, ignoredColumns: [], incidents });

describe("fitIncidents", () => {
  it("measures time to failure from return to service and censors the last gap and open repairs", () => {
    // One component: up 10 h, down 1 h, up 20 h, down 2 h, up 30 h, then an incident still open.
    const h = 3600;
    const incidents = [
      incident("c0", T0 + 10 * h, T0 + 11 * h),
      incident("c0", T0 + 31 * h, T0 + 33 * h),
      incident("c0", T0 + 63 * h, null),
    ];
    const fit = fitIncidents("t", table(incidents), { windowStart: T0, windowEnd: T0 + 70 * h });
    const c = fit.classes[0]!;
    expect(c.timeToFailure.observations).toEqual([
      { time: 20 * h, event: true },
      { time: 30 * h, event: true },
    ]);
    expect(c.repair.observations).toEqual([
      { time: 1 * h, event: true },
      { time: 2 * h, event: true },
      { time: 7 * h, event: false },
    ]);
    // Exponential MLE: exposure / events, so the open incident's 7 h count as exposure, not as an event.
    const mttr = c.repair.candidates.find((x) => x.family === "exponential")!;
    expect(mttr.parameters[0]!.value).toBeCloseTo((10 * h) / 2, 6);
    expect(c.history.open).toBe(1);
  });

  it("a censored last gap adds exposure but no event", () => {
    const h = 3600;
    const incidents = [incident("c0", T0 + 10 * h, T0 + 11 * h), incident("c0", T0 + 31 * h, T0 + 32 * h)];
    const fit = fitIncidents("t", table(incidents), { windowStart: T0, windowEnd: T0 + 100 * h });
    const ttf = fit.classes[0]!.timeToFailure;
    expect(ttf.events).toBe(1);
    expect(ttf.censored).toBe(1);
    // (20 h + 68 h censored) / 1 event.
    const exp = ttf.candidates.find((x) => x.family === "exponential")!;
    expect(exp.parameters[0]!.value).toBeCloseTo(88 * h, 6);
  });

  it("counts incidents outside the window instead of dropping them silently", () => {
    const h = 3600;
    const incidents = [
      incident("c0", T0 - 5 * h, T0 - 4 * h),
      incident("c0", T0 + 10 * h, T0 + 11 * h),
      incident("c0", T0 + 31 * h, T0 + 32 * h),
    ];
    const fit = fitIncidents("t", table(incidents), { windowStart: T0, windowEnd: T0 + 100 * h });
    expect(fit.classes[0]!.history).toMatchObject({ rows: 3, outsideWindow: 1 });
    expect(faultsYaml(fit)).toContain("3 incidents (2 in the window, 1 outside)");
  });

  it("refuses overlapping incidents of one component, naming both rows", () => {
    const incidents = [incident("c0", T0 + 100, T0 + 500), incident("c0", T0 + 400, T0 + 900)];
    expect(() => fitIncidents("t", table(incidents))).toThrow(
      /t:\d+ \(start\).*still down.*component column/s,
    );
  });

  it("never-failed components declared with `components` add one censored window each", () => {
    const h = 3600;
    const incidents = [incident("c0", T0 + 10 * h, T0 + 11 * h), incident("c0", T0 + 31 * h, T0 + 32 * h)];
    const fit = fitIncidents("t", table(incidents), {
      windowStart: T0,
      windowEnd: T0 + 100 * h,
      components: new Map([["controller", 3]]),
    });
    const ttf = fit.classes[0]!.timeToFailure;
    expect(ttf.censored).toBe(3);
    expect(ttf.exposure).toBeCloseTo((20 + 68 + 200) * h, 6);
    expect(() => fitIncidents("t", table(incidents), { components: new Map([["controller", 0]]) })).toThrow(
      /--components controller/,
    );
  });

  it("recovers the simulator's Weibull time to failure and lognormal repair, within their intervals", () => {
    const truthTtf = { shape: 1.6, scale: toSeconds(2 * DAY) };
    const truthRepair = { mu: Math.log(toSeconds(HOUR) / 2), sigma: 0.9 };
    const length = toSeconds(400 * DAY);
    const incidents = syntheticHistory({
      cls: "controller",
      components: 2,
      timeToFailure: { kind: "weibull", ...truthTtf },
      repair: { kind: "lognormal", ...truthRepair },
      start: T0,
      length,
      seed: 2026,
    });
    const fit = fitIncidents("synthetic", table(incidents), { windowStart: T0, windowEnd: T0 + length });
    const c = fit.classes[0]!;
    expect(c.timeToFailure.chosen?.family).toBe("weibull");
    expect(c.repair.chosen?.family).toBe("lognormal");
    const [shape, scale] = c.timeToFailure.chosen!.parameters;
    expect(shape!.lower! < truthTtf.shape && truthTtf.shape < shape!.upper!).toBe(true);
    expect(scale!.lower! < truthTtf.scale && truthTtf.scale < scale!.upper!).toBe(true);
    const [mu, sigma] = c.repair.chosen!.parameters;
    expect(mu!.lower! < truthRepair.mu && truthRepair.mu < mu!.upper!).toBe(true);
    expect(sigma!.lower! < truthRepair.sigma && truthRepair.sigma < sigma!.upper!).toBe(true);
  });

  it("the example of the YAML: chosen distributions, means and comments", () => {
    const length = toSeconds(300 * DAY);
    const incidents = syntheticHistory({
      cls: "executor",
      components: 3,
      timeToFailure: { kind: "exponential", mean: toSeconds(5 * DAY) },
      repair: { kind: "gamma", shape: 3, scale: 600 },
      start: T0,
      length,
      seed: 5,
    });
    const yaml = faultsYaml(
      fitIncidents("ex.csv", table(incidents), { windowStart: T0, windowEnd: T0 + length }),
    );
    expect(yaml).toMatch(/^faults:\n {2}executor:\n/m);
    expect(yaml).toMatch(/\n {4}mtbf: [\d.]+[dh]\n/);
    expect(yaml).toMatch(/\n {4}mttr: [\d.]+m\n/);
    expect(yaml).toContain("95% CI");
    expect(yaml).toContain("candidates: ");
  });

  it("writes durations in a readable unit", () => {
    expect(yamlDuration(0.25)).toBe("250ms");
    expect(yamlDuration(90)).toBe("90s");
    expect(yamlDuration(5400)).toBe("90m");
    expect(yamlDuration(3 * 3600)).toBe("3h");
    expect(yamlDuration(9.4123 * 86400)).toBe("9.412d");
  });
});

describe("interval coverage over 200 seeded histories", () => {
  // Each history: one component over 120 days, Weibull(1.5, 2 d) up times (about 55 failures),
  // lognormal repairs. Coverage of a 95 % interval over 200 histories: mean 190, sd 3.1.
  it("the Wald intervals of the Weibull and lognormal parameters cover the truth about 95 % of the time", () => {
    const length = toSeconds(120 * DAY);
    const truth = { shape: 1.5, scale: toSeconds(2 * DAY), mu: 7, sigma: 1 };
    const covered = { shape: 0, scale: 0, mu: 0, sigma: 0 };
    const runs = 200;
    for (let r = 0; r < runs; r++) {
      const incidents = syntheticHistory({
        cls: "node",
        components: 1,
        timeToFailure: { kind: "weibull", shape: truth.shape, scale: truth.scale },
        repair: { kind: "lognormal", mu: truth.mu, sigma: truth.sigma },
        start: T0,
        length,
        seed: "coverage",
        replication: r,
      });
      const [c] = classHistories(incidents, { start: T0, end: T0 + length });
      const w = fitCandidate("weibull", c!.timeToFailure);
      const l = fitCandidate("lognormal", c!.repair);
      if (!isFitted(w) || !isFitted(l)) throw new Error("fit failed");
      const inside = (p: { lower: number | null; upper: number | null }, v: number) =>
        p.lower !== null && p.upper !== null && p.lower < v && v < p.upper ? 1 : 0;
      covered.shape += inside(w.parameters[0]!, truth.shape);
      covered.scale += inside(w.parameters[1]!, truth.scale);
      covered.mu += inside(l.parameters[0]!, truth.mu);
      covered.sigma += inside(l.parameters[1]!, truth.sigma);
    }
    // Measured (seed "coverage"): shape 188, scale 193, mu 193, sigma 183 of 200.
    for (const [name, count] of Object.entries(covered)) {
      expect(count, name).toBeGreaterThanOrEqual(180); // ≥ 90 %: 3 sd below 95 %
      expect(count, name).toBeLessThanOrEqual(199);
    }
  });
});

describe("readIncidents → fitIncidents", () => {
  it("reads a PagerDuty-style export with a class map", () => {
    const csv = [
      "incident_number,description,service_name,created_on,resolved_on,seconds_to_resolve,urgency",
      "101,Jenkins down,Jenkins Prod,2026-01-03T10:00:00-08:00,2026-01-03T10:40:00-08:00,2400,high",
      "102,Jenkins hung,Jenkins Prod,2026-01-09T01:00:00-08:00,2026-01-09T02:00:00-08:00,3600,high",
      "103,Jenkins OOM,Jenkins Prod,2026-01-20T05:00:00-08:00,,,high",
    ].join("\n");
    const t = readIncidents(csv, {
      name: "pd.csv",
      parseDuration: (s) => (/^\d+$/.test(s) ? Number(s) : undefined),
      classMap: new Map([["jenkins prod", "controller"]]),
    });
    expect(t.format).toBe("PagerDuty incidents export");
    expect(t.columns).toMatchObject({
      class: "service_name",
      start: "created_on",
      end: "resolved_on",
      cause: "description",
    });
    expect(t.ignoredColumns).toEqual(["urgency"]);
    const fit = fitIncidents("pd.csv", t, { windowEnd: Date.UTC(2026, 1, 1) / 1000 });
    expect(fit.classes[0]!.history).toMatchObject({ cls: "controller", rows: 3, open: 1 });
    expect(fit.classes[0]!.repair.observations.filter((o) => !o.event)).toHaveLength(1);
  });
});
