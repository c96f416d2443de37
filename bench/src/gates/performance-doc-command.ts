/**
 * Regenerates docs/performance.md from the kernel bench.
 *
 *   pnpm --filter @resilab/bench run performance-doc                  # run the bench, store, write
 *   pnpm --filter @resilab/bench run performance-doc -- --from f.jsonl # rewrite from a stored run
 *   pnpm --filter @resilab/bench run performance-doc -- --repeat 5   # passed on to the bench
 *
 * `--repeat`, `--jobs` and `--hold-delays` are passed on to the kernel bench.
 *
 * Running the bench stores its raw JSON Lines, prefixed with a meta line (command, date,
 * machine), in bench/results/kernel-bench.jsonl, then renders the page from that file.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, release, totalmem, type } from "node:os";
import { resolve } from "node:path";
import { arch } from "node:process";
import { parseArgs } from "node:util";
import { type BenchMeta, parseBenchLines, performanceMarkdown } from "./performance-doc";

const BENCH = resolve(import.meta.dirname, "../..");
const ROOT = resolve(BENCH, "..");
const RESULTS = resolve(BENCH, "results/kernel-bench.jsonl");
const PAGE = resolve(ROOT, "docs/performance.md");
const REGENERATE = "pnpm --filter @resilab/bench run performance-doc";

function python(args: string[]): string | undefined {
  const r = spawnSync("/usr/bin/python3", args, { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() || r.stderr.trim() : undefined;
}

function machine(): BenchMeta["machine"] {
  const py = python(["--version"]);
  const simpy = python(["-c", "import simpy; print(simpy.__version__)"]);
  return {
    os: `${type()} ${release()} ${arch}`,
    cpu: cpus()[0]?.model.trim() ?? "unknown CPU",
    cores: availableParallelism(),
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    ...(py !== undefined && { python: py }),
    ...(simpy !== undefined && { simpy }),
  };
}

function runBench(extra: string[]): string {
  const command = ["pnpm --filter @resilab/bench run kernel -- --json", ...extra].join(" ");
  process.stderr.write(`performance-doc: running ${command} (minutes)…\n`);
  const date = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", "--conditions=@resilab/source", "src/kernel-bench.ts", "--json", ...extra],
    {
      cwd: BENCH,
      encoding: "utf8",
      maxBuffer: 1 << 26,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  if (r.status !== 0) throw new Error(`the kernel bench failed (exit ${r.status})`);
  const meta: BenchMeta = { command, date, machine: machine() };
  const text = `${JSON.stringify({ meta })}\n${r.stdout.trim()}\n`;
  mkdirSync(resolve(RESULTS, ".."), { recursive: true });
  writeFileSync(RESULTS, text);
  process.stderr.write(`performance-doc: raw lines stored in ${RESULTS}\n`);
  return text;
}

function main(): number {
  const args = process.argv.slice(2).filter((a, i) => !(i === 0 && a === "--"));
  const passed = ["repeat", "jobs", "hold-delays"] as const;
  const { values } = parseArgs({
    args,
    options: {
      from: { type: "string" },
      repeat: { type: "string" },
      jobs: { type: "string" },
      "hold-delays": { type: "string" },
    },
  });
  const extra = passed.flatMap((name) => {
    const value = values[name];
    return typeof value === "string" ? [`--${name}`, value] : [];
  });
  // pnpm runs scripts in the package directory; INIT_CWD is where the user typed the command.
  const from =
    values.from === undefined ? undefined : resolve(process.env.INIT_CWD ?? process.cwd(), values.from);
  const text = from === undefined ? runBench(extra) : readFileSync(from, "utf8");
  writeFileSync(PAGE, performanceMarkdown(parseBenchLines(text), REGENERATE));
  // The project's formatter pads the tables, so the generated page passes `biome check` as is.
  const format = spawnSync(resolve(ROOT, "node_modules/.bin/biome"), ["format", "--write", PAGE], {
    encoding: "utf8",
  });
  if (format.status !== 0) throw new Error(`biome format failed:\n${format.stderr}${format.stdout}`);
  process.stderr.write(`performance-doc: wrote ${PAGE}\n`);
  return 0;
}

process.exitCode = main();
