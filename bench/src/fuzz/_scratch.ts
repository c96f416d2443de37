import fc from "fast-check";
import { checkCase } from "./fuzz-case";
import { fuzzCase } from "./fuzz-cases";

const n = Number(process.argv[2] ?? 100);
const seed = Number(process.argv[3] ?? 1);
const cases = fc.sample(fuzzCase, { numRuns: n, seed });
const tally = new Map<string, { n: number; ex: string; idx: number }>();
const t0 = performance.now();
let slow = 0;
cases.forEach((c, idx) => {
  const t = performance.now();
  const o = checkCase(c);
  slow = Math.max(slow, performance.now() - t);
  for (const f of o.failures) {
    const e = tally.get(f.check) ?? { n: 0, ex: f.message, idx };
    e.n++;
    tally.set(f.check, e);
  }
});
const ms = performance.now() - t0;
console.log(
  `${n} cases in ${(ms / 1000).toFixed(1)} s = ${(n / (ms / 1000)).toFixed(2)}/s, slowest ${slow.toFixed(0)} ms`,
);
for (const [k, v] of [...tally].sort((a, b) => b[1].n - a[1].n))
  console.log(`${v.n}\t${k}\t[case ${v.idx}] ${v.ex.slice(0, 250)}`);
