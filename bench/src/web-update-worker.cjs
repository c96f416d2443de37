// Worker-thread entry of the web-update bench. On Node 20, tsx's ESM hooks do not reach worker
// threads but its require hook does (piscina relies on the same), so the TypeScript worker is
// required from this plain CommonJS file.
require("./web-update-worker.ts");
