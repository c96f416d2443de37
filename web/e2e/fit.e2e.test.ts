/**
 * The fit panel in Chromium: upload docs/examples/incidents.csv, fit it (in the fit worker),
 * read the result table and a Q–Q plot, apply the fitted faults to the scenario, see them in the
 * YAML editor, edit one, and run the comparison on the result. Also: a hostile file's problems
 * are shown as text, the panel is keyboard-reachable, and axe finds no serious violation.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { libraryText } from "@resilab/scenarios";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeShare } from "../src/scenario/share-link";
import { removeItem, setScalar } from "../src/yaml/yaml-edit";
import { browserAvailable } from "./browser";
import { type Lab, openLab, shot, WEB, waitForStatus } from "./lab-harness";

const available = browserAvailable();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const INCIDENTS = join(WEB, "../docs/examples/incidents.csv");
const FILE_LABEL = "Incident file (CSV or JSON, at most 5 MB)";

/** Three topologies, 3 simulated days, 4 replications: a run of a second or two. */
function smallText(): string {
  let text = libraryText("default-comparison");
  text = setScalar(text, ["name"], "fit-small");
  text = setScalar(text, ["horizon"], "3d");
  text = setScalar(text, ["replications"], "4");
  text = removeItem(text, ["topologies"], 4);
  return removeItem(text, ["topologies"], 3);
}

