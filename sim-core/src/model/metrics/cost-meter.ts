/** Replica-hours by kind × unit price. Busy-time kinds (ephemeral pods) accumulate seconds as used. */
import type { CostSpec } from "../scenario-types";

export type CostKind =
  | "controller"
  | "controllerPod"
  | "standby"
  | "standbyPod"
  | "executor"
  | "store"
  | "platform";

const PRICE_KEY: Record<CostKind, keyof CostSpec> = {
  controller: "controllerHour",
  controllerPod: "controllerPodHour",
  standby: "standbyHour",
  // A standby pod is a controller pod that waits: priced as one.
  standbyPod: "controllerPodHour",
  executor: "executorHour",
  store: "storeHour",
  platform: "platformHour",
};

export class CostMeter {
  private readonly seconds: Record<CostKind, number> = {
    controller: 0,
    controllerPod: 0,
    standby: 0,
    standbyPod: 0,
    executor: 0,
    store: 0,
    platform: 0,
  };

  constructor(private readonly prices: CostSpec) {}

  /** Adds `units × durationSeconds` of a kind (e.g. 3 controllers for the whole horizon). */
  add(kind: CostKind, units: number, durationSeconds: number): void {
    this.seconds[kind] += units * durationSeconds;
  }

  result(horizonSeconds: number): {
    total: number;
    perHour: number;
    byKind: Record<string, { hours: number; cost: number }>;
  } {
    const byKind: Record<string, { hours: number; cost: number }> = {};
    let total = 0;
    for (const kind of Object.keys(this.seconds) as CostKind[]) {
      const hours = this.seconds[kind] / 3600;
      if (hours === 0) continue;
      const cost = hours * this.prices[PRICE_KEY[kind]];
      byKind[kind] = { hours, cost };
      total += cost;
    }
    return { total, perHour: horizonSeconds > 0 ? total / (horizonSeconds / 3600) : 0, byKind };
  }
}
