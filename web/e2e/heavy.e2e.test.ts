/**
 * Hostile and heavy input in Chromium: a link whose payload expands to gigabytes, a 3 MB link
 * fragment and a 40,000-run scenario never take the page down. The heavy scenario waits for the
 * user's Run (showing its runs and events), the page answers clicks within 100 ms while it runs
 * (Event Timing API), the main thread's longest task is measured (Long Tasks API), and Cancel
 * stops it within a second.
 */
import { libraryText } from "@resilab/scenarios";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lzBomb } from "../src/scenario/lz-bomb";
import { encodeShare } from "../src/scenario/share-link";
import { setScalar } from "../src/yaml/yaml-edit";
import { browserAvailable } from "./browser";
import { type Lab, openLab, shot, waitForStatus } from "./lab-harness";

const available = browserAvailable();

/** 5 topologies × 8,000 replications of one simulated hour: 40,000 runs. */
function fortyThousandRuns(): string {
  let text = libraryText("default-comparison");
  text = setScalar(text, ["name"], "forty-thousand-runs");
  text = setScalar(text, ["horizon"], "1h");
  return setScalar(text, ["replications"], "8000");
}

/** 300 topologies (the five presets in turn) × 2 replications of one simulated hour. */
function threeHundredTopologies(): string {
  const presets = ["single", "active-passive", "active-active", "resilient-decoupled", "cloud-native"];
  let text = libraryText("default-comparison");
  text = setScalar(text, ["name"], "three-hundred-topologies");
  text = setScalar(text, ["horizon"], "1h");
  text = setScalar(text, ["replications"], "2");
  const list = Array.from({ length: 300 }, (_, i) => `  - { name: t${i}, preset: ${presets[i % 5]} }`);
  return text.replace(/\ntopologies:\n(?: {2}.*\n)+/, `\ntopologies:\n${list.join("\n")}\n`);
}

/** Records long tasks and the input delay of every event, from before the page's own scripts. */
const OBSERVERS = `
  window.__longTasks = [];
  window.__inputDelays = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === "click" || e.name === "pointerdown" || e.name === "keydown") window.__inputDelays.push(e.processingStart - e.startTime);
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
`;

/**
 * The page answers input within 100 ms: at least 90 % of inputs wait less than that before their
 * handler runs, and none waits 250 ms (the page used to freeze for 90 s). The margin keeps the test
 * honest on a 2-core machine whose cores the simulation workers keep busy.
 */
function expectResponsive(inputDelays: number[]) {
  // Event Timing lists only events that took 16 ms or more to handle and paint: none is fine.
  expect(Math.max(0, ...inputDelays)).toBeLessThan(250);
  expect(inputDelays.filter((d) => d >= 100).length).toBeLessThanOrEqual(Math.floor(inputDelays.length / 10));
}

async function resetMeasures(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __inputDelays: number[] };
    w.__longTasks.length = 0;
    w.__inputDelays.length = 0;
  });
}

async function measures(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __inputDelays: number[] };
    return { longTasks: [...w.__longTasks], inputDelays: [...w.__inputDelays] };
  });
}

/**
 * Longest main-thread task allowed while a 40,000-run scenario runs and the gallery is opened
 * five times (ms). Charts draw one per task (charts/draw-queue.ts): a Chromium trace on the
 * shared 2-core machine shows tasks of at most 176 ms (opening the gallery) and 140 ms (layout
 * and paint of a picture); the Long Tasks API measured 117 ms and 407 ms on two runs with other
 * helpers busy. Before the draw turns it measured 0.31-0.73 s.
 */
const LONGEST_TASK_MS = 600;

/**
 * Longest main-thread task allowed while a 300-topology file opens (ms). The text is validated in
 * the validation worker (state/validate-text.ts) and the form for it renders as a transition:
 * measured 112 ms on the shared 2-core machine with other helpers busy (281-292 ms with the form
 * rendered in one task; validating on the page took about 0.7 s).
 */
