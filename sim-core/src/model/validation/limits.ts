/**
 * Upper bounds of the scenario's numbers, checked at load so that a valid scenario never fails
 * inside the kernel (a time past MAX_TIME), never overflows a sum or product to ∞ (cost = price ×
 * hours × machines) and never allocates without bound (one object per node, zone or executor).
 * Each maximum is what a real CI/CD platform needs, with headroom; docs/parameters.md ("Limits")
 * gives the reasoning behind each.
 */

const YEAR = 365 * 86_400;

/** Longest horizon (seconds): 100 years (the closed-form validation runs use up to 100). */
export const MAX_HORIZON = 100 * YEAR;

/**
 * Longest fixed delay or mean duration (seconds): a repair, a detection or probe period, a boot,
 * a stage, a restore — 1 year. Nothing in a CI/CD platform takes longer than a year on average,
 * and with the draw cap (`run/context.ts`, MAX_DRAW) a chain of such delays after the longest
 * horizon stays far inside kernel time.
 */
export const MAX_DURATION = YEAR;

/**
 * Longest mean time between failures or between bursts (seconds): 10^15 s (≈ 32 million years).
 * Scenarios write a huge MTBF for "never fails"; any finite mean is safe because every draw is
 * capped (MAX_DRAW), so this bound only keeps the number finite in seconds and microseconds.
 */
export const MAX_MEAN_INTERVAL = 1e15;

/** Largest price per hour (or per GB-month) of any cost item, in the scenario's currency: 10^6. */
export const MAX_PRICE = 1_000_000;

/**
 * Largest slowdown factor of a slow failure (controller or executor): 100. A component 100 times
 * slower than normal is down for any practical purpose.
 */
export const MAX_SLOW_FACTOR = 100;

/**
 * Largest `controllers.load.failureGrowth`: 100 — a controller at its capacity failing 101 times
 * as often as an idle one is already failing all the time (docs/parameters.md, "Limits").
 */
export const MAX_LOAD_GROWTH = 100;

/**
 * Platform nodes: 100,000 — twenty times the largest Kubernetes cluster the project supports
 * (5,000 nodes, "Considerations for large clusters"); each node is an object in every run.
 */
export const MAX_NODES = 100_000;

/**
 * Availability zones: 100. A cloud region has 3 to 6; a platform over every zone of a large
 * provider has fewer than 150. The zone loss model visits every node of a zone (zones × nodes).
 */
export const MAX_ZONES = 100;

/** Executors over every label (count × labels): the documented maximum of `executors.count`. */
export const MAX_EXECUTORS = 1_000_000;

/** Executor labels: 100 distinct kinds of agents. */
export const MAX_LABELS = 100;

/** Pipeline stages: 1,000 (every pipeline run holds a few numbers per stage). */
export const MAX_STAGES = 1000;

/** Concurrent pipelines one controller orchestrates (`controllers.capacity`): 10^6. */
export const MAX_CAPACITY = 1_000_000;

/** Probe and health-check thresholds (consecutive failures): 1,000. */
export const MAX_THRESHOLD = 1000;

/** End-user requests per second (a rate that multiplies seconds of outage): 10^9. */
export const MAX_REQUESTS_PER_SECOND = 1e9;

/**
 * Event budget per replication: 10^10 (a few hours of one core). Larger budgets only let a
 * runaway scenario run longer.
 */
export const MAX_EVENT_BUDGET = 1e10;

/** `{ min: 0, max: MAX_DURATION }`: the rule of a fixed delay, in seconds. */
export const DURATION_RULE = { min: 0, max: MAX_DURATION } as const;
