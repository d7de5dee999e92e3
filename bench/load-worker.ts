// Runs one load scenario with autocannon and prints its figures as JSON. It is
// its own process so the load generator never shares an event loop (or a CPU
// time slice of the orchestrator) with the memory sampler.
import fs from "node:fs";
import autocannon from "autocannon";
import type { LoadOutcome, LoadPlan } from "./load-types";

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

async function main() {
  const planFile = process.argv[2];
  if (!planFile) throw new Error("usage: load-worker <plan.json>");
  const plan = JSON.parse(fs.readFileSync(planFile, "utf8")) as LoadPlan;
  if (!plan.origin.startsWith("http://127.0.0.1:")) throw new Error("The benchmark only sends loopback traffic");
  if (plan.requests.length === 0) throw new Error("The plan has no requests");

  let next = 0;
  // Items sent and not yet answered. autocannon drops the requests in flight
  // when the duration ends; the server may still complete them, so the
  // integrity check must leave exactly these out.
  const sent = new Set<number>();
  const created = new Set<number>();
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  // In "once" mode autocannon itself stops after one pass over the list.
  const cap = plan.mode === "once" ? Math.min(plan.requests.length, plan.maxRequests ?? Infinity) : plan.maxRequests;
  const instance = autocannon({
    url: plan.origin,
    connections: plan.connections,
    duration: plan.durationSeconds,
    timeout: 30,
    // autocannon shares the cap out among the connections; a share of 0 would mean no cap.
    ...(cap === undefined ? {} : { maxOverallRequests: Math.max(cap, plan.connections) }),
    requests: [
      {
        setupRequest: (request, context) => {
          // One shared counter across connections: each request takes the next item.
          const index = next++ % plan.requests.length;
          const item = plan.requests[index]!;
          sent.add(index);
          // The context belongs to this connection, which has one request in flight at a time.
          context.item = index;
          return { ...request, method: item.method, path: item.path, headers: item.headers ?? {}, body: item.body };
        },
        onResponse: (status, _body, context) => {
          sent.delete(context.item as number);
          if (status === 201) created.add(context.item as number);
        },
      },
    ],
  });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  const sorted = Float64Array.from(latencies).sort();
  const round = (n: number) => Math.round(n * 100) / 100;
  const outcome: LoadOutcome = {
    durationSeconds: result.duration,
    responses: latencies.length,
    requestsPerSecond: round(latencies.length / Math.max(result.duration, 0.001)),
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted.at(-1) ?? 0),
    },
    statusCounts,
    errors: result.errors,
    unansweredItems: [...sent],
    createdItems: [...created],
    timeouts: result.timeouts,
  };
  process.stdout.write(JSON.stringify(outcome));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
