import { tryLoadScenario } from "@resilab/scenarios";
import fc from "fast-check";
import { validCase } from "./fuzz-cases";
const n = Number(process.argv[2] ?? 300);
const cases = fc.sample(validCase, { numRuns: n, seed: Number(process.argv[3] ?? 1) });
let bad = 0;
const seen = new Map<string, number>();
for (const c of cases) {
  const r = tryLoadScenario(c.text, "fuzz.yaml") as any;
  if (r.ok === false || r.issues) {
    bad++;
    const k = JSON.stringify((r.error?.issues ?? [r]).map((i: any) => i.path ?? i.message).slice(0, 2));
    if (!seen.has(k)) { console.log(k, JSON.stringify(r.error?.issues?.[0] ?? r).slice(0, 400)); }
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
}
console.log("refused", bad, "of", n, [...seen.entries()]);
