/** Replica-hours by kind × unit price. Busy-time kinds (ephemeral pods) accumulate seconds as used. */
import type { CostSpec } from "../scenario-types";

export type CostKind =
  | "controller"
  | "controllerPod"
  | "standby"
  | "standbyPod"
  | "executor"
  | "store"
  | "platform"
  // Disaster recovery (`run/disaster-recovery.ts`): what stands by in the recovery region, and the backups kept.
  | "recoveryStandby"
  | "recoveryStandbyPod"
  | "recoveryStore"
  | "recoveryPlatform"
  | "backupStorage";

/** Backup storage per GB-month when the costs do not say (object storage; docs/parameters.md, "Costs"). */
export const DEFAULT_BACKUP_GB_MONTH = 0.023;
/** Hours in a month as cloud price lists count them (730 = 8760 / 12). */
const HOURS_PER_MONTH = 730;

const PRICE_KEY: Record<Exclude<CostKind, "backupStorage">, keyof CostSpec> = {
  controller: "controllerHour",
  controllerPod: "controllerPodHour",
  standby: "standbyHour",
  // A standby pod is a controller pod that waits: priced as one.
  standbyPod: "controllerPodHour",
  executor: "executorHour",
  store: "storeHour",
  platform: "platformHour",
  // The recovery region runs what the primary runs, at the same prices.
  recoveryStandby: "controllerHour",
  recoveryStandbyPod: "controllerPodHour",
  recoveryStore: "storeHour",
  recoveryPlatform: "platformHour",
};

/** Price per hour of one unit of `kind` (a GB for backup storage). */
function hourlyPrice(prices: CostSpec, kind: CostKind): number {
  if (kind === "backupStorage") return (prices.backupGBMonth ?? DEFAULT_BACKUP_GB_MONTH) / HOURS_PER_MONTH;
  return prices[PRICE_KEY[kind]] ?? 0;
}

export class CostMeter {
  private readonly seconds: Record<CostKind, number> = {
    controller: 0,
    controllerPod: 0,
    standby: 0,
    standbyPod: 0,
    executor: 0,
    store: 0,
    platform: 0,
    recoveryStandby: 0,
    recoveryStandbyPod: 0,
    recoveryStore: 0,
    recoveryPlatform: 0,
    backupStorage: 0,
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
      const cost = hours * hourlyPrice(this.prices, kind);
      byKind[kind] = { hours, cost };
      total += cost;
    }
    return { total, perHour: horizonSeconds > 0 ? total / (horizonSeconds / 3600) : 0, byKind };
  }
}
