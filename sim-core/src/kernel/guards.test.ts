import { describe, expect, it } from "vitest";
import { budgetError, ZenoWatch } from "./guards";

describe("run guards' messages", () => {
  it("the Zeno error names who loops and gives advice a scenario author can follow", () => {
    const watch = new ZenoWatch(5_000_000, 1000, 3);
    watch.record("a");
    watch.record("b");
    expect(watch.record("a")).toBe(true);
    const message = watch.error().message;
    expect(message).toContain('"a" ×2, "b" ×1');
    expect(message).toContain("t=5000000 µs (5 s)");
    // No scenario field is called zenoLimit: the advice for a scenario is to report it (and what
    // to change); only the kernel API advice names the option, as a Kernel constructor option.
    expect(message).toContain("please report it with the scenario file and seed");
    expect(message).not.toMatch(/raise zenoLimit/);
    expect(message).toContain("pass a larger zenoLimit to new Kernel()");
  });

  it("the budget error says which scenario field to change", () => {
    expect(budgetError(100, 2_000_000).message).toContain("raise eventBudget");
  });
});
