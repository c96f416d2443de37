/**
 * End-to-end tests of the built lab in Debian's Chromium: open it, run the default comparison,
 * zoom the timeline, change a value and see the results update, see an inline error for bad
 * YAML, open shared links (and refuse damaged or hostile ones), export the report, the result
 * and charts (the exported JSON and HTML are byte-identical to the CLI's path in Node), sweep a
 * parameter, open the gallery and keep unsaved edits across a visit. Screenshots of the main
 * views go to web/test-results/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderHtmlReport, toJson } from "@resilab/reports";
import { libraryNames, libraryText, loadScenario } from "@resilab/scenarios";
import { runExperiment } from "@resilab/sim-core";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeShare } from "../src/scenario/share-link";
import { TOOL_VERSION } from "../src/version";
import { removeItem, setScalar } from "../src/yaml/yaml-edit";
import { browserAvailable, launchLab } from "./browser";
import { compareJson } from "./json-compare";
import { buildLab } from "./lab-harness";
import { type StaticServer, serveStatic } from "./static-server";

const WEB = join(dirname(fileURLToPath(import.meta.url)), "..");
const SHOTS = join(WEB, "test-results");
const available = browserAvailable();
if (!available)
  console.warn("Skipping the browser tests: /usr/bin/chromium is not installed (apt-get install chromium).");

/** A small comparison (3 topologies, 3 simulated days, 4 replications) that runs in a second or two. */
function smallText(name = "e2e-small"): string {
  let text = libraryText("default-comparison");
  text = setScalar(text, ["name"], name);
  text = setScalar(text, ["horizon"], "3d");
  text = setScalar(text, ["replications"], "4");
  text = removeItem(text, ["topologies"], 4);
  return removeItem(text, ["topologies"], 3);
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Waits until the run status matches `pattern` (a finished run by default); returns the status. */
async function waitForStatus(page: Page, pattern = /done|failed|cancelled/, timeout = 150_000) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector(".run-status")?.textContent ?? ""),
    pattern.source,
    { timeout },
  );
  return (await page.locator(".run-status").textContent()) ?? "";
}

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return readFileSync((await file.path())!);
}

