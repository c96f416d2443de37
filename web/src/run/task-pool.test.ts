import type { RunResult, RunTask } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import type { EndpointEvents, TaskEndpoint } from "./endpoint";
import type { WorkerRequest } from "./protocol";
import { type PoolListener, TaskPool } from "./task-pool";
import { smallScenario } from "./test-scenario";

/** Workers the test answers by hand. */
function manualWorkers() {
  const workers: { events: EndpointEvents; sent: WorkerRequest[]; terminated: boolean }[] = [];
  const factory = (events: EndpointEvents): TaskEndpoint => {
    const worker = { events, sent: [] as WorkerRequest[], terminated: false };
    workers.push(worker);
    return {
      send: (request) => worker.sent.push(request),
      terminate: () => {
        worker.terminated = true;
      },
    };
  };
  /** Answers the last `run` request worker `w` received. */
  const answer = (w: number, kind: "result" | "failure" = "result") => {
    const worker = workers[w]!;
    const run = [...worker.sent].reverse().find((r) => r.type === "run");
    if (run?.type !== "run") throw new Error(`worker ${w} has no task`);
    const fake = { topology: "t", replication: run.task.replication } as RunResult;
    worker.events.onReply(
      kind === "result"
        ? { type: "result", job: run.job, index: run.task.index, run: fake, ms: 1 }
        : {
            type: "failure",
            job: run.job,
            index: run.task.index,
            kind: "simulation",
            message: "over budget",
          },
    );
  };
  return { workers, factory, answer };
}

function tasks(n: number): RunTask[] {
  return Array.from({ length: n }, (_, index) => ({ index, point: 0, topology: 0, replication: index }));
}

function recorder() {
  const log: string[] = [];
  const listener: PoolListener = {
    onResult: (task) => log.push(`result ${task.index}`),
    onFailure: (task, kind, message) => log.push(`failure ${task.index} ${kind} ${message}`),
    onComplete: () => log.push("complete"),
  };
  return { log, listener };
}

const context = { scenario: smallScenario(), sweep: null };

describe("TaskPool", () => {
  it("sends the job once per worker, then one task at a time, in the given order", () => {
    const { workers, factory, answer } = manualWorkers();
    const pool = new TaskPool(factory, { size: 2 });
    const { log, listener } = recorder();
    pool.run(context, tasks(3), listener);
    expect(workers.map((w) => w.sent.map((r) => (r.type === "run" ? r.task.index : "job")))).toEqual([
      ["job", 0],
      ["job", 1],
    ]);
    answer(1);
    answer(0);
    expect(workers[1]!.sent.at(-1)).toMatchObject({ type: "run", task: { index: 2 } });
    answer(1);
    expect(log).toEqual(["result 1", "result 0", "result 2", "complete"]);
  });

  it("drops the replaced job's queue and late replies, and lets short stale tasks finish", () => {
    const { workers, factory, answer } = manualWorkers();
    let clock = 0;
    const pool = new TaskPool(factory, { size: 2, now: () => clock, terminateAfterMs: 1000 });
    const first = recorder();
    pool.run(context, tasks(5), first.listener);
    clock = 300;
    const second = recorder();
    pool.run(context, tasks(2), second.listener);
    // Both workers are still busy with the old job's tasks; nothing is terminated after 300 ms.
    expect(workers.map((w) => w.terminated)).toEqual([false, false]);
    answer(0);
    // The stale reply is ignored; worker 0 gets the new job and its first task.
    expect(first.log).toEqual([]);
    expect(workers[0]!.sent.slice(-2)).toMatchObject([
      { type: "job", job: 2 },
      { type: "run", job: 2, task: { index: 0 } },
    ]);
    answer(1);
    answer(0);
    answer(1);
    expect(second.log).toEqual(["result 0", "result 1", "complete"]);
    expect(first.log).toEqual([]);
  });

  it("terminates and replaces a worker stuck in a long stale task", () => {
    const { workers, factory } = manualWorkers();
    let clock = 0;
    const pool = new TaskPool(factory, { size: 1, now: () => clock, terminateAfterMs: 1000 });
    pool.run(context, tasks(2), recorder().listener);
    clock = 5000;
    pool.run(context, tasks(1), recorder().listener);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.sent.map((r) => r.type)).toEqual(["job", "run"]);
  });

  it("ends the job at the first failure and reports it once", () => {
    const { factory, answer, workers } = manualWorkers();
    const pool = new TaskPool(factory, { size: 2 });
    const { log, listener } = recorder();
    pool.run(context, tasks(4), listener);
    answer(0, "failure");
    answer(1);
    expect(log).toEqual(["failure 0 simulation over budget"]);
    expect(workers.flatMap((w) => w.sent).filter((r) => r.type === "run")).toHaveLength(2);
  });

  it("reports a crashed worker as a defect and replaces it for the next job", () => {
    const { factory, workers } = manualWorkers();
    const pool = new TaskPool(factory, { size: 1 });
    const { log, listener } = recorder();
    pool.run(context, tasks(2), listener);
    workers[0]!.events.onCrash("out of memory");
    expect(log).toEqual(["failure 0 defect a simulation worker crashed: out of memory"]);
    pool.run(context, tasks(1), recorder().listener);
    expect(workers).toHaveLength(2);
  });

  it("completes an empty job and refuses a pool of no workers", async () => {
    const { factory } = manualWorkers();
    const pool = new TaskPool(factory, { size: 1 });
    const { log, listener } = recorder();
    pool.run(context, [], listener);
    await Promise.resolve();
    expect(log).toEqual(["complete"]);
    expect(() => new TaskPool(factory, { size: 0 })).toThrow(/whole number ≥ 1/);
  });

  it("cancel() stops reporting and dispose() terminates every worker", () => {
    const { factory, answer, workers } = manualWorkers();
    const pool = new TaskPool(factory, { size: 2 });
    const { log, listener } = recorder();
    const run = pool.run(context, tasks(4), listener);
    run.cancel();
    answer(0);
    expect(log).toEqual([]);
    pool.dispose();
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(() => pool.run(context, tasks(1), listener)).toThrow(/disposed/);
  });
});
