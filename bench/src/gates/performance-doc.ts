/**
 * docs/performance.md from the kernel bench's JSON Lines (`kernel -- --json`): one object per
 * model run (`{model, engine, events, seconds, eventsPerSecond, jobsPerSecond?, peakRssMB, …}`),
 * an optional `{engine, skipped}` note, and a final `{ratios: {targets: […]}, load}` line. The
 * recorded file starts with a `{meta: {command, date, machine}}` line written by the generator,
 * so the page states where and when the numbers were measured. No number is typed by hand.
 */

/** One model run as the kernel bench prints it (fields this page uses). */
export interface BenchRun {
  model: string;
  engine: string;
  events: number;
  seconds: number;
  eventsPerSecond: number;
  jobs?: number;
  jobsPerSecond?: number;
  peakRssMB?: number;
  runs?: number;
  meanWait?: number;
  meanWaitHalfWidth?: number;
  erlangCWait?: number;
}

/** Where and how the numbers were measured. */
export interface BenchMeta {
  command: string;
  /** ISO date and time of the measurement. */
  date: string;
  machine: {
    os: string;
    cpu: string;
    cores: number;
    memoryGB: number;
    node: string;
    python?: string;
    simpy?: string;
  };
}

/** A parsed bench output. */
export interface BenchDocument {
  meta: BenchMeta | null;
  runs: BenchRun[];
  notes: string[];
  targets: { name: string; value?: number; target: string; met?: boolean }[];
  load: { before: number; after: number; cores: number } | null;
}

/** Parses the JSON Lines (a leading meta line optional); unknown lines are ignored. */
export function parseBenchLines(text: string): BenchDocument {
  const doc: BenchDocument = { meta: null, runs: [], notes: [], targets: [], load: null };
  for (const line of text.split("\n")) {
    if (line.trim() === "" || !line.trim().startsWith("{")) continue;
    const o = JSON.parse(line) as Record<string, unknown>;
    if (o.meta !== undefined) doc.meta = o.meta as BenchMeta;
    else if (typeof o.skipped === "string") doc.notes.push(o.skipped);
    else if (o.ratios !== undefined) {
      const ratios = o.ratios as { targets?: BenchDocument["targets"] };
      doc.targets = ratios.targets ?? [];
      doc.load = (o.load as BenchDocument["load"]) ?? null;
    } else if (typeof o.model === "string" && typeof o.engine === "string")
      doc.runs.push(o as unknown as BenchRun);
  }
  if (doc.runs.length === 0) throw new Error("no model runs in the kernel bench output");
  return doc;
}

/** A rate with thousands separators and 3 significant digits ("1,230,000"). */
export function formatRate(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return "—";
  return Number(x.toPrecision(3)).toLocaleString("en-US");
}

const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}×` : "—";

/** What each model is, for readers of the page. */
export const MODEL_NOTES: Record<string, string> = {
  hold: "the classic event-list benchmark: 1,000 processes, each holding again and again for a uniform delay",
  mmc: "M/M/10 at ρ = 0.9: Poisson arrivals into a line buffer served by 10 executor processes (checked against Erlang C)",
  "mmc-fail":
    "the same with executor failures and repairs: an interrupted job goes back to the head of the line",
  "fleet-year":
    "Resilab's CI/CD model: one simulated year of 50 controllers, 500 executors, 2,000 pipelines a day (no SimPy version)",
};

function engines(runs: BenchRun[]): string[] {
  const all = [...new Set(runs.map((r) => r.engine))];
  return ["resilab", ...all.filter((e) => e !== "resilab").sort()].filter((e) => all.includes(e));
}

/** " (events per job: mmc resilab 3.0, simpy 4.0; …)" from the runs that count jobs, or "". */
function perJob(runs: BenchRun[], models: string[], names: string[]): string {
  const parts = models.flatMap((model) => {
    const counted = names
      .map((e) => runs.find((r) => r.model === model && r.engine === e))
      .filter((r): r is BenchRun => r?.jobs !== undefined && r.jobs > 0);
    if (counted.length < 2) return [];
    return [
      `\`${model}\` ${counted.map((r) => `${r.engine} ${(r.events / r.jobs!).toFixed(1)}`).join(", ")}`,
    ];
  });
  return parts.length === 0 ? "" : ` (events per job: ${parts.join("; ")})`;
}