describe.skipIf(!available)("the web lab in Chromium", () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const offsite: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // Build as a user would, into a folder of its own (other test files build side by side).
    server = await serveStatic(buildLab());
    context = await launchLab();
    page = await context.newPage();
    page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
    // Offline by design: every request stays on the lab's own origin (or is a blob/data URL).
    context.on("request", (r) => {
      if (!/^(http:\/\/127\.0\.0\.1:\d+\/|blob:|data:)/.test(r.url())) offsite.push(r.url());
    });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it("opens the lab and runs the default comparison: verdicts and charts", async () => {
    await page.goto(server.url);
    await expect.poll(() => page.locator(".scenario-name").textContent()).toBe("default-comparison");
    await page.getByRole("button", { name: /^(Run|Restart)$/ }).click();
    const status = await waitForStatus(page);
    expect(status).toMatch(/Comparison done: 150 runs/);
    const table = page.getByRole("table", { name: /^Service-level verdicts/ });
    await expect
      .poll(() => table.locator("thead th").allTextContents())
      .toEqual([
        "Objective",
        "single",
        "active-passive",
        "active-active",
        "resilient-decoupled",
        "cloud-native",
      ]);
    const words = await table.locator("td.verdict strong").allTextContents();
    expect(words.length).toBe(30);
    expect(new Set(words).size).toBeGreaterThan(1);
    for (const w of words) expect(["MET", "MISSED", "INCONCLUSIVE"]).toContain(w);
    const charts = page.locator(".chart-body svg[role=img]");
    // Charts draw one per task after the picture arrives (charts/draw-queue.ts).
    await expect.poll(() => charts.count()).toBe(7);
    for (const label of await charts.evaluateAll((svgs) =>
      svgs.map((s) => s.getAttribute("aria-label") ?? ""),
    )) {
      expect(label.length).toBeGreaterThan(20);
    }
    expect(
      await page
        .locator(".chart-body svg text", { hasText: "Service outage, down to serving again (log scale)" })
        .count(),
    ).toBe(1);
    // The outage and interruption numbers, with the failure classes that drive their tails.
    const durations = page.locator("#durations table");
    expect(await durations.count()).toBe(3);
    expect(await durations.first().locator("thead th").allTextContents()).toContain("Outage p99 [95% CI]");
    await shot(page, "01-lab-default-comparison");
    const cards = page.locator(".chart-card");
    for (const [i, name] of [
      "outages",
      "differences",
      "timeline",
      "queue",
      "availability",
      "cost",
      "lead-time",
    ].entries()) {
      await cards.nth(i).screenshot({ path: join(SHOTS, `02-chart-${name}.png`) });
    }
  });

  it("zooms the incident timeline with buttons and keys", async () => {
    const card = page.locator(".chart-card").nth(2);
    await expect.poll(() => card.locator(".chart-controls .muted").textContent()).toBe("Showing 30.0 days");
    await card.getByRole("button", { name: "Worst incident" }).click();
    const zoomed = (await card.locator(".chart-controls .muted").textContent()) ?? "";
    expect(zoomed).not.toBe("Showing 30.0 days");
    expect(await card.locator("[data-kind=recovery]").count()).toBeGreaterThan(0);
    await card.screenshot({ path: join(SHOTS, "03-timeline-worst-incident.png") });
    // Stage detail exists for the first pipelines of the run only; the lab offers to zoom there.
    await card.getByLabel("Show pipelines").check();
    if ((await card.locator("[data-kind=attempt]").count()) === 0) {
      await card.getByRole("button", { name: "Zoom to them" }).click();
    }
    expect(await card.locator("[data-kind=attempt]").count()).toBeGreaterThan(0);
    await card.locator(".chart-controls").scrollIntoViewIfNeeded();
    await shot(page, "03-timeline-pipelines");
    await card.getByLabel("Show pipelines").uncheck();
    await card.locator("svg.zoomable").focus();
    await page.keyboard.press("0");
    await expect.poll(() => card.locator(".chart-controls .muted").textContent()).toBe("Showing 30.0 days");
    await page.keyboard.press("+");
    await expect.poll(() => card.locator(".chart-controls .muted").textContent()).toBe("Showing 15.0 days");
  });

  it("re-runs after a change and shows the updated picture", async () => {
    const before = await page.getByRole("table", { name: /^Service-level verdicts/ }).textContent();
    const controller = page.locator(".knob-group", {
      has: page.getByRole("heading", { name: "Controller", exact: true }),
    });
    // Controllers restart by themselves (supervisor / kubelet), so their failure rate matters.
    const mtbf = controller.getByLabel("mean time between failures, exact value");
    await mtbf.fill("1d");
    await mtbf.press("Enter");
    await expect.poll(() => page.locator("#yaml-text").inputValue()).toContain("mtbf: 1d");
    await waitForStatus(page, /Comparison running/);
    const status = await waitForStatus(page, /Comparison done/);
    console.log(`what-if in the browser: ${status}`);
    expect(await page.getByRole("table", { name: /^Service-level verdicts/ }).textContent()).not.toBe(before);
    await shot(page, "04-what-if-updated");
    // The slider is keyboard operable and writes the YAML too.
    const slider = controller.getByRole("slider", { name: "mean time between failures" });
    await slider.focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.locator("#yaml-text").inputValue()).not.toContain("mtbf: 1d\n");
  });

  it("shows an inline error at line and column for bad YAML, and the form says so", async () => {
    const good = await page.locator("#yaml-text").inputValue();
    const line = good.split("\n").findIndex((l) => l.startsWith("horizon:")) + 1;
    await page.locator("#yaml-text").fill(good.replace("horizon: 30d", "horizon: 30 dayz"));
    const issue = page.locator(".yaml-issues li").first();
    await expect.poll(() => issue.textContent()).toContain(`line ${line}, column 10`);
    expect(await issue.textContent()).toContain("horizon");
    expect(await page.locator(".invalid-badge").textContent()).toBe("1 problem");
    expect(await page.locator(".gutter-mark").count()).toBe(1);
    expect(await page.locator(".form-warning").textContent()).toContain("a problem");
    await shot(page, "05-yaml-error");
    await issue.getByRole("button").click();
    expect(await page.locator("#yaml-text").evaluate((t: HTMLTextAreaElement) => t.selectionStart)).toBe(
      good
        .split("\n")
        .slice(0, line - 1)
        .join("\n").length +
        1 +
        9,
    );
    await page.locator("#yaml-text").fill(good);
    await expect.poll(() => page.locator(".valid-badge").count()).toBe(1);
  });

  it("opens a shared link and exports the result, the report and charts as the CLI's path computes them", async () => {
    const text = smallText();
    const expected = runExperiment(loadScenario(text), { toolVersion: TOOL_VERSION });
    await page.goto(`${server.url}#${encodeShare(text)}`);
    await expect.poll(() => page.locator(".scenario-name").textContent()).toBe("e2e-small");
    expect(await page.locator("#yaml-text").inputValue()).toBe(text);
    expect(await page.locator(".toast").textContent()).toContain("Opened the scenario from the link");
    await waitForStatus(page, /Comparison done: 12 runs/);
    const json = (
      await download(page, () => page.getByRole("button", { name: "Export JSON" }).click())
    ).toString("utf8");
    if (json !== toJson(expected)) {
      // Say where they differ before failing: every byte must agree (sim-core avoids engine-specific math).
      const diff = compareJson(JSON.parse(json), JSON.parse(toJson(expected)));
      console.error(`browser and Node results differ: ${JSON.stringify(diff).slice(0, 2000)}`);
    }
    expect(json).toBe(toJson(expected));
    const html = (
      await download(page, () => page.getByRole("button", { name: "Export report" }).click())
    ).toString("utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain(expected.scenario.hash);
    expect(html).toBe(renderHtmlReport(expected));
    const card = page.locator(".chart-card").first();
    const svg = (await download(page, () => card.getByRole("button", { name: "SVG" }).click())).toString(
      "utf8",
    );
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain(expected.scenario.hash);
    const png = await download(page, () => card.getByRole("button", { name: "PNG" }).click());
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    const timeline = await download(page, () =>
      page.locator(".chart-card").nth(2).getByRole("button", { name: "SVG" }).click(),
    );
    expect(timeline.toString("utf8")).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // The lab's own charts carry the provenance line too (tool, scenario hash, seed).
    expect(timeline.toString("utf8")).toContain(expected.scenario.hash);
    await page.setViewportSize({ width: 1366, height: 768 });
    await shot(page, "06-laptop-1366x768");
    await page.setViewportSize({ width: 2560, height: 1440 });
    await shot(page, "07-large-2560x1440");
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it("sweeps a parameter and draws the curves", async () => {
    await page.getByRole("tab", { name: "Sweep" }).click();
    await page
      .getByRole("combobox", { name: "Parameter" })
      .selectOption({ label: "Controller: mean time to repair" });
    await page.getByRole("textbox", { name: "Values" }).fill("5m, 2h");
    await page.getByRole("button", { name: "Run sweep" }).click();
    const status = await waitForStatus(page, /Sweep (done|failed)/);
    expect(status).toMatch(/Sweep done: 24 runs/);
    const curves = page.locator(".sweep .chart-body svg[role=img]");
    expect(await curves.count()).toBeGreaterThanOrEqual(2);
    await shot(page, "08-sweep");
    // Tabs follow the keyboard pattern: arrows move between them.
    await page.getByRole("tab", { name: "Sweep" }).focus();
    await page.keyboard.press("ArrowLeft");
    await expect
      .poll(() => page.getByRole("tab", { name: "Comparison" }).getAttribute("aria-selected"))
      .toBe("true");
  });

  it("opens a library scenario from the gallery and keeps unsaved edits for the next visit", async () => {
    await page.getByRole("button", { name: "Library" }).click();
    const dialog = page.getByRole("dialog", { name: "Scenario library" });
    await expect.poll(() => dialog.getByRole("article").count()).toBe(libraryNames().length);
    expect(await dialog.textContent()).toContain("Question:");
    await shot(page, "09-gallery");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.getByRole("button", { name: "Library" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole("button", { name: "Open zone-outage" }).click();
    await expect.poll(() => page.locator(".scenario-name").textContent()).toBe("zone-outage");
    await page.getByRole("button", { name: "Cancel" }).click();
    await waitForStatus(page, /Comparison cancelled after \d+ of 100 runs/);
    // A file opened from disk replaces the text (and is validated like any other).
    await page.getByLabel("Open a scenario file").setInputFiles({
      name: "uploaded.yaml",
      mimeType: "text/yaml",
      buffer: Buffer.from(smallText("uploaded-file")),
    });
    await expect.poll(() => page.locator(".scenario-name").textContent()).toBe("uploaded-file");
    expect(await page.locator(".yaml-head").textContent()).toContain("uploaded.yaml");
    await page.locator("#yaml-text").fill(libraryText("zone-outage"));
    await page.getByRole("spinbutton", { name: "Seed" }).fill("4242");
    await expect.poll(() => page.locator("#yaml-text").inputValue()).toContain("seed: 4242");
    await page.waitForTimeout(400);
    await page.goto(server.url);
    await page.reload();
    await expect.poll(() => page.locator(".scenario-name").textContent()).toBe("zone-outage");
    expect(await page.locator("#yaml-text").inputValue()).toContain("seed: 4242");
    // The address bar holds the draft's own link after a reload: that is the draft, not a link.
    expect(await page.locator(".toast").textContent()).toMatch(/Restored your unsaved edits/);
  });

  it("treats a link's text as untrusted: damaged links are refused, markup stays text", async () => {
    await page.goto(`${server.url}#s=not-a-scenario`);
    await page.reload();
    await expect.poll(() => page.locator(".toast").textContent()).toContain("The link could not be opened");
    const hostile = smallText("hostile").replace(
      /description: >-\n(?: {2}.*\n)+/,
      'description: "<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>"\n',
    );
    await page.goto(`${server.url}#${encodeShare(hostile)}`);
    await page.reload();
    await expect
      .poll(() => page.locator(".question").textContent())
      .toContain("<script>window.__pwned=2</script>");
    await waitForStatus(page, /Comparison done: 12 runs/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("body script").count()).toBe(0);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
  });
});
