// Public API of @resilab/cli. Explicit named exports only.
export {};
