/**
 * A fuzzing campaign: rounds of fast-check runs (one seed per round) over the fuzz cases until a
 * case count or a deadline is reached. A failing case is shrunk — only towards cases failing the
 * same check, within a time limit — and recorded with the seed and path that replay it; the
 * campaign then goes on with the next round, so one defect does not hide the others.
 */
import fc from "fast-check";
import type { CaseHost, HostedOutcome } from "./case-host";
import { checkCli } from "./cli-sample";
import type { Failure, FuzzCase } from "./fuzz-case";
import { fuzzCase } from "./fuzz-cases";
import { type KnownDefect, knownDefect } from "./known-defects";

/** A failure found, shrunk and replayable. */
export interface FoundFailure {
  /** fast-check seed and path of the shrunk case: `fuzz -- --replay <seed> --path <path>`. */
  seed: number;
  path: string;
  failures: Failure[];
  fuzzCase: FuzzCase;
  known: KnownDefect | null;
}

export interface CampaignStats {
  cases: number;
  /** Cases the loader accepted (and that were run). */
  loaded: number;
  /** Mutated cases accepted but too heavy to run (loader checked only). */
  tooHeavy: number;
  /** Cases also run through the CLI (exit codes, 1 vs 2 workers). */
  cliCases: number;
  runs: number;
  events: number;
  slowestMs: number;
  elapsedMs: number;
  peakRssMb: number;
  /** Failing cases (before shrinking) per check label. */
  byCheck: Record<string, number>;
  found: FoundFailure[];
}

export interface CampaignOptions {
  host: CaseHost;
  /** Seed of the first round; round r uses seed + r. */
  seed: number;
  /** Stop after this many cases (default: unbounded). */
  cases?: number;
  /** Stop at this time (ms since epoch; default: unbounded). */
  deadline?: number;
  /** Cases per round (one fast-check run); default 50. */
  roundSize?: number;
  /** Time allowed for shrinking one failure (ms); default 120,000. */
  shrinkMs?: number;
  /** Spawn the CLI on one case in `cliEvery` (by a hash of its text); 0 = never; default 0. */
  cliEvery?: number;
  /** Stop after this many distinct failures; default 20. */
  maxFailures?: number;
  arbitrary?: fc.Arbitrary<FuzzCase>;
  onFailure?: (found: FoundFailure) => void;
  onProgress?: (stats: CampaignStats) => void;
}

function textHash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Checks one case: in the host, then (for a sampled case) through the CLI. */
export async function checkOne(
  host: CaseHost,
  c: FuzzCase,
  cliEvery: number,
): Promise<HostedOutcome & { cli: boolean }> {
  const outcome = await host.run(c);
  const sampled = cliEvery > 0 && textHash(c.text) % cliEvery === 0;
  const crashed = outcome.failures.some((f) => /^(worker crashed|time bounded|memory bounded)/.test(f.check));
  if (!sampled || crashed) return { ...outcome, cli: false };
  const cli = await checkCli(c.text, outcome.loaded, { dryRun: outcome.tooHeavy });
  return { ...outcome, failures: [...outcome.failures, ...cli], cli: true };
}

/** Runs the campaign; resolves with its statistics and every failure found. */
export async function runCampaign(options: CampaignOptions): Promise<CampaignStats> {
  const started = Date.now();
  const stats: CampaignStats = {
    cases: 0,
    loaded: 0,
    tooHeavy: 0,
    cliCases: 0,
    runs: 0,
    events: 0,
    slowestMs: 0,
    elapsedMs: 0,
    peakRssMb: 0,
    byCheck: {},
    found: [],
  };
  const seen = new Set<string>();
  const roundSize = options.roundSize ?? 50;
  const shrinkMs = options.shrinkMs ?? 120_000;
  const maxFailures = options.maxFailures ?? 20;
  const arbitrary = options.arbitrary ?? fuzzCase;
  const timeLeft = () => (options.deadline ?? Number.POSITIVE_INFINITY) - Date.now();
  for (let round = 0; ; round++) {
    const remaining = (options.cases ?? Number.POSITIVE_INFINITY) - stats.cases;
    if (remaining <= 0 || timeLeft() <= 0 || stats.found.length >= maxFailures) break;
    // While shrinking, only cases failing one of the first failure's checks count as failing.
    let target: Set<string> | null = null;
    let shrinkDeadline = Number.POSITIVE_INFINITY;
    let last: { c: FuzzCase; failures: Failure[] } | null = null;
    const seed = (options.seed + round) >>> 0;
    const property = fc.asyncProperty(arbitrary, async (c) => {
      if (target === null && timeLeft() <= 0) return; // the deadline passed mid-round
      if (target !== null && Date.now() > shrinkDeadline) return; // stop shrinking
      const outcome = await checkOne(options.host, c, options.cliEvery ?? 0);
      if (target === null) {
        stats.cases++;
        if (outcome.loaded) stats.loaded++;
        if (outcome.tooHeavy) stats.tooHeavy++;
        if (outcome.cli) stats.cliCases++;
        stats.runs += outcome.runs;
        stats.events += outcome.events;
        stats.slowestMs = Math.max(stats.slowestMs, outcome.ms);
        stats.peakRssMb = Math.max(stats.peakRssMb, process.memoryUsage().rss / 2 ** 20);
        for (const check of new Set(outcome.failures.map((f) => f.check)))
          stats.byCheck[check] = (stats.byCheck[check] ?? 0) + 1;
      }
      if (outcome.failures.length === 0) return;
      if (target === null) {
        target = new Set(outcome.failures.map((f) => f.check));
        shrinkDeadline = Date.now() + shrinkMs;
      } else if (!outcome.failures.some((f) => target!.has(f.check))) return;
      last = { c, failures: outcome.failures };
      throw new Error(outcome.failures.map((f) => `${f.check}: ${f.message}`).join("\n"));
    });
    const details = await fc.check(property, { seed, numRuns: Math.min(roundSize, remaining) });
    options.onProgress?.({ ...stats, elapsedMs: Date.now() - started });
    const shrunk = last as { c: FuzzCase; failures: Failure[] } | null;
    if (!details.failed || shrunk === null) continue;
    const key = [...new Set(shrunk.failures.map((f) => f.check))].sort().join(" + ");
    if (seen.has(key)) continue;
    seen.add(key);
    const found: FoundFailure = {
      seed: details.seed,
      path: details.counterexamplePath ?? "",
      failures: shrunk.failures,
      fuzzCase: shrunk.c,
      known: knownDefect(shrunk.failures),
    };
    stats.found.push(found);
    options.onFailure?.(found);
  }
  stats.elapsedMs = Date.now() - started;
  return stats;
}

/** The case at `seed` and `path` (as printed for a failure), checked again. */
export async function replayCase(
  host: CaseHost,
  seed: number,
  path: string | undefined,
  cliEvery = 1,
  arbitrary: fc.Arbitrary<FuzzCase> = fuzzCase,
): Promise<{ fuzzCase: FuzzCase; outcome: HostedOutcome }> {
  let captured: FuzzCase | null = null;
  const params = path === undefined ? { seed, numRuns: 1 } : { seed, path, numRuns: 1 };
  await fc.check(
    fc.property(arbitrary, (c) => {
      captured ??= c;
    }),
    params,
  );
  if (captured === null)
    throw new Error(`no case at seed ${seed}${path === undefined ? "" : ` path ${path}`}`);
  const outcome = await checkOne(host, captured, cliEvery);
  return { fuzzCase: captured, outcome };
}
