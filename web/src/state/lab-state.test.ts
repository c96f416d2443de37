import { libraryText } from "@resilab/scenarios";
import { describe, expect, it } from "vitest";
import type { Picture } from "../run/stream";
import { smallResult } from "../run/test-scenario";
import { canExport, initialState, type LabState, labReducer, liveRunDue, resultIsCurrent } from "./lab-state";
import { validateText } from "./validate-text";

const text = libraryText("default-comparison");

function picture(final: boolean, elapsedMs: number): Picture<ReturnType<typeof smallResult>> {
  return { result: smallResult(), replications: final ? 3 : 2, of: 3, final, elapsedMs };
}

describe("editing", () => {
  it("validates the text and keeps the last valid scenario while it has errors", () => {
    const s0 = initialState(text, "default-comparison.yaml");
    expect(s0.issues).toEqual([]);
    expect(s0.scenario?.name).toBe("default-comparison");
    const broken = labReducer(s0, { type: "edit", text: text.replace("horizon: 30d", "horizon: 30 dayz") });
    expect(broken.scenario).toBeNull();
    expect(broken.hash).toBeNull();
    expect(broken.lastValid).toBe(s0.scenario);
    expect(broken.issues).toHaveLength(1);
    expect(broken.issues[0]).toMatchObject({ path: "horizon", file: "default-comparison.yaml" });
    expect(broken.issues[0]!.line).toBe(text.split("\n").findIndex((l) => l.startsWith("horizon:")) + 1);
    const fixed = labReducer(broken, { type: "edit", text });
    expect(fixed.hash).toBe(s0.hash);
    expect(labReducer(fixed, { type: "edit", text })).toBe(fixed);
  });

  it("leaves a deferred text unchecked until its validation arrives, and drops an older text's", () => {
    const s0 = initialState(text, "d.yaml");
    const next = text.replace("seed: 20261127", "seed: 7");
    const checking = labReducer(s0, { type: "edit", text: next, deferred: true });
    expect(checking).toMatchObject({ text: next, checking: true, scenario: null, hash: null, issues: [] });
    expect(checking.lastValid).toBe(s0.scenario);
    expect(liveRunDue(checking, null)).toBe(false);
    // The answer for the text before it (typed over meanwhile) changes nothing.
    expect(labReducer(checking, { type: "validated", validation: validateText(text, "d.yaml") })).toBe(
      checking,
    );
    const done = labReducer(checking, { type: "validated", validation: validateText(next, "d.yaml") });
    expect(done.checking).toBe(false);
    expect(done.scenario?.seed).toBe(7);
    expect(done.lastValid).toBe(done.scenario);
    expect(done.hash).toBe(labReducer(s0, { type: "edit", text: next }).hash);
    const deferredStart = initialState(text, "d.yaml", true, true);
    expect(deferredStart).toMatchObject({ checking: true, scenario: null });
  });

  it("reports YAML syntax errors at their line and column", () => {
    const s = initialState("name: x\nseed: [1, 2\n", "pasted.yaml");
    expect(s.issues.length).toBeGreaterThan(0);
    expect(s.issues[0]).toMatchObject({ file: "pasted.yaml", allowed: "well-formed YAML 1.2" });
    expect(s.issues[0]!.line).toBeGreaterThanOrEqual(2);
  });
});

describe("runs", () => {
  const start = (s: LabState) =>
    labReducer(s, { type: "run-start", kind: "experiment", hash: s.hash!, total: 9 });

  it("record progress, the first picture's time and the final one's", () => {
    let s = start(initialState(text, "d.yaml"));
    s = labReducer(s, { type: "progress", done: 6, total: 9 });
    s = labReducer(s, { type: "experiment-picture", picture: picture(false, 420) });
    expect(s.run).toMatchObject({ status: "running", done: 6, firstPictureMs: 420, finishedMs: null });
    expect(resultIsCurrent(s)).toBe(true);
    expect(canExport(s)).toBe(false);
    s = labReducer(s, { type: "experiment-picture", picture: picture(true, 900) });
    expect(s.run).toMatchObject({ status: "done", firstPictureMs: 420, finishedMs: 900 });
    expect(canExport(s)).toBe(true);
    // A cancel after the end changes nothing; an edit makes the result stale.
    expect(labReducer(s, { type: "run-cancelled" }).run?.status).toBe("done");
    const edited = labReducer(s, { type: "edit", text: text.replace("seed: 20261127", "seed: 7") });
    expect(resultIsCurrent(edited)).toBe(false);
    expect(canExport(edited)).toBe(false);
  });

  it("mark cancelled and failed runs", () => {
    const s = start(initialState(text, "d.yaml"));
    expect(labReducer(s, { type: "run-cancelled" }).run?.status).toBe("cancelled");
    expect(labReducer(s, { type: "run-failed", message: "over budget" }).run).toMatchObject({
      status: "failed",
      message: "over budget",
    });
    expect(labReducer(initialState(text, "d.yaml"), { type: "progress", done: 1, total: 2 }).run).toBeNull();
  });

  it("decide when a live re-run is due", () => {
    const s = initialState(text, "d.yaml");
    expect(liveRunDue(s, null)).toBe(true);
    expect(liveRunDue(s, s.hash)).toBe(false);
    expect(liveRunDue(labReducer(s, { type: "live", on: false }), null)).toBe(false);
    expect(liveRunDue(labReducer(s, { type: "edit", text: "broken: [" }), null)).toBe(false);
    const sweeping = labReducer(s, { type: "run-start", kind: "sweep", hash: s.hash!, total: 4 });
    expect(liveRunDue(sweeping, null)).toBe(false);
  });
});
