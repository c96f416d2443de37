import { qqPlotChart, qqPlotData } from "@resilab/reports";
import { type IncidentFit, yamlDuration } from "@resilab/sim-core";
import { beforeAll, describe, expect, it } from "vitest";
import { readSvg } from "../charts/svg-tree";
import { appliedText } from "./applied-text";
import { readFitOptions } from "./fit-options";
import { runFit } from "./fit-request";
import { candidatesTable, estimateText, fitSummaryTable, readSummary } from "./fit-table";
import { EXAMPLE_INCIDENTS, EXAMPLE_WINDOW } from "./fit-test-data";

let fit: IncidentFit;

beforeAll(() => {
  const { options } = readFitOptions({ ...EXAMPLE_WINDOW, classMap: "", components: "" });
  const reply = runFit({ id: 1, name: "incidents.csv", text: EXAMPLE_INCIDENTS, options });
  if (reply.kind !== "fitted") throw new Error(reply.kind);
  // The panel receives the fit through postMessage: read it as the worker's structured clone.
  fit = structuredClone(reply.fit);
});

describe("fit tables", () => {
  it("summarises each class and quantity with the chosen family, mean interval, AIC and KS", () => {
    const t = fitSummaryTable(fit);
    expect(t.rows).toHaveLength(6);
    const executorTtf = t.rows[2]!;
    const chosen = fit.classes[1]!.timeToFailure.chosen!;
    expect(executorTtf.slice(0, 4)).toEqual([
      "executor",
      "time to failure",
      "58 observed + 5 censored",
      "gamma",
    ]);
    expect(executorTtf[4]).toMatch(/^shape 1\.45 \(1\.05 – 2\.02\); scale 22\.18d \(14\.87d – 33\.09d\)$/);
    expect(executorTtf[5]).toBe(
      `${yamlDuration(chosen.mean.value)} (${yamlDuration(chosen.mean.lower!)} – ${yamlDuration(chosen.mean.upper!)})`,
    );
    expect(executorTtf[5]).toBe("32.23d (26.06d – 39.87d)");
    expect(executorTtf.slice(6)).toEqual([chosen.aic.toFixed(1), chosen.ks.toFixed(3)]);
  });

  it("lists every candidate best AIC first and marks the chosen one (also after a structured clone)", () => {
    const t = candidatesTable(fit.classes[0]!.timeToFailure);
    expect(t.rows.map((r) => r[0])).toEqual(["exponential (chosen)", "gamma", "weibull", "lognormal"]);
    expect(t.rows.map((r) => Number(r[5]))).toEqual(
      [...t.rows.map((r) => Number(r[5]))].sort((a, b) => a - b),
    );
    expect(t.rows[0]![5]).toBe("0.0");
  });

  it("writes an interval that cannot be estimated as such", () => {
    expect(estimateText({ name: "shape", value: 2, se: null, lower: null, upper: null })).toBe(
      "2 (no interval)",
    );
  });

  it("says what was read and which window was used", () => {
    expect(readSummary(fit)).toBe(
      "incidents.csv: 98 rows (generic incident CSV), 98 in the observation window 2025-06-01T00:00:00Z to 2026-06-01T00:00:00Z, 0 outside; 3 fault classes.",
    );
    expect(
      readSummary({ ...fit, ignoredColumns: ["<b>x</b>"], windowDefaulted: { start: false, end: true } }),
    ).toMatch(
      /2026-06-01T00:00:00Z \(end taken from the data\), 0 outside; 3 fault classes\. Columns not used: "<b>x<\/b>"\.$/,
    );
  });

  it("draws every Q–Q plot as SVG the lab's allow-listing reader accepts, the chosen series named", () => {
    for (const c of fit.classes) {
      for (const s of [c.timeToFailure, c.repair]) {
        const data = qqPlotData(s);
        expect(data.series.filter((x) => x.chosen)).toHaveLength(1);
        const tree = readSvg(qqPlotChart(data, { width: 520, title: `Q–Q ${c.cls}` }));
        expect(tree.tag).toBe("svg");
      }
    }
  });
});

describe("appliedText", () => {
  it("names every class replaced, added, not fitted, and every key removed with the reason", () => {
    const text = appliedText({
      replaced: ["controller"],
      added: ["store"],
      notFitted: ["dns"],
      dropped: [{ cls: "controller", keys: ["clock", "repairByMode"] }],
    });
    expect(text).toBe(
      "Applied to the scenario's faults: replaced controller; added store. Not fitted (too little data; the scenario's values, if any, are kept): dns. Removed from controller: clock, repairByMode (the fit measured wall-clock time; it would override the fitted repair). The YAML editor shows the fitted values with their fit quality as comments; edit them there, then run.",
    );
  });
});
