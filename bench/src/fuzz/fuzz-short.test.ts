/**
 * The scenario fuzzer's short profile (CI): a fixed-seed campaign of generated and mutated
 * scenarios, each checked for the loader's exit contract, the result invariants, the model's
 * invariant checker, determinism and a wall budget, plus the CLI's exit codes and 1-vs-2-worker
 * identity on one accepted and one refused scenario. Bounded: 60 cases (~10 s on an idle machine, ~20 s loaded), well under 60 s on a
 * loaded 2-core machine. The long profile is `pnpm --filter @resilab/bench run fuzz -- --minutes 30`.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { CaseHost } from "./case-host";
import { checkCli } from "./cli-sample";
import { type FoundFailure, runCampaign } from "./fuzz-campaign";
import { validCase } from "./fuzz-cases";

/** Seed and size of the CI profile (change the seed only together with a look at what it covers). */
const SEED = 20_261_201;
const CASES = 60;

function describeFound(f: FoundFailure): string {
  const checks = f.failures.map((x) => `  ${x.check}: ${x.message}`).join("\n");
  const known = f.known === null ? "NEW" : `known: ${f.known.item}`;
  return `${known}\nreplay: pnpm --filter @resilab/bench run fuzz -- --replay ${f.seed} --path ${f.path}\n${checks}\n${f.fuzzCase.text}`;
}

describe("scenario fuzzer, short profile", () => {
  // A generous budget: the machine running CI is shared; the long profile uses 10 s.
  const host = new CaseHost({ budgetMs: 30_000 });
  afterAll(() => host.close());

  it(`holds every check on ${CASES} generated and mutated scenarios`, async () => {
    const stats = await runCampaign({ host, seed: SEED, cases: CASES, roundSize: 30, shrinkMs: 20_000 });
    expect(stats.cases).toBe(CASES);
    // Most cases must get as far as running: a generator whose scenarios the loader refuses tests little.
    expect(stats.loaded).toBeGreaterThan(CASES / 3);
    expect(stats.found.map(describeFound)).toEqual([]);
  });

  it("the CLI exits 0 with identical results on 1 and 2 workers, and 2 for a broken scenario", async () => {
    const [accepted] = fc.sample(validCase, { numRuns: 1, seed: SEED });
    expect(await checkCli(accepted!.text, true)).toEqual([]);
    const broken = accepted!.text.replace(/^seed: .*$/m, "sede: 3");
    expect(broken).not.toBe(accepted!.text);
    expect(await checkCli(broken, false)).toEqual([]);
  });
});
