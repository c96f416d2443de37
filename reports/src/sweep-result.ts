/** The sweep result type, from sim-core (one experiment per swept value, plus the cheapest design). */
export type { SweepResult } from "@resilab/sim-core";
