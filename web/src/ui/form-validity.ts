/**
 * Whether the YAML behind the form currently has problems. While it does, the form shows the
 * last valid scenario, so a knob whose typed value made the text invalid (a coverage of 150 %)
 * keeps showing what was typed, marked invalid, instead of snapping back to the old value.
 */
import { createContext } from "react";

/** True while the YAML has problems. */
export const TextInvalidContext = createContext(false);