/** Serious or critical axe-core violations on the page (evaluated through the DevTools protocol: the CSP allows no inline script). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            c: Document,
            o: object,
          ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

describe.skipIf(!available)("fit faults from incident history", () => {
  let lab: Lab;
  let page: Page;

  beforeAll(async () => {
    lab = await openLab();
    page = lab.page;
    await page.goto(`${lab.server.url}#${encodeShare(smallText())}`);
    await waitForStatus(page, /Comparison done/);
  });

  afterAll(async () => {
    await lab?.close();
  });

  it("is reached from the results tabs by keyboard, with labelled inputs", async () => {
    await page.getByRole("tab", { name: "Comparison" }).focus();
    await page.keyboard.press("End");
    const tab = page.getByRole("tab", { name: "Fit faults" });
    await expect.poll(() => tab.getAttribute("aria-selected")).toBe("true");
    await page.getByRole("heading", { name: "Fit faults from incident history" }).waitFor();
    // From the tab, the keyboard reaches the file input first.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe("file");
    for (const label of [
      FILE_LABEL,
      "Observation start",
      "Observation end",
      "Class map",
      "Components per class",
    ])
      expect(await page.getByLabel(label, { exact: true }).count()).toBe(1);
  });

  it("shows a hostile file's problems as text, with line, column, value and what is allowed", async () => {
    const hostile = [
      "class,start,end",
      '"<img src=x onerror=""document.title=\'pwned\'"">",2026-01-01T00:00:00Z,2026-01-01T00:10:00Z',
      "controller,2026-01-0X,2026-01-02T00:10:00Z",
    ].join("\n");
    await page
      .getByLabel(FILE_LABEL)
      .setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(hostile) });
    await page.getByRole("button", { name: "Fit incidents" }).click();
    const table = page.getByRole("table", { name: "Problems in bad.csv" });
    await table.waitFor();
    const cells = (r: number) => table.locator("tbody tr").nth(r).locator("th, td").allTextContents();
    expect(await table.locator("tbody tr").count()).toBe(2);
    const first = await cells(0);
    expect(first.slice(0, 3)).toEqual([
      "line 2",
      '"class" (class)',
      `"<img src=x onerror=\\"document.title='pwned'\\">"`,
    ]);
    expect(first[3]).toMatch(/^a fault class: controller, /);
    const second = await cells(1);
    expect(second.slice(0, 3)).toEqual(["line 3", '"start" (start)', '"2026-01-0X"']);
    expect(second[3]).toMatch(/^an ISO 8601 time/);
    expect(await page.locator(".fit-panel img").count()).toBe(0);
    expect(await page.title()).not.toBe("pwned");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("refuses a file over 5 MB before reading it", async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, "a");
    await page.getByLabel(FILE_LABEL).setInputFiles({ name: "huge.csv", mimeType: "text/csv", buffer: big });
    await expect
      .poll(() => page.locator(".fit-field .help.error").first().textContent())
      .toBe("huge.csv is larger than 5 MB; the lab reads incident files of at most 5 MB (the CLI, 64 MB).");
    expect(await page.getByRole("button", { name: "Fit incidents" }).isDisabled()).toBe(true);
  });

  it("fits the example incidents, shows the table and a Q–Q plot, and has no serious axe violation", async () => {
    await page.getByLabel(FILE_LABEL).setInputFiles(INCIDENTS);
    // A bad option is named under its field, and nothing is fitted.
    const classMap = page.getByLabel("Class map", { exact: true });
    await classMap.fill("Jenkins Prod=jenkins");
    await page.getByRole("button", { name: "Fit incidents" }).click();
    await expect.poll(() => classMap.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator(".fit-field .help.error").textContent()).toMatch(
      /^Class map: got "Jenkins Prod=jenkins"; allowed: "<name in the file>=<fault class>" with a fault class: controller/,
    );
    await classMap.fill("");
    await page.getByLabel("Observation start", { exact: true }).fill("2025-06-01T00:00:00Z");
    await page.getByLabel("Observation end", { exact: true }).fill("2026-06-01T00:00:00Z");
    // The fit runs off the main thread, in its own worker.
    const worker = page.waitForEvent("worker", {
      predicate: (w) => /fit\.worker/.test(w.url()),
      timeout: 30_000,
    });
    await page.getByRole("button", { name: "Fit incidents" }).click();
    await worker;
    await expect
      .poll(() => page.locator(".fit-status").textContent(), { timeout: 60_000 })
      .toMatch(/^incidents\.csv: 98 rows \(generic incident CSV\), 98 in the observation window 2025-06-01/);
    const summary = page.getByRole("table", { name: /Chosen distribution per fault class/ });
    const executor = await summary.locator("tbody tr").nth(2).locator("th, td").allTextContents();
    expect(executor.slice(0, 4)).toEqual([
      "executor",
      "time to failure",
      "58 observed + 5 censored",
      "gamma",
    ]);
    expect(executor[5]).toBe("32.23d (26.06d – 39.87d)");
    await page.getByText("executor time to failure: 4 candidates and Q–Q plot").click();
    const plot = page.locator(".fit-sample[open] svg");
    await plot.first().waitFor();
    expect(await plot.first().locator("circle, rect, path").count()).toBeGreaterThan(58);
    await shot(page, "40-fit-panel");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("applies the fitted faults to the YAML, where they can be edited and run", async () => {
    await page.getByRole("checkbox", { name: "Live what-if" }).setChecked(false);
    await page.getByRole("button", { name: "Apply to scenario" }).click();
    await expect
      .poll(() => page.locator(".fit-applied").textContent())
      .toMatch(/replaced controller, executor, store/);
    const yaml = await page.locator("#yaml-text").inputValue();
    expect(yaml).toMatch(
      /# Fitted by resilab fit from incidents\.csv \(generic incident CSV, 98 rows\)\.\n(?:#[^\n]*\n)+faults:\n/,
    );
    expect(yaml).toMatch(
      /\n {2}controller:\n {4}# 24 incidents[^\n]*\n(?: {4}#[^\n]*\n)+ {4}mtbf: 18\.09d\n {4}mttr: 26\.23m\n/,
    );
    expect(yaml).toContain("    timeToFailure: { gamma: { shape: 1.453, scale: 22.18d } }\n");
    expect(yaml).toContain("  store:\n");
    // Classes the file does not have keep the scenario's values.
    expect(yaml).toMatch(/\n {2}node:\n(?: {4}#[^\n]*\n)* {4}mtbf: 90d\n/);
    await expect.poll(() => page.locator(".valid-badge").count()).toBe(1);
    await expect.poll(() => page.locator(".results-body.stale").count()).toBe(1);
    // The user edits a fitted value before running.
    await page.locator("#yaml-text").fill(yaml.replace("    mtbf: 18.09d\n", "    mtbf: 20d\n"));
    await expect.poll(() => page.locator(".valid-badge").count()).toBe(1);
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await expect.poll(() => page.locator(".results-body.stale").count(), { timeout: 150_000 }).toBe(0);
    expect(await waitForStatus(page, /Comparison (done|failed)/)).toMatch(/^Comparison done/);
    await shot(page, "41-fit-applied-run");
  });
});
