import { parseDuration } from "@resilab/scenarios";
import { describe, expect, it } from "vitest";
import { readFitOptions } from "./fit-options";
import { MAX_INCIDENT_FILE_BYTES, runFit } from "./fit-request";
import { EXAMPLE_INCIDENTS, EXAMPLE_WINDOW } from "./fit-test-data";
import { issueRow } from "./issue-rows";

const options = (o: Partial<Parameters<typeof readFitOptions>[0]> = {}) =>
  readFitOptions({ windowStart: "", windowEnd: "", classMap: "", components: "", ...o }).options;

describe("runFit", () => {
  it("fits the example history as docs/fitting.md shows it", () => {
    const reply = runFit({
      id: 7,
      name: "incidents.csv",
      text: EXAMPLE_INCIDENTS,
      options: options(EXAMPLE_WINDOW),
    });
    if (reply.kind !== "fitted") throw new Error(JSON.stringify(reply));
    expect(reply.id).toBe(7);
    expect(reply.fit.rows).toBe(98);
    const chosen = reply.fit.classes.map((c) => [
      c.cls,
      c.timeToFailure.chosen?.family,
      c.repair.chosen?.family,
    ]);
    expect(chosen).toEqual([
      ["controller", "exponential", "lognormal"],
      ["executor", "gamma", "lognormal"],
      ["store", "exponential", "exponential"],
    ]);
    // The documented means (4 significant digits) are those of this fit.
    const controller = reply.fit.classes[0]!;
    expect(controller.timeToFailure.chosen!.mean.value / 86_400).toBeCloseTo(18.09, 2);
    expect(controller.repair.chosen!.mean.value / 60).toBeCloseTo(26.23, 2);
    expect(reply.yaml).toContain("    mtbf: 18.09d\n");
    expect(reply.yaml).toContain("    timeToFailure: { gamma: { shape: 1.453, scale: 22.18d } }\n");
    // The same window as given, not the one taken from the data.
    expect(reply.fit.windowDefaulted).toEqual({ start: false, end: false });
  });

  it("takes the window from the data when none is given, and says so in the YAML", () => {
    const reply = runFit({ id: 1, name: "incidents.csv", text: EXAMPLE_INCIDENTS, options: options() });
    if (reply.kind !== "fitted") throw new Error(reply.kind);
    expect(reply.fit.windowDefaulted).toEqual({ start: true, end: true });
    expect(reply.yaml).toMatch(/start and end taken from the data/);
  });

  it("maps an export's names with the class map and counts silent components", () => {
    const text = [
      "Service Name,Created On,Resolved On",
      "Jenkins Prod,2026-01-01T00:00:00Z,2026-01-01T00:30:00Z",
      "Jenkins Prod,2026-01-05T00:00:00Z,2026-01-05T01:00:00Z",
      "Jenkins Prod,2026-01-12T00:00:00Z,2026-01-12T00:20:00Z",
    ].join("\n");
    const bare = runFit({ id: 1, name: "pd.csv", text, options: options() });
    expect(bare.kind).toBe("invalid");
    const reply = runFit({
      id: 2,
      name: "pd.csv",
      text,
      options: options({
        classMap: "jenkins prod=controller",
        components: "controller=3",
        windowEnd: "2026-02-01",
      }),
    });
    if (reply.kind !== "fitted") throw new Error(JSON.stringify(reply));
    const c = reply.fit.classes[0]!;
    expect(c.cls).toBe("controller");
    expect(c.history.components).toBe(3);
    // Exponential closed form: exposure / events. Up times: 4d - 30m and 7d - 1h observed; the
    // last return to service to the window end censored, and 2 silent components × 31 d.
    const day = 86_400;
    const exposure = 4 * day - 1800 + 7 * day - 3600 + (20 * day - 1200) + 2 * 31 * day;
    const exp = c.timeToFailure.candidates.find((x) => x.family === "exponential")!;
    expect(c.timeToFailure.events).toBe(2);
    expect(exp.mean.value).toBeCloseTo(exposure / 2, 3);
  });

  it("lists every bad row with its line, column, value and what is allowed", () => {
    const text = [
      "class,start,end,mode",
      "controller,2026-01-01T00:00:00Z,2026-01-01T00:10:00Z,crash",
      "controller,2026-01-0X,2026-01-02T00:10:00Z,crash",
      '"<img src=x onerror=alert(1)>",2026-01-03T00:00:00Z,2026-01-03T00:10:00Z,crash',
      "executor,2026-01-04T00:00:00Z,2026-01-03T00:00:00Z,sideways",
    ].join("\n");
    const reply = runFit({ id: 3, name: "bad.csv", text, options: options() });
    if (reply.kind !== "invalid") throw new Error(reply.kind);
    const rows = reply.issues.map(issueRow);
    expect(rows.map((r) => [r.where, r.column])).toEqual([
      ["line 3", '"start" (start)'],
      ["line 4", '"class" (class)'],
      ["line 5", '"end" (end)'],
      ["line 5", '"mode" (mode)'],
    ]);
    expect(rows[0]!.value).toBe('"2026-01-0X"');
    expect(rows[0]!.allowed).toMatch(/ISO 8601/);
    // The file's text comes back as a plain string (React renders it as text, never as markup).
    expect(rows[1]!.value).toBe('"<img src=x onerror=alert(1)>"');
    expect(rows[1]!.allowed).toContain('a Class map line "<img src=x onerror=alert(1)>=<class>"');
    expect(rows[1]!.allowed).not.toContain("--class-map");
    expect(rows[3]!.allowed).toBe("one of crash, hang, slow, or empty");
  });

  it("names a JSON record by its index, and a missing column by the file", () => {
    const json = runFit({
      id: 4,
      name: "i.json",
      text: '[{"class": "dns", "start": "soon"}]',
      options: options(),
    });
    if (json.kind !== "invalid") throw new Error(json.kind);
    expect(issueRow(json.issues[0]!)).toMatchObject({
      where: "record 0",
      column: '"start" (start)',
      value: '"soon"',
    });
    const header = runFit({ id: 5, name: "h.csv", text: "when,what\n1,2\n", options: options() });
    if (header.kind !== "invalid") throw new Error(header.kind);
    expect(issueRow(header.issues[0]!).where).not.toMatch(/^line /);
    expect(header.issues.length).toBeGreaterThan(0);
  });

  it("refuses an observation window that ends before the data's start", () => {
    const reply = runFit({
      id: 6,
      name: "incidents.csv",
      text: EXAMPLE_INCIDENTS,
      options: options({ windowEnd: "2020-01-01" }),
    });
    if (reply.kind !== "invalid") throw new Error(reply.kind);
    expect(reply.issues[0]!.path).toBe("observation window");
  });

  it("refuses a text over the lab's 5 MB limit without reading it", () => {
    const reply = runFit({
      id: 8,
      name: "big.csv",
      text: "x".repeat(MAX_INCIDENT_FILE_BYTES + 1),
      options: options(),
    });
    expect(reply).toMatchObject({
      kind: "invalid",
      issues: [{ allowed: "an incident file of at most 5 MB" }],
    });
  });

  it("reads durations in the scenario format's units", () => {
    const text = "class,start,duration\ndns,2026-01-01T00:00:00Z,1h30m\ndns,2026-01-03T00:00:00Z,45m\n";
    const reply = runFit({ id: 9, name: "d.csv", text, options: options() });
    if (reply.kind !== "fitted") throw new Error(JSON.stringify(reply));
    const repairs = reply.fit.classes[0]!.repair.observations.map((o) => o.time);
    expect(repairs).toEqual([parseDuration("45m"), parseDuration("1h30m")]);
  });
});
