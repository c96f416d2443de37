import { describe, expect, it } from "vitest";
import { memoryIo } from "./io/cli-io";
import { createProgress, formatEta, PROGRESS_LINE_INTERVAL_MS } from "./progress";

describe("progress on a non-terminal stderr", () => {
  it("prints a line at every tenth, with the time left", () => {
    const io = memoryIo();
    let t = 0;
    const progress = createProgress(io, "runs", false, () => t);
    for (let done = 1; done <= 20; done++) {
      t += 1000; // 1 s per run
      progress.update(done, 20);
    }
    expect(io.err).toEqual([
      "resilab: 2/20 runs (10%, eta 18s)\n",
      "resilab: 4/20 runs (20%, eta 16s)\n",
      "resilab: 6/20 runs (30%, eta 14s)\n",
      "resilab: 8/20 runs (40%, eta 12s)\n",
      "resilab: 10/20 runs (50%, eta 10s)\n",
      "resilab: 12/20 runs (60%, eta 8s)\n",
      "resilab: 14/20 runs (70%, eta 6s)\n",
      "resilab: 16/20 runs (80%, eta 4s)\n",
      "resilab: 18/20 runs (90%, eta 2s)\n",
      "resilab: 20/20 runs (100%)\n",
    ]);
  });

  it("is never silent longer than the interval when a tenth takes long (50,000 replications)", () => {
    const io = memoryIo();
    let t = 0;
    const progress = createProgress(io, "runs", false, () => t);
    for (let done = 1; done <= 1000; done++) {
      t += 100; // 1,000 runs in 100 s: a tenth of 50,000 would take 500 s
      progress.update(done, 50_000);
    }
    expect(io.err).toHaveLength(Math.floor((1000 * 100) / PROGRESS_LINE_INTERVAL_MS));
    expect(io.err[0]).toBe("resilab: 100/50000 runs (0%, eta 1h 23m)\n");
  });

  it("is silent with --quiet", () => {
    const io = memoryIo();
    const progress = createProgress(io, "runs", true, () => 0);
    progress.update(10, 10);
    expect(io.err).toEqual([]);
  });
});

describe("formatEta", () => {
  it("rounds to what a person reads", () => {
    expect(formatEta(41_600)).toBe("42s");
    expect(formatEta(200_000)).toBe("3m 20s");
    expect(formatEta(3_900_000)).toBe("1h 05m");
    expect(formatEta(-5)).toBe("0s");
  });
});
