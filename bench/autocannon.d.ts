// autocannon ships no types and @types/autocannon is not installed; this
// declares only the part of its API the load worker uses.
declare module "autocannon" {
  type RawRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  type Options = {
    url: string;
    connections: number;
    duration: number;
    maxOverallRequests?: number;
    timeout?: number;
    requests?: {
      setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest;
      onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
    }[];
  };
  type Result = { duration: number; errors: number; timeouts: number; non2xx: number; "1xx": number; "2xx": number; "3xx": number; "4xx": number; "5xx": number };
  type Instance = Promise<Result> & {
    on(event: "response", listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
    stop(): void;
  };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
