import { describe, expect, it } from "vitest";
import { Kernel } from "../../kernel/kernel";
import { RandomStreams } from "../../random/random-streams";
import { expUs, Sampler } from "./context";
import { LoadHazard } from "./controller-load";

const SECOND = 1_000_000;
const BASE_MEAN = 1000 * SECOND; // time to failure at the base rate (µs)
const CAPACITY = 10;
const GROWTH = 2;

/**
 * Failures of one controller whose load follows `loadAt` (set by the test), re-armed at once after
 * each failure with an exponential time to failure at the base rate: failures over `horizonS`.
 */
function failures(
  horizonS: number,
  schedule: (k: Kernel, hazard: LoadHazard, setLoad: (l: number) => void) => void,
) {
  const horizon = horizonS * SECOND;
  const k = new Kernel({ horizon });
  const rng = new RandomStreams(7).stream("faults/controller-0");
  let load = 0;
  const hazard = new LoadHazard(k, horizon, GROWTH, CAPACITY, () => load);
  const times: number[] = [];
  const arm = () =>
    hazard.arm(expUs(rng, BASE_MEAN), () => {
      times.push(k.now);
      arm();
    });
  schedule(k, hazard, (l) => {
    load = l;
    hazard.changed();
  });
  arm();
  k.run(horizon);
  return times;
}

/** |observed − expected| within the 99.9 % interval of a Poisson count. */
function expectPoisson(observed: number, expected: number): void {
  expect(Math.abs(observed - expected)).toBeLessThan(3.29 * Math.sqrt(expected));
}

describe("a controller's hazard under load", () => {
  it("with a constant load L fails at base × (1 + growth × L / capacity)", () => {
    const horizonS = 2_000_000;
    for (const L of [0, 5, 15]) {
      const n = failures(horizonS, (_k, _h, setLoad) => setLoad(L)).length;
      const rate = (1 / 1000) * (1 + (GROWTH * L) / CAPACITY); // per second
      expectPoisson(n, rate * horizonS); // 2000, 4000, 8000
    }
  });

  it("alternating loads give the time-weighted rate, and each phase its own rate", () => {
    // 200 s idle (×1), then 600 s at the capacity (×3): the mean multiplier is 2.5. Both phases
    // are far shorter than a time to failure, so most failures are drawn in one phase and fire in
    // another: a rate fixed at arm time would get the split wrong.
    const horizonS = 1_600_000;
    const cycle = 800 * SECOND;
    const times = failures(horizonS, (k, _h, setLoad) => {
      const phase = (high: boolean) => {
        setLoad(high ? CAPACITY : 0);
        k.schedule((high ? 600 : 200) * SECOND, () => phase(!high));
      };
      phase(false);
    });
    expectPoisson(times.length, (2.5 / 1000) * horizonS);
    const inHigh = times.filter((t) => t % cycle >= 200 * SECOND).length;
    expectPoisson(inHigh, ((3 * 600) / 800 / 1000) * horizonS);
    expectPoisson(times.length - inHigh, ((1 * 200) / 800 / 1000) * horizonS);
  });

  it("keeps a Weibull's shape and runs its clock faster: T / multiplier under a constant load", () => {
    // Weibull, shape 2, scale 1000 s: at ×2 the times to failure are Weibull(2, 500 s) — mean
    // 500 × Γ(1.5) = 443.11 s (sd 231.6 s), median 500 × √ln 2 = 416.3 s.
    const k = new Kernel();
    const ttf = new Sampler({ kind: "weibull", shape: 2, scale: 1000 }, new RandomStreams(11).stream("ttf"));
    const hazard = new LoadHazard(k, Number.MAX_SAFE_INTEGER, 1, CAPACITY, () => CAPACITY);
    const gaps: number[] = [];
    let last = 0;
    const arm = () =>
      hazard.arm(ttf.next(), () => {
        gaps.push((k.now - last) / SECOND);
        last = k.now;
        if (gaps.length < 20_000) arm();
      });
    arm();
    k.run();
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    expect(Math.abs(mean - 443.11)).toBeLessThan((3.29 * 231.6) / Math.sqrt(gaps.length));
    const belowMedian = gaps.filter((g) => g <= 416.3).length / gaps.length;
    expect(Math.abs(belowMedian - 0.5)).toBeLessThan(3.29 * Math.sqrt(0.25 / gaps.length));
  });

  it("spends a fixed budget of exposure at the rate of each moment (the time change)", () => {
    const k = new Kernel({ horizon: 10_000 * SECOND });
    let load = 0;
    const hazard = new LoadHazard(k, 10_000 * SECOND, GROWTH, CAPACITY, () => load);
    let fired = -1;
    hazard.arm(1000 * SECOND, () => {
      fired = k.now;
    });
    // 100 s at ×1 spends 100 s; then ×3 spends the other 900 s in 300 s.
    k.schedule(100 * SECOND, () => {
      load = CAPACITY;
      hazard.changed();
    });
    k.run();
    expect(fired).toBe(400 * SECOND);
  });

  it("keeps one timer while the load goes up and down (no cancelled entry per pipeline)", () => {
    let timers = 0;
    class Counting extends Kernel {
      override schedule(delay: number, fn: () => void, priority?: number) {
        timers++;
        return super.schedule(delay, fn, priority);
      }
    }
    const k = new Counting();
    let load = 6;
    const hazard = new LoadHazard(k, Number.MAX_SAFE_INTEGER, GROWTH, CAPACITY, () => load);
    let fired = -1;
    hazard.arm(100_000 * SECOND, () => {
      fired = k.now;
    });
    // 10,000 s of a load going 6 → 5 → 6 … each second: ×2.2 and ×2 half of the time each.
    let toggles = 0;
    const toggle = () => {
      load = load === 6 ? 5 : 6;
      hazard.changed();
      if (++toggles < 10_000) k.schedule(SECOND, toggle);
    };
    k.schedule(SECOND, toggle);
    k.run();
    expect(timers - toggles).toBeLessThanOrEqual(3); // the hazard's own: armed, then re-timed
    // 10,000 s spend 10,000 × 2.1 s of exposure; the other 79,000 s at ×2.2 (the last toggle,
    // at 10,000 s, sets 6). Within 2 µs: the sum of 10,000 spends rounds.
    expect(Math.abs(fired - (10_000 * SECOND + (79_000 * SECOND) / 2.2))).toBeLessThan(2);
  });

  it("queues nothing past the horizon until a higher load brings the failure inside it", () => {
    const horizon = 1000 * SECOND;
    const k = new Kernel({ horizon });
    let load = 0;
    const hazard = new LoadHazard(k, horizon, GROWTH, CAPACITY, () => load);
    let fired = -1;
    hazard.arm(1500 * SECOND, () => {
      fired = k.now;
    });
    expect(k.peek()).toBe(Number.POSITIVE_INFINITY); // 1500 s at ×1 ends past the horizon
    k.schedule(500 * SECOND, () => {
      load = CAPACITY; // ×3: the last 1000 s of exposure take 333.3 s
      hazard.changed();
    });
    k.run(horizon);
    expect(fired).toBe(Math.ceil((1000 * SECOND) / 3) + 500 * SECOND);
  });
});
