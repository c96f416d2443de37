import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile } from "./normal";
import {
  gammaFunction,
  logGamma,
  regularizedBeta,
  regularizedGammaP,
  regularizedGammaQ,
} from "./special-functions";
import { studentTCdf, studentTQuantile } from "./student-t";

/** |actual − expected| ≤ rel·|expected|. */
function expectRel(actual: number, expected: number, rel = 1e-12): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

// Reference values from scipy 1.17 (scipy.special / scipy.stats), an independent implementation.
describe("special functions", () => {
  it("logGamma and gamma", () => {
    expectRel(logGamma(0.1), 2.252712651734206);
    expectRel(logGamma(3.7), 1.428072326665388);
    expectRel(logGamma(1e5), 1051287.7089736569);
    expectRel(logGamma(-2.5), -0.05624371649767401, 1e-11);
    expectRel(gammaFunction(5), 24);
    expectRel(gammaFunction(0.5), Math.sqrt(Math.PI));
    expectRel(gammaFunction(-1.5), 2.363271801207355);
    expectRel(gammaFunction(170.5), 5.562092414559999e305, 1e-11);
  });

  it("regularized incomplete gamma", () => {
    expectRel(regularizedGammaQ(0.5, 2), 0.04550026389635857);
    expectRel(regularizedGammaQ(3, 0.5), 0.9856123220330293);
    expectRel(regularizedGammaQ(10, 30), 7.121750862815593e-6);
    expectRel(regularizedGammaP(2.5, 1), 0.15085496391539038);
  });

  it("regularized incomplete beta", () => {
    expectRel(regularizedBeta(0.4, 2, 3), 0.5248);
    expectRel(regularizedBeta(0.01, 0.5, 5), 0.24284189089843747);
    expectRel(regularizedBeta(0.999, 50, 0.5), 0.7523690199653766);
    expectRel(regularizedBeta(0.5, 10, 10), 0.5);
  });
});

describe("normal distribution", () => {
  it.each([
    [1e-300, -37.0470962993612],
    [1e-20, -9.262340089798409],
    [1e-10, -6.361340902404056],
    [0.001, -3.090232306167813],
    [0.025, -1.9599639845400545],
    [0.3, -0.5244005127080409],
    [0.975, 1.959963984540054],
    [0.999999, 4.753424308817087],
  ])("quantile(%d) = %d", (p, z) => {
    expectRel(normalQuantile(p), z, 1e-14);
  });

  it.each([
    [-10, 7.61985302416047e-24],
    [-5, 2.866515718791933e-7],
    [-1.5, 0.06680720126885807],
    [0.5, 0.6914624612740131],
    [3, 0.9986501019683699],
  ])("cdf(%d) = %d", (x, p) => {
    expectRel(normalCdf(x), p, 1e-13);
  });

  it("has exact ends and symmetry", () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
  });
});

describe("Student t", () => {
  it.each([
    // p, df, scipy.stats.t.ppf(p, df)
    [0.975, 1, 12.706204736174694],
    [0.975, 2, 4.302652729749462],
    [0.975, 3, 3.1824463052837078],
    [0.975, 4, 2.7764451051977934],
    [0.975, 5, 2.5705818356363146],
    [0.975, 9, 2.262157162798205],
    [0.975, 10, 2.228138851986274],
    [0.975, 19, 2.0930240544083087],
    [0.975, 29, 2.045229642132703],
    [0.975, 100, 1.9839715185235518],
    [0.975, 1000, 1.9623390808264083],
    [0.995, 10, 3.16927267261695],
    [0.95, 10, 1.8124611228116756],
    [0.9995, 5, 6.868826625881276],
    [0.99999, 3, 47.92772837600671],
    [0.6, 7, 0.2631668613520229],
    [0.975, 2.5, 3.5746548420036817],
    [0.975, 0.5, 164.55767348048818],
    [0.025, 4, -2.7764451051977943],
  ])("quantile(%d, df %d) = %d", (p, df, t) => {
    expectRel(studentTQuantile(p, df), t, 1e-12);
  });

  it("cdf matches scipy and inverts the quantile", () => {
    expectRel(studentTCdf(-40, 3), 1.7190340394579253e-5, 1e-11);
    expectRel(studentTCdf(1.5, 7.5), 0.912759714706768, 1e-13);
    for (const df of [1, 2, 3.5, 12, 60]) {
      for (const p of [0.001, 0.05, 0.3, 0.7, 0.99])
        expectRel(studentTCdf(studentTQuantile(p, df), df), p, 1e-11);
    }
  });

  it("tends to the normal quantile", () => {
    expect(studentTQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
    expectRel(studentTQuantile(0.975, 1e7), 1.959964221767205, 1e-12); // scipy
    expectRel(studentTQuantile(0.975, 1e4), 1.960201239890626, 1e-12);
    expectRel(studentTQuantile(1e-9, 2e4), -6.000580129490438, 1e-12);
    expectRel(studentTQuantile(1e-9, 1e4 + 1), -6.003354892718492, 1e-12);
  });

  it("rejects bad arguments", () => {
    expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(Number.NaN, 3)).toThrow(RangeError);
  });
});
