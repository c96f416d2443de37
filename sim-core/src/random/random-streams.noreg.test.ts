// Non-regression: these values must not change except in a deliberate, announced break, because
// every stored scenario result and fingerprint depends on them. If this test fails, find out
// which change altered the streams; do not update the numbers to make it pass.
/// <reference path="./seedrandom-alea.d.ts" />
import alea from "seedrandom/lib/alea.js";
import { describe, expect, it } from "vitest";
import { distribution } from "./distribution";
import type { DistributionSpec } from "./distribution-spec";
import { RandomStreams } from "./random-streams";
import { hashString } from "./string-hash";

describe("golden streams", () => {
  it("the generator is seedrandom's alea (its README's documented first draw)", () => {
    expect(alea("hello.")()).toBe(0.4783254903741181);
  });

  it("stream seeds are pinned", () => {
    const streams = new RandomStreams(42, 0);
    expect(streams.streamSeed("controller-1/failures")).toMatchInlineSnapshot(`"da6942a72ad90572"`);
    expect(new RandomStreams("nightly", 7).streamSeed("workload/arrivals")).toMatchInlineSnapshot(
      `"2eda2c2614dd44dc"`,
    );
  });

  it("first draws are pinned", () => {
    const rng = new RandomStreams(42, 0).stream("controller-1/failures");
    const draws = Array.from({ length: 8 }, () => rng.next());
    expect(draws).toMatchInlineSnapshot(`
      [
        0.1511052418500185,
        0.7069087403360754,
        0.30441959109157324,
        0.616997258272022,
        0.8908013962209225,
        0.8894354498479515,
        0.5284430852625519,
        0.9418906101491302,
      ]
    `);
  });

  it("first samples of each distribution kind are pinned", () => {
    const rng = new RandomStreams(42, 1).stream("golden/distributions");
    const specs: DistributionSpec[] = [
      { kind: "uniform", min: 1, max: 2 },
      { kind: "exponential", mean: 600 },
      { kind: "erlang", k: 3, mean: 90 },
      { kind: "gamma", shape: 0.5, scale: 2 },
      { kind: "normal", mean: 10, sd: 3 },
      { kind: "lognormal", median: 60, p95: 300 },
      { kind: "weibull", shape: 1.5, scale: 100 },
      { kind: "empirical", samples: [1, 2, 3] },
      {
        kind: "mixture",
        components: [
          { weight: 0.5, dist: { kind: "deterministic", value: 1 } },
          { weight: 0.5, dist: { kind: "exponential", mean: 1 } },
        ],
      },
    ];
    const samples = specs.map((spec) => [
      spec.kind,
      distribution(spec).sample(rng),
      distribution(spec).sample(rng),
    ]);
    expect(samples).toMatchInlineSnapshot(`
      [
        [
          "uniform",
          1.715064982417971,
          1.6217415037099272,
        ],
        [
          "exponential",
          778.6427796743509,
          981.5466718999244,
        ],
        [
          "erlang",
          162.66173436069892,
          96.28459648992046,
        ],
        [
          "gamma",
          0.162545165958214,
          0.24022759027500964,
        ],
        [
          "normal",
          5.834962332060954,
          10.686100181935108,
        ],
        [
          "lognormal",
          88.1305714697401,
          94.13009324602504,
        ],
        [
          "weibull",
          64.06262767227375,
          32.438177297072656,
        ],
        [
          "empirical",
          3,
          2,
        ],
        [
          "mixture",
          1,
          1,
        ],
      ]
    `);
  });

  it("the string hash is pinned", () => {
    expect([
      hashString(""),
      hashString("a"),
      hashString("controller-3/failures"),
      hashString("a", 1),
    ]).toMatchInlineSnapshot(`
      [
        "488bdcb81aee8d83",
        "501c2ba782c97901",
        "bc08c7f43bd23402",
        "1213124eda4555df",
      ]
    `);
  });
});
