import type { IncidentTimelineData } from "@resilab/reports";
import type { IncidentRecord } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import {
  clockLabels,
  pickPipelines,
  SPAN_COLOR,
  sampledPipelineWindow,
  timelineLayout,
} from "./timeline-layout";

function incident(at: number, recovery: number | null, serviceImpact: boolean): IncidentRecord {
  return {
    component: "controller-0",
    componentClass: "controller",
    mode: "crash",
    cause: "stochastic",
    at,
    detection: 5,
    recovery,
    blastPipelines: 3,
    blastTeams: 1,
    workLost: 0,
    serviceImpact,
  };
}

const data: IncidentTimelineData = {
  horizon: 86_400,
  lanes: [
    {
      name: "single",
      incidents: [incident(3600, 1800, true), incident(40_000, 600, false), incident(80_000, null, true)],
      pipelines: [
        {
          id: 1,
          team: 0,
          triggeredAt: 3500,
          finishedAt: 6000,
          outcome: "succeeded",
          restarts: 1,
          attempts: [
            [0, 3500, 3700, "ok"],
            [1, 3700, 3800, "interrupted"],
            [1, 5500, 6000, "ok"],
          ],
        },
      ],
    },
    { name: "active-passive", incidents: [incident(3600, 30, true)], pipelines: [] },
  ],
};

describe("timelineLayout", () => {
  it("draws every incident of the whole run, full height when the service was down", () => {
    const layout = timelineLayout(data, [0, 86_400], 800);
    const [single, ap] = layout.lanes;
    expect(single!.spans.map((s) => s.fill)).toEqual([
      SPAN_COLOR.down,
      SPAN_COLOR.degraded,
      SPAN_COLOR.unrecovered,
    ]);
    expect(single!.spans[1]!.height).toBe(single!.spans[0]!.height / 2);
    // The unrecovered failure is shaded to the end of the run.
    expect(single!.spans[2]!.x + single!.spans[2]!.width).toBeCloseTo(layout.plot.right, 6);
    expect(ap!.y).toBe(single!.y + single!.height);
    expect(layout.unitLabel).toBe("hours");
    expect(single!.spans[0]!.title).toMatch(
      /recovered after 30 min; 3 pipelines and 1 teams affected; the service was down/,
    );
  });

  it("zooms: only what overlaps the window, on a finer axis, with pipelines on request", () => {
    const layout = timelineLayout(data, [3000, 7000], 800, { pipelines: true });
    const single = layout.lanes[0]!;
    expect(single.incidentCount).toBe(1);
    expect(layout.unitLabel).toBe("minutes");
    expect(single.pipelines).toHaveLength(1);
    expect(single.pipelines[0]!.attempts.map((a) => a.fill)).toEqual(["#009E73", "#CC79A7", "#009E73"]);
    // One hour of recovery takes about half of the 4000 s window.
    expect(single.spans[0]!.width / (layout.plot.right - layout.plot.left)).toBeCloseTo(1800 / 4000, 3);
    expect(layout.lanes[1]!.pipelines).toEqual([]);
    expect(layout.ticks.length).toBeGreaterThan(3);
  });

  it("keeps a span that starts before the window clipped at its left edge, without a marker", () => {
    const layout = timelineLayout(data, [4000, 5000], 800);
    const single = layout.lanes[0]!;
    expect(single.spans[0]!.x).toBe(layout.plot.left);
    expect(single.markers).toEqual([]);
  });
});

describe("pickPipelines", () => {
  const pipe = (id: number, triggeredAt: number, finishedAt: number) => ({
    id,
    team: 0,
    triggeredAt,
    finishedAt,
    outcome: "succeeded" as const,
    restarts: 0,
    attempts: [],
  });
  it("prefers the pipelines a failure hit, then others spread over the window, in trigger order", () => {
    const pipes = [pipe(1, 0, 100), pipe(2, 200, 300), pipe(3, 1000, 1500), pipe(4, 5000, 5100)];
    const picked = pickPipelines(pipes, [incident(1200, 100, true)], [0, 10_000], 10_000, 2);
    expect(picked.map((p) => p.id)).toEqual([1, 3]);
    expect(pickPipelines(pipes, [], [150, 1100], 10_000, 5).map((p) => p.id)).toEqual([2, 3]);
    const many = Array.from({ length: 100 }, (_, i) => pipe(i, i * 100, i * 100 + 50));
    expect(pickPipelines(many, [], [0, 10_000], 10_000, 4).map((p) => p.id)).toEqual([0, 25, 50, 75]);
  });

  it("finds the stretch with sampled pipelines", () => {
    expect(sampledPipelineWindow(data)).toEqual([3500, 6000]);
    expect(sampledPipelineWindow({ horizon: 10, lanes: [] })).toBeNull();
  });

  it("labels ticks zoomed to minutes with the day and time of day, not minutes since the start", () => {
    // 12,394 min from the start is day 9, 14:34.
    expect(clockLabels([743_640, 744_240, 744_840], 600)).toEqual(["day 9 14:34", "14:44", "14:54"]);
    expect(clockLabels([86_340, 86_400], 60)).toEqual(["day 1 23:59", "day 2 00:00"]);
    expect(clockLabels([30, 45], 15)).toEqual(["day 1 00:00:30", "00:00:45"]);
  });
});
