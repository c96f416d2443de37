import { writeFileSync } from "node:fs";
import { libraryText } from "@resilab/scenarios";
import { it } from "vitest";
import { encodeShare } from "../src/scenario/share-link";
import { setScalar } from "../src/yaml/yaml-edit";
import { openLab, waitForStatus } from "./lab-harness";

it("traces", async () => {
  let text = libraryText("default-comparison");
  text = setScalar(text, ["name"], "forty-thousand-runs");
  text = setScalar(text, ["horizon"], "1h");
  text = setScalar(text, ["replications"], "8000");
  const lab = await openLab();
  const page = lab.page;
  await page.goto(`${lab.server.url}#${encodeShare(text)}`);
  await page.reload();
  await page.locator(".heavy-note").waitFor();
  const cdp = await lab.context.newCDPSession(page);
  const events: unknown[] = [];
  cdp.on("Tracing.dataCollected", (d: { value: unknown[] }) => events.push(...d.value));
  const done = new Promise<void>((r) => cdp.once("Tracing.tracingComplete", () => r()));
  await cdp.send("Tracing.start", {
    categories: "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,disabled-by-default-v8.cpu_profiler",
    transferMode: "ReportEvents",
  });
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await waitForStatus(page, /Comparison running: [1-9]\d* of 40000 runs · showing/, 60_000);
  await page.waitForTimeout(3000);
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => performance.mark("click-library"));
    await page.getByRole("button", { name: "Library" }).click();
    await page.getByRole("dialog", { name: "Scenario library" }).waitFor({ state: "visible" });
    await page.keyboard.press("Escape");
    await page.getByRole("dialog", { name: "Scenario library" }).waitFor({ state: "hidden" });
    await page.waitForTimeout(700);
  }
  await cdp.send("Tracing.end");
  await done;
  writeFileSync("/tmp/prof14/trace.json", JSON.stringify(events));
  await lab.close();
}, 170_000);
