import { libraryText } from "@resilab/scenarios";
import { it } from "vitest";
import { encodeShare } from "../src/scenario/share-link";
import { removeItem, setScalar } from "../src/yaml/yaml-edit";
import { launchLab } from "./browser";
import { buildLab, waitForStatus } from "./lab-harness";
import { serveStatic } from "./static-server";

it("wide", async () => {
  let text = libraryText("default-comparison");
  text = setScalar(text, ["name"], "a11y-small");
  text = setScalar(text, ["horizon"], "3d");
  text = setScalar(text, ["replications"], "4");
  text = removeItem(text, ["topologies"], 4);
  text = removeItem(text, ["topologies"], 3);
  const server = await serveStatic(buildLab());
  const context = await launchLab({ width: 390, height: 844 });
  const page = await context.newPage();
  await page.goto(`${server.url}#${encodeShare(text)}`);
  await waitForStatus(page, /Comparison done/);
  for (const wait of [0, 1500]) {
    await page.waitForTimeout(wait);
    const wide = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll("body *")) {
        const r = el.getBoundingClientRect();
        if (r.right > window.innerWidth + 1) out.push(`${el.tagName}.${el.className} right=${Math.round(r.right)} w=${Math.round(r.width)}`);
      }
      return [document.documentElement.scrollWidth - window.innerWidth, ...out.slice(0, 15)];
    });
    console.log("WIDE", wait, JSON.stringify(wide, null, 1));
  }
  await context.close();
  await server.close();
}, 170_000);
