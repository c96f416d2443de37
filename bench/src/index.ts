// Public API of @resilab/bench. Explicit named exports only.
export {};
