// The contract between the orchestrator and the load worker process.
export type LoadRequest = { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string };

export type LoadPlan = {
  origin: string;
  connections: number;
  durationSeconds: number;
  requests: LoadRequest[];
  /** "cycle" repeats the list; "once" sends each request at most once and ends early when the list runs out. */
  mode: "cycle" | "once";
  /** Stop after this many requests, even before the duration ends (settling runs). */
  maxRequests?: number;
};

export type LoadOutcome = {
  durationSeconds: number;
  responses: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  statusCounts: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Indexes into `requests` sent but cut off unanswered when the duration ended. */
  unansweredItems: number[];
  /** Indexes into `requests` answered 201 (the list repeats when the run outlasts it). */
  createdItems: number[];
};
