import { describe, expect, it } from "vitest";
import { Kernel } from "../../kernel/kernel";
import { RandomStreams } from "../../random/random-streams";
import { expUs } from "./context";
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
