import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { libraryText, loadScenario } from "@resilab/scenarios";
import { planRuns, runTask, summarizeExperiment } from "@resilab/sim-core";
import { summarizeExperiment as oldSummarize } from "../../sim-core/src/experiments/zz-old-summarize-tmp";
import { setScalar } from "../../web/src/yaml/yaml-edit";

const reps = process.argv[2] ?? "8000";
const mode = process.argv[3] ?? "new";
let text = libraryText("default-comparison");
text = setScalar(text, ["horizon"], "1h");
text = setScalar(text, ["replications"], reps);
const scenario = loadScenario(text, "x.yaml");
const cache = `/tmp/prof14/runs-${reps}.bin`;
let runs;
if (existsSync(cache)) runs = deserialize(readFileSync(cache));
else {
  const t = Date.now();
  runs = planRuns(scenario).map((task) => runTask(scenario, task));
  console.log("runs", runs.length, "in", Date.now() - t, "ms");
  writeFileSync(cache, serialize(runs));
}
const t = Date.now();
const r = (mode === "old" ? oldSummarize : summarizeExperiment)(scenario, runs, "x");
const ms = Date.now() - t;
const json = JSON.stringify(r);
console.log(
  mode,
  "summarize",
  ms,
  "ms",
  json.length,
  createHash("sha256").update(json).digest("hex").slice(0, 16),
);
