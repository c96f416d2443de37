import { describe, expect, it } from "vitest";
import { SimulationError } from "../errors";
import { RandomStreams } from "../random/random-streams";
import { ctmcSteadyState, generatorMatrix } from "./ctmc";
import { solveLinear } from "./linear-solve";

describe("solveLinear", () => {
  it("solves a system that needs pivoting (zero on the diagonal)", () => {
    const x = solveLinear(
      [
        [0, 2, 1],
        [1, 1, 1],
        [2, 1, 0],
      ],
      [5, 4, 4],
    );
    // x = (1, 2, 1)
    for (const [i, v] of x.entries()) expect(v).toBeCloseTo([1, 2, 1][i]!, 12);
  });

  it("has a tiny residual on a random dense system", () => {
    const rng = new RandomStreams(1, 0).stream("matrix");
    const n = 60;
    const a = Array.from({ length: n }, () => Array.from({ length: n }, () => rng.next() - 0.5));
    const b = Array.from({ length: n }, () => rng.next());
    const x = solveLinear(a, b);
    const residual = Math.max(
      ...a.map((row, i) => Math.abs(row.reduce((s, v, j) => s + v * x[j]!, 0) - b[i]!)),
    );
    expect(residual).toBeLessThan(1e-12);
  });

  it("reports a singular matrix", () => {
    expect(() =>
      solveLinear(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 2],
      ),
    ).toThrow(SimulationError);
    expect(() => solveLinear([[1, 2]], [1])).toThrow(RangeError);
  });
});

describe("ctmcSteadyState", () => {
  it("solves the two-state up/down chain", () => {
    const [up, down] = ctmcSteadyState(
      generatorMatrix(2, [
        [0, 1, 0.1],
        [1, 0, 2],
      ]),
    );
    expect(up).toBeCloseTo(2 / 2.1, 14);
    expect(down).toBeCloseTo(0.1 / 2.1, 14);
  });

  it("solves a birth–death chain (M/M/1/K) against its geometric law", () => {
    const k = 8;
    const rho = 0.7;
    const transitions: [number, number, number][] = [];
    for (let n = 0; n < k; n++) transitions.push([n, n + 1, rho], [n + 1, n, 1]);
    const pi = ctmcSteadyState(generatorMatrix(k + 1, transitions));
    const norm = (1 - rho ** (k + 1)) / (1 - rho);
    for (const [n, p] of pi.entries()) expect(p).toBeCloseTo(rho ** n / norm, 14);
  });

  it("builds the generator with rows summing to zero, adding repeated transitions", () => {
    const q = generatorMatrix(3, [
      [0, 1, 1],
      [0, 1, 2],
      [0, 2, 0.5],
      [2, 0, 4],
      [1, 1, 9], // self-loops do nothing
    ]);
    expect(q).toEqual([
      [-3.5, 3, 0.5],
      [0, 0, 0],
      [4, 0, -4],
    ]);
  });

  it("rejects bad transitions", () => {
    expect(() => generatorMatrix(2, [[0, 2, 1]])).toThrow(
      "transitions.0.to: got 2; allowed: a state in 0..1",
    );
    expect(() => generatorMatrix(2, [[0, 1, -1]])).toThrow(
      "transitions.0.rate: got -1; allowed: a finite rate ≥ 0",
    );
  });
});
