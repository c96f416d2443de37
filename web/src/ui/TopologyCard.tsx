/**
 * One topology in the scenario form: name, preset, its numeric knobs (controllers, executors,
 * buffers, retry budget, failover where the preset has one), the in-flight and trigger policies,
 * and Remove. Values shown are the composed ones, preset defaults included.
 */
import { PRESETS } from "@resilab/scenarios";
import { expandTopology, formatDistribution, type Scenario } from "@resilab/sim-core";
import { topologyChoices, topologyKnobs } from "../scenario/knobs";
import { removeItem, setScalar, yamlScalar } from "../yaml/yaml-edit";
import type { YPath } from "../yaml/yaml-nodes";
import { ChoiceField, TextItem } from "./form-fields";
import { KnobField } from "./KnobField";
import { OptionalPartAdder } from "./OptionalPartAdder";
import { YamlOnlyValue } from "./RowFieldInput";

/** Props of a topology card. */
export interface TopologyCardProps {
  scenario: Scenario;
  index: number;
  edit(change: (text: string) => string): void;
  write(path: YPath): (raw: string, how?: "commit" | "slider") => void;
}

/** The card of topology `index`. */
export function TopologyCard({ scenario, index: i, edit, write }: TopologyCardProps) {
  const spec = scenario.topologies[i]!;
  const config = expandTopology(spec, i, scenario.shared);
  const teamsPer = scenario.workload.teams / config.controllers.count;
  return (
    <details className="topology-card" open={scenario.topologies.length <= 2}>
      <summary>
        <span className="topology-name">{config.name}</span>
        <span className="muted"> · {config.preset ?? "custom"}</span>
      </summary>
      <TextItem
        label={`Name of topology ${i + 1}`}
        value={config.name}
        onCommit={(v) => edit((t) => setScalar(t, ["topologies", i, "name"], yamlScalar(v)))}
      />
      <div className="knob">
        <label className="knob-label" htmlFor={`preset-${i}`}>
          Preset
        </label>
        <select
          id={`preset-${i}`}
          value={spec.preset ?? ""}
          onChange={(e) => edit((t) => setScalar(t, ["topologies", i, "preset"], e.target.value))}
        >
          {spec.preset === undefined && <option value="">custom</option>}
          {PRESETS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      {topologyKnobs(scenario, i).map((k) => (
        <KnobField key={k.id} knob={k} scenario={scenario} onWrite={write(k.path)} />
      ))}
      <p className="help derived">
        {config.controllers.mode === "shard"
          ? `${teamsPer >= 1 ? teamsPer.toFixed(1) : teamsPer.toFixed(2)} teams per controller (shards).`
          : `${config.controllers.count} replicas serve all ${scenario.workload.teams} teams.`}
      </p>
      {topologyChoices(i).map((k) => (
        <ChoiceField key={k.id} knob={k} scenario={scenario} write={write(k.path)} />
      ))}
      {config.failover?.trigger === "manual" && (
        // A distribution (the runbook after the page): edited in the YAML, like a shift's response.
        <YamlOnlyValue
          label="Manual failover steps (failover.manualSteps)"
          value={
            config.failover.manualSteps === undefined
              ? "none"
              : formatDistribution(config.failover.manualSteps)
          }
        />
      )}
      <OptionalPartAdder config={config} index={i} edit={edit} />
      <button
        type="button"
        className="danger"
        disabled={scenario.topologies.length <= 1}
        onClick={() => edit((t) => removeItem(t, ["topologies"], i))}
      >
        Remove {config.name}
      </button>
    </details>
  );
}
