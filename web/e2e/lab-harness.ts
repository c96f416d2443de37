/**
 * Shared set-up of the browser tests: build the lab as a user would, serve `dist/` on
 * 127.0.0.1, start Chromium, and wait for the run status.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { launchLab } from "./browser";
import { type StaticServer, serveStatic } from "./static-server";

/** The web package's folder and where screenshots go. */
export const WEB = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SHOTS = join(WEB, "test-results");

/**
 * Builds the lab (a child process keeps vitest's NODE_ENV out of the bundle) into a fresh folder
 * of its own and returns it: test files that run side by side must not rebuild, and so empty,
 * the `dist/` another one is serving.
 */
export function buildLab(): string {
  const out = mkdtempSync(join(tmpdir(), "resilab-lab-dist-"));
  execFileSync(
    process.execPath,
    [
      join(WEB, "node_modules/vite/bin/vite.js"),
      "build",
      "--logLevel",
      "warn",
      "--outDir",
      out,
      "--emptyOutDir",
    ],
    { cwd: WEB, env: { ...process.env, NODE_ENV: "production" }, stdio: "inherit" },
  );
  return out;
}

/** A built, served lab and a browser page on it. */
export interface Lab {
  server: StaticServer;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Builds, serves and opens the lab. */
export async function openLab(viewport = { width: 1440, height: 900 }): Promise<Lab> {
  mkdirSync(SHOTS, { recursive: true });
  const server = await serveStatic(buildLab());
  const context = await launchLab(viewport);
  const page = await context.newPage();
  return {
    server,
    context,
    page,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

/** Waits until the run status matches `pattern` (a finished run by default); returns the status. */
export async function waitForStatus(page: Page, pattern = /done|failed|cancelled/, timeout = 150_000) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector(".run-status")?.textContent ?? ""),
    pattern.source,
    { timeout },
  );
  return (await page.locator(".run-status").textContent()) ?? "";
}

/** Saves a screenshot of the page as test-results/`name`.png. */
export async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}
