// Public API of @resilab/web. Explicit named exports only.
export {};
