// Runs once when the server process starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const http = await import("node:http");
  const { installRawRequestGate } = await import("./lib/http/raw-request-gate");
  installRawRequestGate(http);
}
