/** Checks of `controllers.load` (`run/controller-load.ts`). */
import type { ControllerSpec } from "../scenario-types";
import type { Checker } from "./checker";
import { MAX_LOAD_GROWTH } from "./limits";

/** `controllers.load`: `failureGrowth` in [0, MAX_LOAD_GROWTH], `bootPerAgent` in [0, 3600] s. */
export function checkControllerLoad(c: Checker, p: string, ctl: ControllerSpec): void {
  if (ctl.load === undefined || !c.object(`${p}.controllers.load`, ctl.load)) return;
  c.number(`${p}.controllers.load.failureGrowth`, ctl.load.failureGrowth, {
    min: 0,
    max: MAX_LOAD_GROWTH,
    optional: true,
  });
  // An agent's reconnection takes seconds; an hour per agent is far past any real remoting handshake.
  c.number(`${p}.controllers.load.bootPerAgent`, ctl.load.bootPerAgent, {
    min: 0,
    max: 3600,
    optional: true,
  });
}
