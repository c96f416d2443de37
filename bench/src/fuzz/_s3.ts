import { loadScenario } from "@resilab/scenarios";
import { expandTopology, simulate } from "@resilab/sim-core";
const text = process.argv[2]!;
const s = loadScenario(text);
s.topologies.forEach((spec, i) => {
  try {
    simulate(s, expandTopology(spec, i, s.shared), 0, { checkInvariants: s.horizon / 50 });
    console.log(i, "ok");
  } catch (e) {
    console.log(i, String(e).slice(0, 200));
  }
});
