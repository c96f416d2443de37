import { describe, expect, it } from "vitest";
import { runSampleModel } from "./test-model";

/**
 * Non-regression: the exact event sequence of a small fixed model (arrivals, a line buffer,
 * executors that fail and give their job back). Any change to event order, tie-breaking, the
 * handover or the fingerprint itself shows here. If a change is intended, explain it in the
 * commit and update the golden values.
 */
describe("kernel golden run", () => {
  it("reproduces the pinned fingerprint", () => {
    const k = runSampleModel(42);
    expect({ fingerprint: k.fingerprint(), events: k.eventCount, end: k.now }).toEqual({
      fingerprint: "7f92248f40557b56",
      events: 1256,
      end: 251853991,
    });
  });
});
