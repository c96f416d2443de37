/**
 * Accessibility in Chromium with axe-core: the main view with results, the gallery, the error
 * state (stale results beside a YAML problem), the sweep tab and the phone layout (390 px) have
 * no serious or critical violation. Moderate and minor ones are printed, not failed.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { libraryText } from "@resilab/scenarios";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeShare } from "../src/scenario/share-link";
import { removeItem, setScalar } from "../src/yaml/yaml-edit";
import { browserAvailable } from "./browser";
import { type Lab, openLab, shot, waitForStatus } from "./lab-harness";

const available = browserAvailable();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page (evaluated through the DevTools protocol: the page's CSP allows no inline script). */
async function axe(page: Page, view: string): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const run = (
      window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: Violation[] }> } }
    ).axe.run;
    const result = await run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })),
    }));
  });
  for (const v of violations)
    console.log(
      `axe ${view}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
  return violations;
}

function serious(violations: Violation[]) {
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Three topologies, 3 simulated days, 4 replications: a run of a second or two. */
function smallText(): string {
  let text = libraryText("default-comparison");
  text = setScalar(text, ["name"], "a11y-small");
  text = setScalar(text, ["horizon"], "3d");
  text = setScalar(text, ["replications"], "4");
  text = removeItem(text, ["topologies"], 4);
  return removeItem(text, ["topologies"], 3);
}

describe.skipIf(!available)("accessibility (axe-core)", () => {
  let lab: Lab;
  let page: Page;

  beforeAll(async () => {
    lab = await openLab();
    page = lab.page;
  });

  afterAll(async () => {
    await lab?.close();
  });

  it("the main view with results", async () => {
    await page.goto(`${lab.server.url}#${encodeShare(smallText())}`);
    await waitForStatus(page, /Comparison done/);
    expect(serious(await axe(page, "main view"))).toEqual([]);
  });

  it("axe finds what it should: a low-contrast line is a serious violation (the check can fail)", async () => {
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.id = "axe-control";
      p.textContent = "Barely readable";
      p.style.cssText = "color:#bbbbbb;background:#ffffff";
      document.body.append(p);
    });
    const found = serious(await axe(page, "control"));
    await page.evaluate(() => document.getElementById("axe-control")?.remove());
    expect(found.map((v) => v.id)).toContain("color-contrast");
  });

  it("at 1400 px the verdict table fits without scrolling sideways", async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    const wrap = page.locator("#verdicts .table-wrap");
    const { scroll, client } = await wrap.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    // Every chart card's export buttons are inside the card.
    for (const card of await page.locator(".chart-card").all()) {
      const box = await card.boundingBox();
      const png = await card.getByRole("button", { name: "PNG" }).boundingBox();
      expect(png!.x + png!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it("the gallery", async () => {
    await page.getByRole("button", { name: "Library" }).click();
    await page.getByRole("dialog", { name: "Scenario library" }).waitFor();
    expect(serious(await axe(page, "gallery"))).toEqual([]);
    await page.keyboard.press("Escape");
  });

  it("the error state, with stale results", async () => {
    const good = await page.locator("#yaml-text").inputValue();
    await page.locator("#yaml-text").fill(good.replace("horizon: 3d", "horizon: 3 dayz"));
    await expect.poll(() => page.locator(".invalid-badge").count()).toBe(1);
    await expect.poll(() => page.locator(".results-body.stale").count()).toBe(1);
    await shot(page, "30-error-state-stale");
    expect(serious(await axe(page, "error state"))).toEqual([]);
    await page.locator("#yaml-text").fill(good);
    await expect.poll(() => page.locator(".valid-badge").count()).toBe(1);
  });

  it("the sweep tab", async () => {
    await page.getByRole("tab", { name: "Sweep" }).click();
    await page
      .getByRole("combobox", { name: "Parameter" })
      .selectOption({ label: "Controller: mean time to repair" });
    await page.getByRole("textbox", { name: "Values" }).fill("5m, 2h");
    await page.getByRole("button", { name: "Run sweep" }).click();
    await waitForStatus(page, /Sweep (done|failed)/);
    expect(serious(await axe(page, "sweep tab"))).toEqual([]);
    await page.getByRole("tab", { name: "Comparison" }).click();
  });

  it("the phone layout (390 px)", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${lab.server.url}#${encodeShare(smallText())}`);
    await page.reload();
    await waitForStatus(page, /Comparison done/);
    await shot(page, "31-phone-390");
    expect(serious(await axe(page, "phone 390 px"))).toEqual([]);
    // The header's buttons wrap instead of pushing the product name off the screen.
    const brand = await page.locator(".brand h1").boundingBox();
    expect(brand?.x ?? -1).toBeGreaterThanOrEqual(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
