/** docs/performance.md is rendered from the bench's lines: every figure traces to a field. */
import { describe, expect, it } from "vitest";
import { formatRate, parseBenchLines, performanceMarkdown } from "./performance-doc";

const LINES = [
  JSON.stringify({
    meta: {
      command: "pnpm --filter @resilab/bench run kernel -- --json",
      date: "2026-01-02T03:04:05Z",
      machine: { os: "Linux x64", cpu: "Test CPU", cores: 2, memoryGB: 8, node: "v20.0.0", simpy: "4.1.1" },
    },
  }),
  "resilab hold ×3...", // a stray progress line is ignored
  JSON.stringify({
    model: "hold",
    engine: "resilab",
    events: 2e6,
    seconds: 0.4,
    eventsPerSecond: 5e6,
    peakRssMB: 90.4,
  }),
  JSON.stringify({
    model: "hold",
    engine: "simpy",
    events: 2e6,
    seconds: 4,
    eventsPerSecond: 5e5,
    peakRssMB: 20,
  }),
  JSON.stringify({
    model: "mmc",
    engine: "resilab",
    events: 3e6,
    jobs: 1e6,
    seconds: 1,
    eventsPerSecond: 3e6,
    jobsPerSecond: 1e6,
    meanWait: 0.671,
    meanWaitHalfWidth: 0.02,
    erlangCWait: 0.6687,
  }),
  JSON.stringify({
    model: "mmc",
    engine: "simpy",
    events: 4e6,
    jobs: 1e6,
    seconds: 8,
    eventsPerSecond: 5e5,
    jobsPerSecond: 125000,
  }),
  JSON.stringify({
    ratios: { targets: [{ name: "hold vs SimPy", value: 10, target: "≥ 10×", met: true }] },
    load: { before: 0.5, after: 0.7, cores: 2 },
  }),
].join("\n");

describe("performance page", () => {
  const doc = parseBenchLines(LINES);
  const md = performanceMarkdown(doc, "pnpm --filter @resilab/bench run performance-doc");

  it("states the command, machine and date it was measured with", () => {
    expect(md).toContain("- **Command:** `pnpm --filter @resilab/bench run kernel -- --json`");
    expect(md).toContain("- **Machine:** Test CPU (2 cores), 8 GB, Linux x64, Node v20.0.0, SimPy 4.1.1");
    expect(md).toContain("- **Date:** 2026-01-02T03:04:05Z");
    expect(md).toContain("0.50 before, 0.70 after, on 2 cores");
  });

  it("compares jobs per second for queueing models and events per second otherwise", () => {
    expect(md).toContain(
      "| `hold` | 2,000,000 events | 5,000,000 | — | 500,000 | — | 10.00× | 90 MB | 20 MB |",
    );
    expect(md).toContain("| `mmc` | 1,000,000 jobs | 3,000,000 | 1,000,000 | 500,000 | 125,000 | 8.00× |");
    expect(md).toContain("| `mmc` | resilab | 1,000,000 | 0.671 ± 0.020 | 0.669 |");
    expect(md).toContain("| hold vs SimPy | 10 | ≥ 10× | yes |");
    expect(md).toContain("(events per job: `mmc` resilab 3.0, simpy 4.0)");
  });

  it("refuses output without model runs and says when the machine is unknown", () => {
    expect(() => parseBenchLines('{"ratios": {"targets": []}}')).toThrow("no model runs");
    const bare = parseBenchLines(LINES.split("\n").slice(1).join("\n"));
    expect(performanceMarkdown(bare, "x")).toContain("- **Machine:** not recorded");
  });

  it("formats rates with three significant digits", () => {
    expect(formatRate(1234567)).toBe("1,230,000");
    expect(formatRate(undefined)).toBe("—");
  });
});
