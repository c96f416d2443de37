/** `validate`: the simulator against closed forms, one case per worker job. */
import { VALIDATION_CASES } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { EXIT } from "../errors";
import { runInProcess } from "./test-run";
import { validationTable } from "./validate-command";

describe("resilab validate", () => {
  it("runs every case on worker threads and prints one row per case", async () => {
    const { code, out, err } = await runInProcess([
      "validate",
      "--profile",
      "quick",
      "--workers",
      "2",
      "--quiet",
    ]);
    expect(err).toBe("");
    expect(code).toBe(EXIT.ok);
    for (const c of VALIDATION_CASES) expect(out).toContain(c.title);
    expect(out).toContain(
      `${VALIDATION_CASES.length} of ${VALIDATION_CASES.length} checks agree with their closed form.`,
    );
  });

  it("marks a failing case", () => {
    const estimate = { mean: 2, halfWidth: 0.1, lower: 1.9, upper: 2.1, n: 8, level: 0.95 };
    const outcome = {
      id: "x",
      title: "A check",
      reference: "§0",
      unit: "s",
      expected: 1,
      estimate,
      relativeError: 1,
      littleError: 0,
      pass: false,
    };
    expect(validationTable([outcome])).toContain("✗ FAIL  A check");
  });

  it("rejects an unknown profile", async () => {
    const { code, err } = await runInProcess(["validate", "--profile", "slow"]);
    expect(code).toBe(EXIT.badInput);
    expect(err).toContain('--profile: got "slow"; allowed: "quick" or "full"');
  });
});
