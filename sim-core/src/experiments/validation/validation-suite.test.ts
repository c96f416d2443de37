import { describe, expect, it } from "vitest";
import { restartFromScratch, resumeAtStages } from "./queue-and-work-cases";
import { agrees, runValidationCase, VALIDATION_CASES } from "./validation-suite";

describe("the CI/CD model against closed forms (quick profile)", () => {
  for (const c of VALIDATION_CASES) {
    it(`${c.id}: ${c.title}`, () => {
      const outcome = runValidationCase(c, "quick");
      expect(outcome.estimate.n).toBeGreaterThanOrEqual(8);
      expect(
        outcome.pass,
        `expected ${c.expected}, simulated ${outcome.estimate.mean} ± ${outcome.estimate.halfWidth}`,
      ).toBe(true);
      // The check can fail: an answer 10 % off is always rejected.
      expect(agrees(c.expected * 1.1, outcome.estimate, c.relativeFloor ?? 0.01)).toBe(false);
      // Little's law holds on every run of the model.
      expect(outcome.littleError).toBeLessThan(0.01);
    });
  }

  it("tells restart-from-scratch from resume-at-stages", () => {
    const restart = runValidationCase(restartFromScratch, "quick");
    expect(agrees(resumeAtStages.expected, restart.estimate, 0.01)).toBe(false);
  });
});

describe("agrees", () => {
  const interval = { mean: 100, halfWidth: 2, lower: 98, upper: 102, n: 10, level: 0.95 };
  it("accepts a value inside the interval or within the relative floor", () => {
    expect(agrees(101.5, interval, 0)).toBe(true);
    expect(agrees(103, interval, 0.05)).toBe(true);
  });
  it("rejects a value outside both", () => {
    expect(agrees(103, interval, 0.01)).toBe(false);
  });
});
