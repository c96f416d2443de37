/**
 * The study form's fields as typed, read into settings with the CLI's limits: a bad field is
 * named with the value and what is allowed (as `resilab sensitivity` says it), never guessed.
 */
import { SENSITIVITY_METHODS, type SensitivityMethod } from "@resilab/sim-core";
import { DEFAULT_SETTINGS, type StudySettings } from "./sensitivity-study";

/** The fields as typed. */
export interface SettingsText {
  method: string;
  replications: string;
  trajectories: string;
  bisect: string;
}

export const DEFAULT_TEXT: SettingsText = {
  method: DEFAULT_SETTINGS.method,
  replications: String(DEFAULT_SETTINGS.replications),
  trajectories: String(DEFAULT_SETTINGS.trajectories),
  bisect: String(DEFAULT_SETTINGS.bisect),
};

/** Limits of the whole-number fields: the CLI's (--replications, --trajectories, --bisect). */
export const LIMITS = {
  replications: [1, 100_000],
  trajectories: [2, 1000],
  bisect: [0, 20],
} as const;

/** Labels, used in the form and in problems. */
export const LABELS: Record<keyof SettingsText, string> = {
  method: "Method",
  replications: "Replications per point",
  trajectories: "Morris trajectories",
  bisect: "Bisection rounds per flip",
};

export type SettingsProblems = Partial<Record<keyof SettingsText, string>>;

function whole(key: keyof typeof LIMITS, text: string, problems: SettingsProblems): number {
  const [min, max] = LIMITS[key];
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    problems[key] =
      `${LABELS[key]}: got ${JSON.stringify(text)}; allowed: a whole number from ${min} to ${max}`;
    return DEFAULT_SETTINGS[key];
  }
  return value;
}

/** Reads the fields; `problems` is empty when every field is good. */
export function readSettings(text: SettingsText): { settings: StudySettings; problems: SettingsProblems } {
  const problems: SettingsProblems = {};
  const known = (SENSITIVITY_METHODS as readonly string[]).includes(text.method);
  if (!known)
    problems.method = `${LABELS.method}: got ${JSON.stringify(text.method)}; allowed: ${SENSITIVITY_METHODS.join(", ")}`;
  const method = known ? (text.method as SensitivityMethod) : DEFAULT_SETTINGS.method;
  const settings: StudySettings = {
    method,
    replications: whole("replications", text.replications, problems),
    // A field the method does not use is not checked (it is hidden).
    trajectories: method === "morris" ? whole("trajectories", text.trajectories, problems) : 10,
    bisect: method === "tornado" ? whole("bisect", text.bisect, problems) : 3,
  };
  return { settings, problems };
}
