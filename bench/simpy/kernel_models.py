#!/usr/bin/python3
"""SimPy versions of the kernel benchmark models (bench/src/models/*.ts), written in SimPy idiom.

  /usr/bin/python3 bench/simpy/kernel_models.py --model hold|mmc|mmc-fail [--jobs N] [--seed S]

Prints one JSON object (same fields as the TypeScript bench) on stdout.

* hold: 1,000 processes, each `yield env.timeout(U(0, 1))` repeatedly, 2,000,000 timeouts.
* mmc: Poisson arrivals (lambda = 9/s) into a line buffer served by c = 10 long-lived executor
  processes with Exp(mu = 1/s) service. The line buffer is a PriorityStore ordered by arrival
  number, so a job handed back after a failure goes to the head of the line.
* mmc-fail: the same, and each executor fails after Exp(500 s) (wall clock, busy or idle) and is
  repaired after Exp(10 s); a failure process interrupts the executor. An interrupted job goes
  back to the head of the line and needs its full service time again.

Separate named random.Random streams for arrivals, service demands and each executor's failures
(common random numbers). Times are float seconds (SimPy's own idiom).
"""
import argparse
import json
import math
import random
import resource
import time

import simpy
from simpy.resources.store import PriorityItem

T_975_19 = 2.093024054408263  # Student t quantile for a 95 % interval from 20 batch means


class BatchMeans:
    """Streaming batch means after a warm-up, as in bench/src/batch-means.ts."""

    def __init__(self, total, warmup, batches=20):
        self.warmup = warmup
        self.batches = batches
        self.size = max(1, (total - warmup) // batches)
        self.sums = [0.0] * batches
        self.counts = [0] * batches
        self.seen = 0

    def add(self, x):
        i = self.seen - self.warmup
        self.seen += 1
        if i < 0:
            return
        b = i // self.size
        if b < self.batches:
            self.sums[b] += x
            self.counts[b] += 1

    def interval(self):
        means = [s / self.size for s, n in zip(self.sums, self.counts) if n == self.size]
        if len(means) != 20:
            return None
        m = sum(means) / len(means)
        sd = math.sqrt(sum((x - m) ** 2 for x in means) / (len(means) - 1))
        return m, T_975_19 * sd / math.sqrt(len(means))


def stream(seed, name):
    return random.Random(f"{seed}/{name}")


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run_hold(seed, delays, processes=1000):
    env = simpy.Environment()
    rng = stream(seed, "hold/delays")
    per = round(delays / processes)

    def holder():
        for _ in range(per):
            yield env.timeout(rng.random())

    for _ in range(processes):
        env.process(holder())
    t0 = time.perf_counter()
    env.run()
    seconds = time.perf_counter() - t0
    events = next(env._eid)
    return {
        "model": "hold",
        "engine": "simpy",
        "events": events,
        "seconds": seconds,
        "eventsPerSecond": events / seconds,
        "simulatedSeconds": env.now,
        "peakRssMB": peak_rss_mb(),
    }


class Job:
    __slots__ = ("arrival", "demand")

    def __init__(self, arrival, demand):
        self.arrival = arrival
        self.demand = demand


def run_mmc(seed, jobs, failures, lam=9.0, mu=1.0, c=10, mtbf=500.0, mttr=10.0, warmup=10_000):
    env = simpy.Environment()
    line = simpy.PriorityStore(env)
    waits = BatchMeans(jobs, min(warmup, jobs // 10))
    arrivals = stream(seed, "arrivals")
    demands = stream(seed, "service-demands")
    all_done = env.event()
    stats = {"done": 0, "failures": 0, "requeued": 0}

    def source():
        for seq in range(jobs):
            yield env.timeout(arrivals.expovariate(lam))
            line.put(PriorityItem(seq, Job(env.now, demands.expovariate(mu))))

    def executor():
        job = None
        down = 0.0
        while True:
            try:
                if down > 0:
                    d, down = down, 0.0
                    yield env.timeout(d)
                    continue
                req = line.get()
                try:
                    job = yield req
                except simpy.Interrupt:
                    # SimPy pitfall: a get satisfied at this very instant has already taken the
                    # item out of the store; give it back or it is lost.
                    if req.triggered:
                        line.put(req.value)
                        stats["requeued"] += 1
                    else:
                        req.cancel()
                    raise
                yield env.timeout(job.item.demand)
                waits.add(env.now - job.item.arrival - job.item.demand)
                job = None
                stats["done"] += 1
                if stats["done"] == jobs:
                    all_done.succeed()
            except simpy.Interrupt as interrupt:
                if job is not None:
                    line.put(job)  # same arrival number: back to the head of the line
                    stats["requeued"] += 1
                    job = None
                down = interrupt.cause

    def failer(target, rng):
        while True:
            yield env.timeout(rng.expovariate(1.0 / mtbf))
            repair = rng.expovariate(1.0 / mttr)
            stats["failures"] += 1
            target.interrupt(repair)
            yield env.timeout(repair)

    env.process(source())
    for i in range(c):
        ex = env.process(executor())
        if failures:
            env.process(failer(ex, stream(seed, f"executor-{i}/failures")))
    t0 = time.perf_counter()
    env.run(until=all_done)
    seconds = time.perf_counter() - t0
    events = next(env._eid)
    out = {
        "model": "mmc-fail" if failures else "mmc",
        "engine": "simpy",
        "events": events,
        "jobs": stats["done"],
        "seconds": seconds,
        "eventsPerSecond": events / seconds,
        "jobsPerSecond": stats["done"] / seconds,
        "simulatedSeconds": env.now,
        "peakRssMB": peak_rss_mb(),
    }
    ci = waits.interval()
    if ci is not None:
        out["meanWait"], out["meanWaitHalfWidth"] = ci
    if failures:
        out["failures"] = stats["failures"]
        out["requeued"] = stats["requeued"]
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", required=True, choices=["hold", "mmc", "mmc-fail"])
    p.add_argument("--jobs", type=int, default=1_000_000)
    p.add_argument("--hold-delays", type=int, default=2_000_000)
    p.add_argument("--seed", default="resilab-bench")
    a = p.parse_args()
    if a.model == "hold":
        out = run_hold(a.seed, a.hold_delays)
    else:
        out = run_mmc(a.seed, a.jobs, a.model == "mmc-fail")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
