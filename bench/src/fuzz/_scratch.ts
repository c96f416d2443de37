import { tryLoadScenario } from "@resilab/scenarios";
import { runExperiment } from "@resilab/sim-core";
import fc from "fast-check";
import { validScenario } from "./scenario-arbitrary";
import { blockYaml } from "./yaml-text";

const docs = fc.sample(validScenario, { numRuns: Number(process.argv[2] ?? 100), seed: 1 });
let refused = 0;
let ran = 0;
let crashed = 0;
const t0 = performance.now();
let slow = 0;
for (const doc of docs) {
  const text = blockYaml(doc);
  const r = tryLoadScenario(text, "f.yaml");
  if (!r.ok) {
    refused++;
    if (refused <= 5) console.log(r.error.message, "\n", text);
    continue;
  }
  const t = performance.now();
  try {
    runExperiment(r.scenario);
    ran++;
  } catch (e) {
    crashed++;
    console.log("CRASH", String(e).slice(0, 200));
  }
  const dt = performance.now() - t;
  if (dt > slow) slow = dt;
}
console.log({ refused, ran, crashed, ms: performance.now() - t0, slowest: slow });
