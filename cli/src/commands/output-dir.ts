/** Where a command writes its files: --out, or resilab-results/<scenario name> by default. */
import { resolve } from "node:path";

/** A file-system-safe form of a scenario name. */
export function slug(name: string): string {
  const cleaned = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[-.]+|-+$/g, "");
  return cleaned.slice(0, 80) || "scenario";
}

/**
 * The output directory: `--out` if given; none when only --json was asked for (results go to
 * stdout); otherwise `resilab-results/<slug>` under the working directory.
 */
export function outputDir(
  out: string | undefined,
  json: boolean,
  scenarioName: string,
  cwd: string,
): string | null {
  if (out !== undefined) return resolve(cwd, out);
  if (json) return null;
  return resolve(cwd, "resilab-results", slug(scenarioName));
}
