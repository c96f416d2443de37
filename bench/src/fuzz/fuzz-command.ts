/**
 * `pnpm --filter @resilab/bench run fuzz -- [options]`: the scenario fuzzer's long profile.
 *
 *   --minutes <m>     run for m minutes (default 5)
 *   --cases <n>       stop after n cases instead
 *   --seed <s>        first round's seed (default: from the clock, printed)
 *   --workers <n>     campaigns in parallel, one worker thread each (default 2)
 *   --budget <ms>     wall budget of one case (default 10000)
 *   --cli-every <k>   also spawn the CLI on one case in k (default 40; 0 = never)
 *   --replay <seed> [--path <p>]   check the one case a failure printed, with its CLI check
 *   --in-process      check cases in this thread (no budget; for a debugger)
 *
 * Prints cases/s while running, then every failure with its seed, path, the checks it fails,
 * whether issue 12 already lists it, and the shrunk scenario as YAML. Exit 1 when anything failed.
 */
import { parseArgs } from "node:util";
import { CaseHost } from "./case-host";
import { type CampaignStats, type FoundFailure, replayCase, runCampaign } from "./fuzz-campaign";
import type { Failure, FuzzCase } from "./fuzz-case";
import { knownDefect } from "./known-defects";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    minutes: { type: "string" },
    cases: { type: "string" },
    seed: { type: "string" },
    workers: { type: "string" },
    budget: { type: "string" },
    "cli-every": { type: "string" },
    replay: { type: "string" },
    path: { type: "string" },
    "in-process": { type: "boolean" },
  },
});

function integer(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) {
    console.error(`fuzz: --${name}: got ${JSON.stringify(text)}; allowed: a number ≥ 0`);
    process.exit(2);
  }
  return n;
}

const budgetMs = integer("budget", values.budget, 10_000);
const hostOptions = { budgetMs, inProcess: values["in-process"] === true };
const REPLAY = "pnpm --filter @resilab/bench run fuzz --";

