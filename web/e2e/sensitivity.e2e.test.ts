/**
 * The sensitivity tab in Chromium, on a small scenario (one controller, two assumptions): the
 * parameters and the cost are shown before anything runs, a heavy study waits for confirmation,
 * the study runs on simulation workers started by the page, the tornado and ranking charts and
 * the flip table appear — equal to the study computed by sim-core in Node (the CLI's path) — and
 * Cancel ends a running study and its busy workers within a second. Keyboard, labels, heading
 * order and axe are checked on the way.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { flipRows } from "@resilab/reports";
import { loadScenario } from "@resilab/scenarios";
import { runSensitivity, studyParameters, validateScenario } from "@resilab/sim-core";
import type { Page, Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeShare } from "../src/scenario/share-link";
import { STUDY_YAML } from "../src/sensitivity/test-study";
import { TOOL_VERSION } from "../src/version";
import { browserAvailable } from "./browser";
import { type Lab, openLab, shot, waitForStatus } from "./lab-harness";

const available = browserAvailable();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Serious or critical axe-core violations on the page. */
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

const status = (page: Page) => page.locator(".sensitivity-status").textContent();

describe.skipIf(!available)("sensitivity of the verdicts", () => {
  let lab: Lab;
  let page: Page;
  const simWorkers: Worker[] = [];
  const closed = new Set<Worker>();

  beforeAll(async () => {
    lab = await openLab();
    page = lab.page;
    page.on("worker", (w) => {
      if (!/sim\.worker/.test(w.url())) return;
      simWorkers.push(w);
      w.on("close", () => closed.add(w));
    });
    await page.goto(`${lab.server.url}#${encodeShare(STUDY_YAML)}`);
    await waitForStatus(page, /Comparison done/);
    // The comparison's workers live in its job worker; only the study's are the page's own.
    simWorkers.length = 0;
  });

  afterAll(async () => {
    await lab?.close();
  });

  it("shows the assumptions and the cost before running, with labelled, keyboard-reachable controls", async () => {
    // Arrows move between the results tabs: Comparison → Sweep → Sensitivity.
    await page.getByRole("tab", { name: "Comparison" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    const tab = page.getByRole("tab", { name: "Sensitivity" });
    await expect.poll(() => tab.getAttribute("aria-selected")).toBe("true");
    await page.getByRole("heading", { name: "Sensitivity of the verdicts", level: 2 }).waitFor();
    const params = page.getByRole("table", { name: "Parameters and their ranges" });
    const names = await params.locator("tbody th").allTextContents();
    expect(names).toEqual(["faults.controller.mttr", "faults.controller.mtbf"]);
    expect(await params.locator("tbody tr").first().locator("td").nth(1).textContent()).toBe(
      "30 min (15 min – 90 min)",
    );
    for (const label of ["Method", "Replications per point", "Bisection rounds per flip"])
      expect(await page.getByLabel(label, { exact: true }).count()).toBe(1);
    expect(await page.getByLabel("Replications per point").inputValue()).toBe("10");
    expect(await page.locator(".sensitivity-cost").textContent()).toMatch(
      /^5 points × 1 topology × 10 replications = 50 runs, then up to 3 bisection rounds of 10 runs per verdict flip; about /,
    );
    // The keyboard reaches the Run button from the tab.
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.textContent === "Run study");
    }
    expect(reached).toBe(true);
    // A bad value is named under its field and nothing can run.
    const reps = page.getByLabel("Replications per point");
    await reps.fill("0");
    expect(await reps.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator(".sensitivity-field .help.error").textContent()).toBe(
      'Replications per point: got "0"; allowed: a whole number from 1 to 100000',
    );
    expect(await page.getByRole("button", { name: "Run study" }).isDisabled()).toBe(true);
  });

  it("asks before a heavy study and starts nothing until confirmed", async () => {
    await page.getByLabel("Replications per point").fill("1000");
    await page.getByRole("button", { name: "Run study" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: /^Heavy study: 5,000 runs/ })
      .waitFor();
    expect(await page.getByRole("button", { name: "Start heavy study" }).count()).toBe(1);
    await page.getByRole("button", { name: "Not now" }).click();
    expect(await status(page)).toBe("");
    expect(simWorkers.length).toBe(0);
  });

  it("runs the study on workers and shows the ranking, the flips and the tornado, as sim-core computes them", async () => {
    await page.getByLabel("Replications per point").fill("4");
    await page.getByRole("button", { name: "Run study" }).click();
    await expect.poll(() => status(page), { timeout: 120_000 }).toMatch(/^Study done: 44 runs in /);
    // The runs went to simulation workers the page started (off the main thread).
    expect(simWorkers.length).toBeGreaterThan(0);
    const charts = page.locator(".sensitivity-results .chart-body svg[role=img]");
    expect(await charts.count()).toBe(2);
    expect(await charts.nth(1).getAttribute("aria-label")).toMatch(
      / Tornado chart of availability >= 99\.6% for single-vm: faults\.controller\.mttr moves it from /,
    );
    expect(await charts.nth(1).locator("rect").count()).toBeGreaterThanOrEqual(4);

    // The same study in Node, straight from sim-core (what `resilab sensitivity --replications 4` runs).
    const scenario = validateScenario({ ...loadScenario(STUDY_YAML), replications: 4 });
    const { parameters } = studyParameters(scenario);
    const expected = await runSensitivity(scenario, parameters, {
      method: "tornado",
      defaultAssumptions: false,
      toolVersion: TOOL_VERSION,
    });
    const flips = page.getByRole("table", { name: /^Verdicts that flip/ });
    const rows = await flips.locator("tbody tr").all();
    expect(await Promise.all(rows.map((r) => r.locator("th, td").allTextContents()))).toEqual(
      flipRows(expected),
    );
    const ranking = page.getByRole("table", { name: /^Parameters ranked/ });
    expect(await ranking.locator("tbody th").allTextContents()).toEqual(
      expected.ranking.flatMap((r, i) => [String(i + 1), r.parameter]),
    );
    // Headings go h2 → h3 without skipping a level.
    const levels = await page
      .locator(".sensitivity-panel")
      .evaluate((el) => [...el.querySelectorAll("h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(2);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    await shot(page, "50-sensitivity");
    await charts.nth(1).scrollIntoViewIfNeeded();
    await shot(page, "51-sensitivity-tornado");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("cancels a running study within a second, ending its busy workers", async () => {
    await page.getByLabel("Replications per point").fill("400");
    const before = simWorkers.length;
    await page.getByRole("button", { name: "Run study" }).click();
    await expect
      .poll(() => status(page), { timeout: 30_000 })
      .toMatch(/^Study running: [1-9]\d* of 2000 runs/);
    const busy = simWorkers.filter((w) => !closed.has(w)).length;
    expect(busy).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Cancel study" }).click();
    await expect
      .poll(() => status(page), { timeout: 1000 })
      .toMatch(/^Study cancelled after \d+ of 2000 runs\.$/);
    // Busy workers are ended at once, not left to finish their runs.
    await expect.poll(() => closed.size, { timeout: 1000 }).toBeGreaterThan(0);
    const after = await status(page);
    await page.waitForTimeout(1500);
    expect(await status(page)).toBe(after);
    expect(await page.getByRole("button", { name: "Cancel study" }).isDisabled()).toBe(true);
    // The pool takes the next study at once.
    await page.getByLabel("Replications per point").fill("2");
    await page.getByRole("button", { name: "Run study" }).click();
    await expect.poll(() => status(page), { timeout: 120_000 }).toMatch(/^Study done: /);
    expect(simWorkers.length).toBeGreaterThan(before);
  });
});
