// Tests run server modules directly in Node; `server-only` exists to stop them reaching the
// browser bundle, which cannot happen here.
export {};