function printFailures(failures: readonly Failure[]): void {
  for (const f of failures) console.log(`  ✗ ${f.check}\n      ${f.message}`);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: shown escaped, never sent raw to the terminal
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

function printCase(c: FuzzCase): void {
  const what =
    c.mutation === null ? "valid scenario" : `mutated: ${c.mutation.kind} at ${c.mutation.path || "(text)"}`;
  console.log(`  case (${what}):`);
  console.log(
    c.text
      .replace(/^/gm, "    | ")
      .replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`),
  );
}

function printFound(found: FoundFailure): void {
  console.log(
    `\nFAILURE (${found.known === null ? "NEW" : `looks like a fixed issue-12 defect back again — ${found.known.item}`})`,
  );
  console.log(`  replay: ${REPLAY} --replay ${found.seed} --path ${found.path}`);
  printFailures(found.failures);
  printCase(found.fuzzCase);
}

function rate(stats: CampaignStats): string {
  return (stats.cases / Math.max(1e-9, stats.elapsedMs / 1000)).toFixed(2);
}

async function replay(): Promise<number> {
  const host = new CaseHost(hostOptions);
  try {
    const seed = integer("replay", values.replay, 0);
    const { fuzzCase, outcome } = await replayCase(host, seed, values.path);
    const known = knownDefect(outcome.failures);
    console.log(
      `replay of seed ${seed}${values.path === undefined ? "" : ` path ${values.path}`}: ${outcome.loaded ? (outcome.tooHeavy ? "loaded (too heavy to run: the loader was checked)" : "loaded and ran") : "refused by the loader"} in ${outcome.ms.toFixed(0)} ms`,
    );
    if (outcome.failures.length === 0) console.log("  all checks pass");
    else
      console.log(
        `  ${known === null ? "NEW defect" : `looks like a fixed issue-12 defect back again — ${known.item}`}`,
      );
    printFailures(outcome.failures);
    printCase(fuzzCase);
    return outcome.failures.length === 0 ? 0 : 1;
  } finally {
    await host.close();
  }
}

async function campaign(): Promise<number> {
  const minutes = integer("minutes", values.minutes, 5);
  const cases = values.cases === undefined ? undefined : integer("cases", values.cases, 0);
  const seed = integer("seed", values.seed, Date.now() % 2 ** 31);
  const workers = Math.max(1, integer("workers", values.workers, 2));
  const cliEvery = integer("cli-every", values["cli-every"], 40);
  const deadline = cases === undefined ? Date.now() + minutes * 60_000 : undefined;
  console.log(
    `fuzz: seed ${seed}, ${workers} campaign(s), ${cases === undefined ? `${minutes} min` : `${cases} cases`}, case budget ${budgetMs} ms, CLI on 1 case in ${cliEvery || "∞"}`,
  );
  const totals = new Map<number, CampaignStats>();
  const hosts = Array.from({ length: workers }, () => new CaseHost(hostOptions));
  const progress = () => {
    const all = [...totals.values()];
    const n = all.reduce((a, s) => a + s.cases, 0);
    const elapsed = Math.max(...all.map((s) => s.elapsedMs), 1);
    const found = all.reduce((a, s) => a + s.found.length, 0);
    console.log(`  ${n} cases, ${(n / (elapsed / 1000)).toFixed(2)} cases/s, ${found} failure(s)`);
  };
  let lastPrint = Date.now();
  try {
    const results = await Promise.all(
      hosts.map((host, i) =>
        runCampaign({
          host,
          seed: (seed + i * 1_000_003) >>> 0,
          ...(cases === undefined ? {} : { cases: Math.ceil(cases / workers) }),
          ...(deadline === undefined ? {} : { deadline }),
          cliEvery,
          onFailure: printFound,
          onProgress: (stats) => {
            totals.set(i, stats);
            if (Date.now() - lastPrint > 30_000) {
              lastPrint = Date.now();
              progress();
            }
          },
        }),
      ),
    );
    const n = results.reduce((a, s) => a + s.cases, 0);
    const elapsed = Math.max(...results.map((s) => s.elapsedMs));
    const byCheck: Record<string, number> = {};
    for (const s of results)
      for (const [k, v] of Object.entries(s.byCheck)) byCheck[k] = (byCheck[k] ?? 0) + v;
    const found = results.flatMap((s) => s.found);
    console.log(
      `\nfuzz: ${n} cases in ${(elapsed / 1000).toFixed(0)} s = ${(n / (elapsed / 1000)).toFixed(2)} cases/s (${results.map(rate).join(" + ")} per campaign)`,
    );
    console.log(
      `  loaded and run: ${results.reduce((a, s) => a + s.loaded - s.tooHeavy, 0)}; loaded, too heavy to run: ${results.reduce((a, s) => a + s.tooHeavy, 0)}; through the CLI: ${results.reduce((a, s) => a + s.cliCases, 0)}; simulated replications: ${results.reduce((a, s) => a + s.runs, 0)}; events: ${results.reduce((a, s) => a + s.events, 0)}`,
    );
    console.log(
      `  slowest case ${Math.max(...results.map((s) => s.slowestMs)).toFixed(0)} ms; peak RSS ${Math.max(...results.map((s) => s.peakRssMb)).toFixed(0)} MB`,
    );
    if (Object.keys(byCheck).length > 0) {
      console.log("  failing cases per check (before shrinking):");
      for (const [k, v] of Object.entries(byCheck).sort((a, b) => b[1] - a[1])) console.log(`    ${v}\t${k}`);
    }
    console.log(`  distinct failures: ${found.length} (${found.filter((f) => f.known === null).length} new)`);
    for (const f of found)
      console.log(
        `    ${f.known === null ? "NEW  " : "again"} ${REPLAY} --replay ${f.seed} --path ${f.path}  # ${[...new Set(f.failures.map((x) => x.check))].join("; ")}`,
      );
    return found.length === 0 ? 0 : 1;
  } finally {
    await Promise.all(hosts.map((h) => h.close()));
  }
}

process.exitCode = await (values.replay === undefined ? campaign() : replay());
