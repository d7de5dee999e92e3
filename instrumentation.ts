// Runs once when the server process starts (Next.js instrumentation hook):
// the raw request gate (lib/http/raw-request-gate.ts) sees every request first.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/http/install-raw-request-gate");
}
