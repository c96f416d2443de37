// Public API of @resilab/reports. Explicit named exports only.
export {};
