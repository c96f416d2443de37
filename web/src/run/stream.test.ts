import { toJson } from "@resilab/reports";
import {
  type ExperimentResult,
  planSweep,
  runExperiment,
  runTask,
  type SweepResult,
  type SweepSpec,
  scenarioAtPoint,
  summarizeSweep,
} from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { TOOL_VERSION } from "../version";
import { type EndpointEvents, inProcessEndpoint, type TaskEndpoint } from "./endpoint";
import { type Picture, type StreamFailure, streamExperiment, streamSweep } from "./stream";
import { TaskPool } from "./task-pool";
import { smallScenario } from "./test-scenario";

/** In-process workers whose replies come back after uneven delays, so results arrive out of order. */
function jumbledEndpoint(events: EndpointEvents): TaskEndpoint {
  return inProcessEndpoint({
    onReply: (reply) => setTimeout(() => events.onReply(reply), (reply.index * 7) % 11),
    onCrash: events.onCrash,
  });
}

function collect<R>(start: (callbacks: Parameters<typeof streamExperiment>[2]) => unknown) {
  return new Promise<{ pictures: Picture<R>[]; progress: number[] }>((resolve, reject) => {
    const pictures: Picture<R>[] = [];
    const progress: number[] = [];
    start({
      onProgress: (done) => progress.push(done),
      onPicture: (p) => {
        pictures.push(p as unknown as Picture<R>);
        if (p.final) resolve({ pictures, progress });
      },
      onError: (f: StreamFailure) => reject(new Error(f.message)),
    });
  });
}

describe("streamExperiment through the worker code path", () => {
  it("gives a final result byte-identical to runExperiment (the CLI's path), whatever the completion order", async () => {
    const scenario = smallScenario();
    const pool = new TaskPool(jumbledEndpoint, { size: 3 });
    const { pictures, progress } = await collect<ExperimentResult>((cb) =>
      streamExperiment(pool, scenario, cb, { minIntervalMs: 0 }),
    );
    pool.dispose();
    const final = pictures.at(-1)!;
    expect(final.final).toBe(true);
    expect(final.replications).toBe(3);
    expect(toJson(final.result)).toBe(toJson(runExperiment(scenario, { toolVersion: TOOL_VERSION })));
    expect(progress).toEqual(Array.from({ length: 9 }, (_, i) => i + 1));
  });

  it("streams a first complete picture that is exactly the 2-replication experiment", async () => {
    const scenario = smallScenario();
    const pool = new TaskPool(inProcessEndpoint, { size: 2 });
    const { pictures } = await collect<ExperimentResult>((cb) =>
      streamExperiment(pool, scenario, cb, { minIntervalMs: 0 }),
    );
    pool.dispose();
    expect(pictures.map((p) => [p.replications, p.final])).toEqual([
      [2, false],
      [3, true],
    ]);
    const first = pictures[0]!.result;
    expect(first.topologies.map((t) => t.topology)).toEqual(scenario.topologies.map((t) => t.preset));
    expect(toJson(first)).toBe(
      toJson(runExperiment({ ...scenario, replications: 2 }, { toolVersion: TOOL_VERSION })),
    );
  });

  it("holds intermediate pictures back for minIntervalMs but never the final one", async () => {
    const scenario = smallScenario({ replications: 4 });
    const pool = new TaskPool(inProcessEndpoint, { size: 2 });
    const clock = 0;
    const { pictures } = await collect<ExperimentResult>((cb) =>
      streamExperiment(pool, scenario, cb, { minIntervalMs: 1000, now: () => clock }),
    );
    pool.dispose();
    // The clock never advances: after the first picture only the final one may come.
    expect(pictures.map((p) => p.replications)).toEqual([2, 4]);
  });
});

describe("streamSweep", () => {
  it("matches summarizeSweep over runs computed in this thread", async () => {
    const scenario = smallScenario({ replications: 2 });
    const sweep: SweepSpec = { parameter: "faults.controller.mttr", values: [600, 3600] };
    const pool = new TaskPool(jumbledEndpoint, { size: 2 });
    const { pictures } = await collect<SweepResult>((cb) =>
      streamSweep(pool, scenario, sweep, cb as never, { minIntervalMs: 0 }),
    );
    pool.dispose();
    const runs = planSweep(scenario, sweep).map((task) => ({
      point: task.point,
      run: runTask(scenarioAtPoint(scenario, sweep, task.point), task),
    }));
    expect(toJson(pictures.at(-1)!.result)).toBe(toJson(summarizeSweep(scenario, sweep, runs, TOOL_VERSION)));
  });

  it("reports a sweep over a field that is not numeric as a validation failure", async () => {
    const scenario = smallScenario({ replications: 1 });
    const pool = new TaskPool(inProcessEndpoint, { size: 1 });
    expect(() =>
      streamSweep(pool, scenario, { parameter: "name", values: [1] }, { onPicture() {}, onError() {} }),
    ).toThrow(/numeric field/);
    pool.dispose();
  });
});
