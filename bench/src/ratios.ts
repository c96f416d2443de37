import type { ModelRun } from "./models/model-run";

/** Our figures against SimPy's and against the targets of the kernel issue. */
export interface Comparison {
  /** Hold model: our events/s over SimPy's (target ≥ 10). */
  holdEventsPerSecondRatio?: number;
  /** M/M/c with failures: our jobs/s over SimPy's (target ≥ 10). */
  mmcFailJobsPerSecondRatio?: number;
  /** Plain M/M/c: our jobs/s over SimPy's. */
  mmcJobsPerSecondRatio?: number;
  /** Wall time per job with failures over without, ours (target ≤ 1.2). */
  failureCostPerJob?: number;
  /** The same for SimPy. */
  simpyFailureCostPerJob?: number;
  /** Each target and whether this run met it. */
  targets: { name: string; value: number | undefined; target: string; met: boolean | undefined }[];
}

const perJob = (r: ModelRun | undefined) => (r?.jobs ? r.seconds / r.jobs : undefined);
const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? a / b : undefined);

export function compare(ours: ModelRun[], simpy: ModelRun[]): Comparison {
  const get = (runs: ModelRun[], model: string) => runs.find((r) => r.model === model);
  const hold = get(ours, "hold");
  const fail = get(ours, "mmc-fail");
  const plain = get(ours, "mmc");
  const c: Comparison = { targets: [] };
  const set = <K extends keyof Comparison>(key: K, v: Comparison[K] | undefined) => {
    if (v !== undefined) c[key] = v;
  };
  set("holdEventsPerSecondRatio", ratio(hold?.eventsPerSecond, get(simpy, "hold")?.eventsPerSecond));
  set("mmcFailJobsPerSecondRatio", ratio(fail?.jobsPerSecond, get(simpy, "mmc-fail")?.jobsPerSecond));
  set("mmcJobsPerSecondRatio", ratio(plain?.jobsPerSecond, get(simpy, "mmc")?.jobsPerSecond));
  set("failureCostPerJob", ratio(perJob(fail), perJob(plain)));
  set("simpyFailureCostPerJob", ratio(perJob(get(simpy, "mmc-fail")), perJob(get(simpy, "mmc"))));
  const target = (name: string, value: number | undefined, text: string, ok: (v: number) => boolean) => {
    c.targets.push({ name, value, target: text, met: value === undefined ? undefined : ok(value) });
  };
  target("hold events/s", hold?.eventsPerSecond, "≥ 5,000,000", (v) => v >= 5e6);
  target("hold vs SimPy", c.holdEventsPerSecondRatio, "≥ 10×", (v) => v >= 10);
  target("mmc-fail jobs/s vs SimPy", c.mmcFailJobsPerSecondRatio, "≥ 10×", (v) => v >= 10);
  target("failure cost per job", c.failureCostPerJob, "≤ 1.2×", (v) => v <= 1.2);
  const peak = Math.max(fail?.peakRssMB ?? 0, plain?.peakRssMB ?? 0);
  target("1 M-job peak RSS (MB)", peak || undefined, "< 200", (v) => v < 200);
  return c;
}
