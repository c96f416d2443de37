import type { ModelRun } from "./models/model-run";
import type { Comparison } from "./ratios";

const fmt = (v: number | undefined, digits = 0) =>
  v === undefined
    ? "–"
    : v.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Prints the benchmark as a readable table on stdout. */
export function printTable(
  ours: ModelRun[],
  simpy: ModelRun[],
  c: Comparison,
  simpyNote: string | undefined,
  load: { before: number; after: number; cores: number },
): void {
  const rows = [...ours, ...simpy].map((r) => [
    r.engine,
    r.model,
    fmt(r.events),
    fmt(r.jobs),
    fmt(r.seconds, 3),
    fmt(r.eventsPerSecond),
    fmt(r.jobsPerSecond),
    r.meanWait === undefined ? "–" : `${fmt(r.meanWait, 4)} ± ${fmt(r.meanWaitHalfWidth, 4)}`,
    fmt(r.erlangCWait, 4),
    fmt(r.peakRssMB, 1),
  ]);
  const head = [
    "engine",
    "model",
    "events",
    "jobs",
    "wall s",
    "events/s",
    "jobs/s",
    "mean wait s (95% CI)",
    "Erlang C",
    "peak RSS MB",
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((s, i) => (i < 2 ? s.padEnd(widths[i]!) : s.padStart(widths[i]!))).join("  ");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
  if (simpyNote !== undefined) console.log(`\n${simpyNote}`);
  console.log("");
  const ratios: [string, number | undefined][] = [
    ["hold events/s, ours / SimPy", c.holdEventsPerSecondRatio],
    ["mmc-fail jobs/s, ours / SimPy", c.mmcFailJobsPerSecondRatio],
    ["mmc jobs/s, ours / SimPy", c.mmcJobsPerSecondRatio],
    ["failure cost per job, ours (mmc-fail / mmc)", c.failureCostPerJob],
    ["failure cost per job, SimPy", c.simpyFailureCostPerJob],
  ];
  for (const [name, v] of ratios) console.log(`${name.padEnd(46)} ${fmt(v, 2)}`);
  const fleet = ours.find((r) => r.model === "fleet-year");
  if (fleet !== undefined) {
    console.log(
      `fleet-year: ${fmt(fleet.pipelines)} pipelines, ${fmt(fleet.incidents)} incidents in one simulated year: ` +
        `${fmt(fleet.seconds, 2)} s (target ≤ 5 s), peak ${fmt(fleet.peakRssMB, 0)} MB (target ≤ 300 MB); ` +
        `faults-off twin ${fmt(fleet.twinSeconds, 2)} s = ${fmt(fleet.twinRatio, 2)}× the faulted run (target ≤ 1)`,
    );
  }
  console.log("");
  console.log(
    `load average ${fmt(load.before, 2)} → ${fmt(load.after, 2)} on ${load.cores} cores (ratios need a quiet machine)`,
  );
  for (const t of c.targets) {
    const verdict = t.met === undefined ? "n/a" : t.met ? "met" : "MISSED";
    console.log(
      `target ${t.name.padEnd(28)} ${t.target.padEnd(12)} ${fmt(t.value, 2).padStart(14)}  ${verdict}`,
    );
  }
}
