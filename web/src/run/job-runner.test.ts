import { renderHtmlReport, toJson } from "@resilab/reports";
import { type ExperimentResult, runExperiment } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { TOOL_VERSION } from "../version";
import { inProcessEndpoint } from "./endpoint";
import { createJobHost } from "./job-host";
import type { JobReply, JobRequest } from "./job-protocol";
import {
  type JobPort,
  type JobPortFactory,
  type JobRunner,
  STUCK_AFTER_MS,
  workerJobRunner,
} from "./job-runner";
import type { Picture } from "./stream";
import { smallScenario } from "./test-scenario";

/** A job "worker" in this thread: messages are structured-cloned and delivered a macrotask later. */
function inProcessJobPort(options: { ignoreCancel?: boolean } = {}): {
  factory: JobPortFactory;
  created: { terminated: boolean; requests: JobRequest[] }[];
} {
  const created: { terminated: boolean; requests: JobRequest[] }[] = [];
  const factory: JobPortFactory = (onReply) => {
    const record = { terminated: false, requests: [] as JobRequest[] };
    created.push(record);
    // Set once a cancel is ignored: the worker is busy (in a long summary) and answers nothing more,
    // so the next job can only run on a replacement, however fast this machine is.
    let stuck = false;
    const host = createJobHost(inProcessEndpoint, (reply: JobReply) => {
      if (!record.terminated) setTimeout(() => !record.terminated && onReply(structuredClone(reply)), 0);
    });
    const port: JobPort = {
      post(request) {
        record.requests.push(request);
        // A worker stuck in a long summary never gets to answer the cancel.
        if (request.type === "cancel" && options.ignoreCancel === true) stuck = true;
        if (stuck) return;
        setTimeout(() => !record.terminated && host(structuredClone(request)), 0);
      },
      terminate() {
        record.terminated = true;
      },
    };
    return port;
  };
  return { factory, created };
}

function finalPicture(runner: JobRunner, scenario = smallScenario()) {
  return new Promise<{ picture: Picture<ExperimentResult>; pictures: number; progress: number[] }>(
    (resolve, reject) => {
      let pictures = 0;
      const progress: number[] = [];
      runner.experiment(scenario, {
        onProgress: (done) => progress.push(done),
        onPicture(picture) {
          pictures++;
          if (picture.final) resolve({ picture, pictures, progress });
        },
        onError: (failure) => reject(new Error(failure.message)),
      });
    },
  );
}

describe("the job worker runner", () => {
  it("streams pictures with replication 0's runs only and exports the CLI's bytes from the full result", async () => {
    const { factory } = inProcessJobPort();
    const runner = workerJobRunner(factory, 2);
    const scenario = smallScenario();
    const expected = runExperiment(scenario, { toolVersion: TOOL_VERSION });
    const { picture, progress } = await finalPicture(runner, scenario);
    expect(picture.result.runs.map((r) => r.replication)).toEqual([0, 0, 0]);
    expect({ ...picture.result, runs: [] }).toEqual({ ...expected, runs: [] });
    // Progress is throttled but always ends with the total.
    expect(progress.at(-1)).toBe(9);
    expect(await runner.exportFinal("experiment", "json")).toEqual({ job: 1, text: toJson(expected) });
    expect((await runner.exportFinal("experiment", "html"))?.text).toBe(renderHtmlReport(expected));
    expect(await runner.exportFinal("sweep", "json")).toBeNull();
    runner.dispose();
  });

  it("a cancelled job says nothing more; a job worker that does not confirm is replaced and the next job still runs", async () => {
    const { factory, created } = inProcessJobPort({ ignoreCancel: true });
    const runner = workerJobRunner(factory, 1);
    let late = 0;
    const first = runner.experiment(smallScenario(), {
      onPicture: () => late++,
      onError: () => late++,
    });
    first.cancel();
    const started = performance.now();
    const { picture } = await finalPicture(runner);
    expect(picture.final).toBe(true);
    expect(late).toBe(0);
    expect(created.length).toBe(2);
    expect(created[0]!.terminated).toBe(true);
    // The second job was re-sent to the fresh worker once the first one missed the deadline.
    expect(performance.now() - started).toBeGreaterThanOrEqual(STUCK_AFTER_MS - 50);
    expect(created[1]!.requests.map((r) => r.type)).toEqual(["start"]);
    runner.dispose();
  });
});