/** The Markdown page. */
export function performanceMarkdown(doc: BenchDocument, regenerate: string): string {
  const names = engines(doc.runs);
  const peers = names.filter((e) => e !== "resilab");
  const models = [...new Set(doc.runs.map((r) => r.model))];
  const get = (model: string, engine: string) =>
    doc.runs.find((r) => r.model === model && r.engine === engine);
  const header = [
    "Model",
    "Work (resilab)",
    ...names.flatMap((e) => [`${e} events/s`, `${e} jobs/s`]),
    ...peers.map((p) => `resilab ÷ ${p} (jobs/s, else events/s)`),
    ...names.map((e) => `${e} peak RSS`),
  ];
  const rows = models.map((model) => {
    const ours = get(model, "resilab");
    const work =
      ours === undefined
        ? "—"
        : ours.jobs !== undefined
          ? `${formatRate(ours.jobs)} jobs`
          : `${formatRate(ours.events)} events`;
    return [
      `\`${model}\``,
      work,
      ...names.flatMap((e) => [
        formatRate(get(model, e)?.eventsPerSecond),
        formatRate(get(model, e)?.jobsPerSecond),
      ]),
      ...peers.map((p) => {
        const peer = get(model, p);
        return ours?.jobsPerSecond !== undefined
          ? ratio(ours.jobsPerSecond, peer?.jobsPerSecond)
          : ratio(ours?.eventsPerSecond, peer?.eventsPerSecond);
      }),
      ...names.map((e) => {
        const mb = get(model, e)?.peakRssMB;
        return mb === undefined ? "—" : `${Math.round(mb)} MB`;
      }),
    ];
  });
  const table = (head: string[], body: string[][]) =>
    [
      `| ${head.join(" | ")} |`,
      `| ${head.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`,
      ...body.map((r) => `| ${r.join(" | ")} |`),
    ].join("\n");
  const m = doc.meta;
  const machine = m
    ? `${m.machine.cpu} (${m.machine.cores} cores), ${m.machine.memoryGB} GB, ${m.machine.os}, Node ${m.machine.node}` +
      (m.machine.python ? `, ${m.machine.python}` : "") +
      (m.machine.simpy ? `, SimPy ${m.machine.simpy}` : "")
    : "not recorded";
  const parts = [
    "# Performance: Resilab against SimPy",
    `<!-- Generated by \`${regenerate}\` from the kernel bench's JSON output; do not edit by hand. -->`,
    "The same models written for each engine in its own idiom (`bench/src/models/*.ts` and " +
      "`bench/simpy/kernel_models.py`), each run in a fresh process, with the same parameters and " +
      "separate named random streams. Wall-clock throughput of the simulation only (no start-up).",
    [
      `- **Command:** \`${m?.command ?? "unknown"}\``,
      `- **Machine:** ${machine}`,
      `- **Date:** ${m?.date ?? "unknown"}`,
      doc.load
        ? `- **Load average (1 min):** ${doc.load.before.toFixed(2)} before, ${doc.load.after.toFixed(2)} after, on ${doc.load.cores} cores (other work on the machine lowers every figure)`
        : "",
    ]
      .filter((l) => l !== "")
      .join("\n"),
    "## Throughput",
    table(header, rows),
    `Events are counted by each engine its own way${perJob(doc.runs, models, names)}, so for the ` +
      "queueing models the fair comparison is jobs per second: the same work done; elsewhere it is " +
      "events per second.",
    models
      .filter((model) => MODEL_NOTES[model] !== undefined)
      .map((model) => `- \`${model}\`: ${MODEL_NOTES[model]}.`)
      .join("\n"),
  ];
  const waits = models
    .flatMap((model) => names.map((e) => get(model, e)))
    .filter((r): r is BenchRun => r?.meanWait !== undefined);
  if (waits.length > 0) {
    parts.push(
      "## Same answers",
      "The queueing models' mean wait in the line buffer (95 % interval from 20 batch means); " +
        "without failures it should agree with Erlang C.",
      table(
        ["Model", "Engine", "Jobs", "Mean wait (s)", "Erlang C (s)"],
        waits.map((r) => [
          `\`${r.model}\``,
          r.engine,
          formatRate(r.jobs),
          `${r.meanWait!.toFixed(3)} ± ${(r.meanWaitHalfWidth ?? Number.NaN).toFixed(3)}`,
          r.erlangCWait === undefined || r.model !== "mmc" ? "—" : r.erlangCWait.toFixed(3),
        ]),
      ),
    );
  }
  if (doc.targets.length > 0) {
    parts.push(
      "## Targets",
      table(
        ["Target", "Measured", "Wanted", "Met"],
        doc.targets.map((t) => [
          t.name,
          t.value === undefined ? "—" : Number(t.value.toPrecision(3)).toLocaleString("en-US"),
          t.target,
          t.met === undefined ? "—" : t.met ? "yes" : "**no**",
        ]),
      ),
    );
  }
  if (doc.notes.length > 0) parts.push("## Notes", doc.notes.map((n) => `- ${n}`).join("\n"));
  parts.push(
    "## Reproduce",
    `\`${m?.command ?? "pnpm --filter @resilab/bench run kernel -- --json"}\` prints the raw lines; ` +
      `\`${regenerate}\` runs it, stores them in \`bench/results/kernel-bench.jsonl\` with the machine and ` +
      "date, and rewrites this page (`-- --from <file.jsonl>` rewrites it from a stored run). SimPy is " +
      "Debian's `python3-simpy3`, run by `/usr/bin/python3`.",
  );
  return `${parts.join("\n\n")}\n`;
}
