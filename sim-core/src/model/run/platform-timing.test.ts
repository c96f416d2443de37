import { describe, expect, it } from "vitest";
import { DEFAULT_PLATFORM } from "../presets";
import { us } from "./context";
import { CrashLoop, evictionDelay, livenessDetection, podReturnAfterNodeLoss } from "./platform-timing";

describe("CrashLoopBackOff", () => {
  it("restarts at once, then after 10, 20, 40 … s capped at 300 s, and resets after 10 min healthy", () => {
    const loop = new CrashLoop(DEFAULT_PLATFORM.crashLoop);
    const delays: number[] = [];
    let t = 0;
    for (let i = 0; i < 8; i++) {
      const d = loop.nextDelay(t);
      delays.push(d / 1e6);
      t += d + us(1);
      loop.started(t);
    }
    expect(delays).toEqual([0, 10, 20, 40, 80, 160, 300, 300]);
    t += us(600);
    expect(loop.nextDelay(t)).toBe(0);
  });
});

describe("node loss", () => {
  const p = DEFAULT_PLATFORM;
  it("evicts after the grace period plus the toleration", () => {
    expect(evictionDelay(p)).toBe(us(350));
    expect(livenessDetection(p, 0)).toBe(us(40));
    expect(livenessDetection(p, 1)).toBe(us(50));
  });
  it("keeps a ReadWriteOnce stateful pod until automation frees it or the node returns", () => {
    const hour = us(3_600);
    expect(podReturnAfterNodeLoss(p, false, hour, false)).toBe(us(350));
    expect(podReturnAfterNodeLoss({ ...p, nodeLossAutomation: "none" }, true, hour, false)).toBe(hour);
    expect(podReturnAfterNodeLoss(p, true, hour, false)).toBe(us(350 + 360));
    expect(
      podReturnAfterNodeLoss({ ...p, nodeLossAutomation: "out-of-service-taint" }, true, hour, false),
    ).toBe(us(350));
    expect(podReturnAfterNodeLoss(p, true, us(100), false)).toBe(us(100));
    // A zonal volume cannot follow the pod to another zone.
    expect(podReturnAfterNodeLoss(p, true, hour, true)).toBe(hour);
    // A regional one can: it is freed as after a node loss.
    const regional = { ...p, volumeScope: "regional" as const };
    expect(podReturnAfterNodeLoss(regional, true, hour, true)).toBe(us(350 + 360));
    expect(podReturnAfterNodeLoss(regional, false, hour, true)).toBe(us(350));
  });
});
