/**
 * The job worker: owns a running experiment or sweep off the page's thread. It starts the
 * simulation workers itself (nested workers), merges their results in task order and summarizes
 * the pictures, so a heavy job (tens of thousands of runs) never blocks input on the page.
 */
import { browserEndpoint } from "./browser-endpoint";
import { createJobHost } from "./job-host";
import type { JobReply, JobRequest } from "./job-protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createJobHost(browserEndpoint, (reply: JobReply) => scope.postMessage(reply));

scope.onmessage = (event: MessageEvent<JobRequest>) => handle(event.data);
