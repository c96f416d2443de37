/**
 * The form's groups for on-call people and planned changes in Chromium: labelled fields, no
 * skipped heading level, no serious axe violation inside the form, a bad value refused with a
 * message naming the field, the value and what is allowed, and good values and new rows written
 * to the YAML; an optional topology part switched on shows its knobs.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { libraryText } from "@resilab/scenarios";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addChange } from "../src/scenario/list-edits";
import { encodeShare } from "../src/scenario/share-link";
import { setScalar } from "../src/yaml/yaml-edit";
import { browserAvailable } from "./browser";
import { type Lab, openLab } from "./lab-harness";

const available = browserAvailable();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The on-call scenario with a planned change, short enough to run in a moment. */
function text(): string {
  let t = libraryText("on-call-manual-failover");
  t = setScalar(t, ["horizon"], "2d");
  t = setScalar(t, ["replications"], "2");
  return addChange(t, "plugin-update");
}

const yaml = (page: Page) => page.locator("#yaml-text").inputValue();

describe.skipIf(!available)("people and planned changes in the form", () => {
  let lab: Lab;
  let page: Page;

  beforeAll(async () => {
    lab = await openLab();
    page = lab.page;
    await page.goto(`${lab.server.url}#${encodeShare(text())}`);
    await page.getByRole("group", { name: "People on call" }).waitFor();
  });

  afterAll(async () => {
    await lab?.close();
  });

  it("has labelled fields, headings in order and no serious axe violation in the form", async () => {
    const levels = await page.evaluate(() =>
      [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1])),
    );
    for (let k = 1; k < levels.length; k++) expect(levels[k]!).toBeLessThanOrEqual(levels[k - 1]! + 1);
    await expect.poll(() => page.getByLabel("Shift 1: From hour").count()).toBe(1);
    await expect.poll(() => page.getByLabel("Change 1: Every").count()).toBe(1);
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(c: Element, o: object): Promise<{ violations: { id: string; impact: string | null }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document.querySelector("form.scenario-form")!, {
        resultTypes: ["violations"],
      });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    console.log(`axe form: ${JSON.stringify(violations)}`);
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  it("refuses a bad hour with a message and writes a good one", async () => {
    const before = await yaml(page);
    const from = page.getByLabel("Shift 1: From hour");
    await from.fill("25");
    await from.press("Enter");
    await expect
      .poll(() => page.getByRole("alert").filter({ hasText: "people.schedule.0.from" }).textContent())
      .toBe('people.schedule.0.from: got "25"; allowed: an hour of the day from 0 to 24');
    expect(await yaml(page)).toBe(before);
    await from.fill("8");
    await from.press("Enter");
    await expect.poll(() => yaml(page)).toContain("from: 8, to: 17");
  });

  it("adds a node drain to the planned changes", async () => {
    const planned = page.getByRole("group", { name: "Planned changes" });
    await planned.getByLabel("Add a planned change").selectOption("node-drain");
    await planned.getByRole("button", { name: "Add", exact: true }).click();
    await expect.poll(() => yaml(page)).toContain("kind: node-drain");
    await expect.poll(() => page.getByLabel("Change 2: Nodes drained at once").inputValue()).toBe("1");
  });

  it("switches on a restart storm for a topology and shows its knobs", async () => {
    const add = page.getByLabel(/^Add to /).first();
    await add.selectOption({ label: "restart storm (agents reconnecting)" });
    await page.getByRole("button", { name: "Add part" }).first().click();
    await expect.poll(() => yaml(page)).toContain("restartStorm: { perAgent: 2s, slowFactor: 2 }");
    await expect
      .poll(() => page.getByLabel("Restart storm: slow-down factor, exact value").first().inputValue())
      .toBe("2");
  });
});