const OPENING_TASK_MS = 300;

/** Clicks Library, waits for the gallery, closes it; returns the milliseconds from click to dialog. */
async function clickLatency(page: Page): Promise<number> {
  const started = Date.now();
  await page.getByRole("button", { name: "Library" }).click({ timeout: 5000 });
  await page.getByRole("dialog", { name: "Scenario library" }).waitFor({ state: "visible", timeout: 5000 });
  const ms = Date.now() - started;
  await page.keyboard.press("Escape");
  await page.getByRole("dialog", { name: "Scenario library" }).waitFor({ state: "hidden", timeout: 5000 });
  return ms;
}

describe.skipIf(!available)("hostile and heavy input in Chromium", () => {
  let lab: Lab;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    lab = await openLab();
    page = lab.page;
    await page.addInitScript(OBSERVERS);
    page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
    page.on("crash", () => errors.push("the page crashed"));
  });

  afterAll(async () => {
    await lab?.close();
  });

  it("refuses a 230 KB link that expands to gigabytes, and stays usable", async () => {
    const bomb = lzBomb(230_000);
    await page.goto(`${lab.server.url}#s=${bomb}`);
    await expect
      .poll(() => page.locator(".toast").textContent())
      .toContain("The link could not be opened: the scenario in the link is larger than 5 MB");
    // Usable: the buttons answer (the default comparison runs meanwhile), each input is
    // handled within 100 ms of the click (Event Timing API).
    await resetMeasures(page);
    expect(await clickLatency(page)).toBeLessThan(5000);
    expectResponsive((await measures(page)).inputDelays);
    expect(await page.locator(".scenario-name").textContent()).toBe("default-comparison");
    expect(errors).toEqual([]);
  });

  it("refuses a 3 MB link fragment at once, and stays usable", async () => {
    await page.goto(lab.server.url);
    // Set from the page: Chromium refuses to navigate to URLs over 2 MB, but a script can
    // still put a 3 MB fragment in the address bar.
    const started = Date.now();
    await page.evaluate(() => {
      window.location.hash = `s=${"A".repeat(3 * 1024 * 1024)}`;
    });
    await expect
      .poll(() => page.locator(".toast").textContent())
      .toContain("The link could not be opened: the link is longer than any scenario can be");
    expect(Date.now() - started).toBeLessThan(5000);
    await resetMeasures(page);
    expect(await clickLatency(page)).toBeLessThan(5000);
    expectResponsive((await measures(page)).inputDelays);
    expect(errors).toEqual([]);
  });

  it("a 40,000-run scenario from a link waits for Run, runs without freezing the page, and cancels", async () => {
    await page.goto(`${lab.server.url}#${encodeShare(fortyThousandRuns())}`);
    await page.reload();
    await expect.poll(() => page.locator(".scenario-name").textContent()).toBe("forty-thousand-runs");
    const note = page.locator(".heavy-note");
    await expect
      .poll(() => note.textContent())
      .toMatch(
        /^Heavy scenario: 40,000 runs \(5 topologies × 8000 replications\), about [\d.]+ × 10. simulated events/,
      );
    await page.waitForTimeout(1500);
    expect(await page.locator(".run-status").textContent()).toBe("Not run yet.");
    await shot(page, "20-heavy-link-waits");
    // Measure from the Run click on (the page's own start-up is not part of the run).
    await resetMeasures(page);
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await waitForStatus(page, /Comparison running: [1-9]\d* of 40000 runs · showing/, 60_000);
    // While it runs (and pictures of thousands of runs are summarized), clicks are answered.
    const latencies: number[] = [];
    for (let i = 0; i < 5; i++) {
      latencies.push(await clickLatency(page));
      await page.waitForTimeout(700);
    }
    await shot(page, "21-heavy-running");
    const cancelAt = Date.now();
    await page.getByRole("button", { name: "Cancel" }).click({ timeout: 1000 });
    const status = await waitForStatus(page, /cancelled/, 1000);
    const cancelMs = Date.now() - cancelAt;
    expect(status).toMatch(/^Comparison cancelled after \d+ of 40000 runs/);
    // Nothing more arrives after Cancel.
    await page.waitForTimeout(1500);
    expect(await page.locator(".run-status").textContent()).toBe(status);
    const { longTasks, inputDelays } = await measures(page);
    const longest = Math.max(0, ...longTasks);
    console.log(
      `40,000-run scenario: click-to-dialog ${latencies.join(", ")} ms; input delays ${inputDelays.map((d) => d.toFixed(0)).join(", ")} ms; cancel ${cancelMs} ms; longest main-thread task ${longest.toFixed(0)} ms (${longTasks.length} long tasks)`,
    );
    expectResponsive(inputDelays);
    expect(longest).toBeLessThan(LONGEST_TASK_MS);
    expect(cancelMs).toBeLessThan(1000);
    expect(errors).toEqual([]);
  });

  it("a 300-topology file waits for Run, and the form and results show 8 topologies at a time", async () => {
    await page.goto(lab.server.url);
    // Measure the opening alone: after what the page opened first (the default comparison, or
    // the heavy draft of the test before, which waits for Run) has settled.
    await waitForStatus(page, /Comparison done|Not run yet/, 60_000);
    await resetMeasures(page);
    await page.getByLabel("Open a scenario file").setInputFiles({
      name: "many.yaml",
      mimeType: "text/yaml",
      buffer: Buffer.from(threeHundredTopologies()),
    });
    // The validation worker answers after it starts and loads the file (seconds on a busy machine).
    await expect
      .poll(() => page.locator(".scenario-name").textContent(), { timeout: 15_000 })
      .toBe("three-hundred-topologies");
    await expect
      .poll(() => page.locator(".heavy-note").textContent())
      .toMatch(/^Heavy scenario: 600 runs \(300 topologies × 2 replications\)/);
    // The file (16 KB) is validated in the validation worker: opening it holds the page's
    // thread only to render the form's first page (it held it ~0.7 s when loaded on the page).
    const opening = Math.max(0, ...(await measures(page)).longTasks);
    console.log(`300 topologies: longest main-thread task while opening the file ${opening.toFixed(0)} ms`);
    expect(opening).toBeLessThan(OPENING_TASK_MS);
    expect(await page.getByRole("navigation", { name: "Topologies in the form" }).textContent()).toContain(
      "Topologies 1–8 of 300",
    );
    expect(await page.locator(".topology-card").count()).toBeLessThanOrEqual(8);
    await resetMeasures(page);
    // "Restart" while the default comparison (opened first) is still running.
    await page.getByRole("button", { name: /^(Run|Restart)$/ }).click();
    expect(await clickLatency(page)).toBeLessThan(5000);
    await waitForStatus(page, /Comparison done: 600 runs/, 170_000);
    const pager = page.getByRole("navigation", { name: "Topologies shown" });
    expect(await pager.textContent()).toContain("Topologies 1–8 of 300");
    const table = page.getByRole("table", { name: /^Service-level verdicts/ });
    expect(await table.locator("thead th").count()).toBe(9);
    await pager.getByRole("button", { name: "Next" }).click();
    await expect.poll(() => pager.textContent()).toContain("Topologies 9–16 of 300");
    await expect.poll(() => table.locator("thead th").nth(1).textContent()).toBe("t8");
    await shot(page, "22-three-hundred-topologies");
    const { longTasks, inputDelays } = await measures(page);
    console.log(
      `300 topologies: input delays ${inputDelays.map((d) => d.toFixed(0)).join(", ")} ms; longest main-thread task ${Math.max(0, ...longTasks).toFixed(0)} ms`,
    );
    expectResponsive(inputDelays);
    // Measured 130 ms once pictures of many topologies came without runs (328-561 ms with them).
    expect(Math.max(0, ...longTasks)).toBeLessThan(LONGEST_TASK_MS);
    expect(errors).toEqual([]);
  });
});
