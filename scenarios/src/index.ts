// Public API of @resilab/scenarios. Explicit named exports only.
export {};
