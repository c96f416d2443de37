/**
 * Two unreliable machines with a finite buffer between them (a transfer line): stage-1 executors
 * M1 feed a queue that stage-2 executors M2 drain. Exponential processing, operation-dependent
 * failures (a machine fails only while it works) and exponential repairs. References: Buzacott
 * 1967; Gershwin, *Manufacturing Systems Engineering* 1994, ch. 3; Dallery & Gershwin 1992.
 */
import { invalid } from "../errors";
import { nonNegative, positive } from "./check";
import { ctmcSteadyState, generatorMatrix, type Transition } from "./ctmc";

/** One machine of the line; all rates per the same time unit. */
export interface UnreliableMachine {
  /** μ: processing rate while up and not blocked/starved, > 0. */
  rate: number;
  /** p: failure rate while working, ≥ 0 (0 = reliable). */
  failureRate: number;
  /** r: repair rate, > 0. */
  repairRate: number;
}

/** A two-machine line. */
export interface TransferLineParams {
  machine1: UnreliableMachine;
  machine2: UnreliableMachine;
  /** N: jobs the line holds between the machines, counting the one M2 works on; integer 1..250. */
  capacity: number;
}

/** Largest capacity solved exactly: 4·251 states, about a second of dense elimination. */
const MAX_CAPACITY = 250;

/**
 * Exact throughput (jobs per time unit, out of M2) of the line, from the CTMC over states
 * (n, α₁, α₂), n = 0..N: M1 produces at μ₁ when up and n < N and fails only then; M2 produces at
 * μ₂ when up and n > 0 and fails only then; a down machine is repaired at its rᵢ.
 */
export function transferLineThroughput(params: TransferLineParams): number {
  const m1 = checkMachine("machine1", params.machine1);
  const m2 = checkMachine("machine2", params.machine2);
  const cap = params.capacity;
  if (!(Number.isSafeInteger(cap) && cap >= 1 && cap <= MAX_CAPACITY)) {
    invalid("capacity", cap, `an integer in [1, ${MAX_CAPACITY}]`);
  }
  const id = (n: number, up1: number, up2: number) => (n * 2 + up1) * 2 + up2;
  const transitions: Transition[] = [];
  for (let n = 0; n <= cap; n++) {
    for (const up1 of [0, 1]) {
      for (const up2 of [0, 1]) {
        const s = id(n, up1, up2);
        if (up1 === 1 && n < cap)
          transitions.push([s, id(n + 1, 1, up2), m1.rate], [s, id(n, 0, up2), m1.failureRate]);
        if (up1 === 0) transitions.push([s, id(n, 1, up2), m1.repairRate]);
        if (up2 === 1 && n > 0)
          transitions.push([s, id(n - 1, up1, 1), m2.rate], [s, id(n, up1, 0), m2.failureRate]);
        if (up2 === 0) transitions.push([s, id(n, up1, 1), m2.repairRate]);
      }
    }
  }
  const pi = ctmcSteadyState(generatorMatrix(4 * (cap + 1), transitions));
  let producing = 0;
  for (let n = 1; n <= cap; n++) producing += pi[id(n, 0, 1)]! + pi[id(n, 1, 1)]!;
  return m2.rate * producing;
}

/**
 * Throughput of a line of two reliable exponential machines with capacity N (a birth–death chain):
 * μ₁(1 − ρᴺ)/(1 − ρᴺ⁺¹) with ρ = μ₁/μ₂, or μN/(N + 1) when μ₁ = μ₂ = μ. Buzacott & Shanthikumar 1993.
 */
export function reliableLineThroughput(rate1: number, rate2: number, capacity: number): number {
  positive("rate1", rate1);
  positive("rate2", rate2);
  if (!(Number.isSafeInteger(capacity) && capacity >= 1)) invalid("capacity", capacity, "an integer ≥ 1");
  const rho = rate1 / rate2;
  if (rho === 1) return (rate1 * capacity) / (capacity + 1);
  return (rate1 * (1 - rho ** capacity)) / (1 - rho ** (capacity + 1));
}

/** Isolated efficiency of a machine, e = r / (r + p): the fraction of time it is up. */
export function machineEfficiency(machine: UnreliableMachine): number {
  const m = checkMachine("machine", machine);
  return m.repairRate / (m.repairRate + m.failureRate);
}

/** Infinite-buffer limit of the line: min(μ₁e₁, μ₂e₂). */
export function infiniteBufferThroughput(machine1: UnreliableMachine, machine2: UnreliableMachine): number {
  return Math.min(machine1.rate * machineEfficiency(machine1), machine2.rate * machineEfficiency(machine2));
}

/**
 * Zero-buffer (synchronous) line where a failure of either machine stops both and both work at
 * the common rate μ: μ / (1 + p₁/r₁ + p₂/r₂).
 */
export function synchronousLineThroughput(
  rate: number,
  machine1: UnreliableMachine,
  machine2: UnreliableMachine,
): number {
  positive("rate", rate);
  const m1 = checkMachine("machine1", machine1);
  const m2 = checkMachine("machine2", machine2);
  return rate / (1 + m1.failureRate / m1.repairRate + m2.failureRate / m2.repairRate);
}

function checkMachine(path: string, m: UnreliableMachine): UnreliableMachine {
  if (typeof m !== "object" || m === null) invalid(path, m, "an object { rate, failureRate, repairRate }");
  positive(`${path}.rate`, m.rate);
  nonNegative(`${path}.failureRate`, m.failureRate);
  positive(`${path}.repairRate`, m.repairRate);
  return m;
}
