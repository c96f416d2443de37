/** Did-you-mean suggestions for unknown keys and names: the one implementation lives in sim-core. */
export { didYouMean, editDistance } from "@resilab/sim-core";
