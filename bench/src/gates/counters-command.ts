/**
 * The deterministic-counter gate: compares the counters with `bench/golden/counters.json` and
 * fails on any difference, naming the scenario, run and counter that changed.
 *
 *   pnpm --filter @resilab/bench run counters            # check (exit 1 on any difference)
 *   pnpm --filter @resilab/bench run counters:update     # rewrite the golden file
 *
 * A change to these numbers is a change in Resilab's answers: commit it together with the
 * updated golden file and say why in the commit message.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { type Counters, computeCounters, diffCounters, encodeCounters } from "./counters";

/** Where the golden file lives. */
export const GOLDEN_PATH = resolve(import.meta.dirname, "../../golden/counters.json");

function main(): number {
  const args = process.argv.slice(2).filter((a, i) => !(i === 0 && a === "--"));
  const { values } = parseArgs({
    args,
    options: { update: { type: "boolean", default: false }, help: { type: "boolean", default: false } },
  });
  if (values.help) {
    process.stdout.write("usage: counters [--update]\n");
    return 0;
  }
  const started = process.hrtime.bigint();
  const now = computeCounters();
  const seconds = (Number(process.hrtime.bigint() - started) / 1e9).toFixed(1);
  const scenarios = Object.keys(now.scenarios).length;
  const runs = Object.values(now.scenarios).reduce((n, s) => n + s.runs.length, 0);
  const what = `${scenarios} library scenarios (${runs} runs) and the kernel sample, in ${seconds} s`;
  if (values.update) {
    writeFileSync(GOLDEN_PATH, encodeCounters(now));
    process.stdout.write(`counters: wrote ${GOLDEN_PATH}: ${what}\n`);
    return 0;
  }
  if (!existsSync(GOLDEN_PATH)) {
    process.stderr.write(
      `counters: ${GOLDEN_PATH} is missing; create it with "pnpm --filter @resilab/bench run counters:update"\n`,
    );
    return 2;
  }
  const golden = JSON.parse(readFileSync(GOLDEN_PATH, "utf8")) as Counters;
  const differences = diffCounters(golden, now);
  if (differences.length === 0) {
    process.stdout.write(`counters: identical to bench/golden/counters.json: ${what}\n`);
    return 0;
  }
  process.stderr.write(
    `counters: ${differences.length} difference${differences.length === 1 ? "" : "s"} from bench/golden/counters.json:\n` +
      differences.map((line) => `  ${line}\n`).join("") +
      "Resilab's answers changed. If that is intended, run\n" +
      "  pnpm --filter @resilab/bench run counters:update\n" +
      "and commit bench/golden/counters.json with the change, saying why.\n",
  );
  return 1;
}

process.exitCode = main();
