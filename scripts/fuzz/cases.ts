// Malformed requests, by class. Each case says which kind of user sends it.
import type { Fixtures, Persona } from "./fixtures";
import type { Random } from "./random";
import type { RawRequest } from "./send";
import type { ApiRoute, ServerAction } from "./targets";

export type FuzzCase = { kind: string; persona: Persona; request: RawRequest };

const PERSONAS: Persona[] = ["anonymous", "patient", "staff", "admin"];
const ODD_METHODS = ["PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "PROPFIND", "CONNECT"];
const BAD_SEGMENTS = ["%ZZ", "%E0%A4%A", "%", "..%2F..%2Fetc%2Fpasswd", "..", "%2e%2e%2f%2e%2e%2f", "%00", "ü", "%F0%9F%92%A9", "x".repeat(3000), "'%20OR%201=1--", "$", "%C0%AF", "CON", "null", "[object%20Object]"];
const BAD_QUERY = ["?from=%ZZ", "?q=%25", "?q=_", "?page=-1", "?page=1e309", "?status=%00", "?date=2026-02-30", "?from=2026-01-01&to=1999-01-01", "?callbackUrl=javascript:alert(1)", "?error=%E2%80%A8", "?version=NaN", "?format=csv&q=%3D1", "?a=1&a=2&a[]=3", `?q=${"%C3%BC".repeat(500)}`, "?x=%uD800"];
const CONTENT_TYPES = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=zz", "application/json; charset=bogus", "application/xml", "", "application/json"];
const FIELD_NAMES = ["procedureSlug", "startsAt", "practitionerId", "screening", "decision", "note", "expectedVersion", "patientMessage", "email", "csrfToken", "callbackUrl", "startDate", "startTime", "endDate", "endTime", "reason", "symptoms", "temperature", "json"];

function randomValue(rnd: Random, depth = 0): unknown {
  const choices: (() => unknown)[] = [
    () => null,
    () => rnd.chance(0.5),
    () => rnd.pick([0, -1, 1e308, -1e-308, 2 ** 53 + 1, 3.14]),
    () => rnd.pick(["", " ", "ü", "💩", "\u0000", "\u2028", "=cmd|' /C calc'!A0", "<script>alert(1)</script>", "2026-02-30T25:61:00Z", "CB-7K3Q9", "%ZZ", "'; DROP TABLE \"Booking\";--"]),
    () => "x".repeat(rnd.pick([300, 5000, 60_000])),
    () => (depth < 3 ? [randomValue(rnd, depth + 1), randomValue(rnd, depth + 1)] : []),
    () => (depth < 3 ? { [rnd.pick(FIELD_NAMES)]: randomValue(rnd, depth + 1), __proto__x: 1 } : {}),
  ];
  return rnd.pick(choices)();
}

function randomObject(rnd: Random): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const n = 1 + rnd.int(5);
  for (let i = 0; i < n; i++) out[rnd.pick(FIELD_NAMES)] = randomValue(rnd);
  return out;
}

function deepNesting(n: number): string {
  return "[".repeat(n) + "]".repeat(n);
}

/** A body of one of many broken or wrong shapes, with its content type. */
function malformedBody(rnd: Random): { type: string | null; body: Buffer } {
  const json = (v: unknown) => ({ type: "application/json", body: Buffer.from(JSON.stringify(v)) });
  return rnd.pick<() => { type: string | null; body: Buffer }>([
    () => ({ type: "application/json", body: Buffer.from(rnd.pick(["{", "{bad", "[1,", "nul", "\"unterminated", "{\"a\":}", "\u0000", "{}}"])) }),
    () => json(randomValue(rnd)),
    () => json(randomObject(rnd)),
    () => json(rnd.pick([[], "text", 42, null, true])),
    () => ({ type: "application/json", body: Buffer.from(deepNesting(rnd.pick([100, 5000]))) }),
    () => ({ type: "application/json", body: Buffer.from(JSON.stringify({ pad: "x".repeat(2 * 1024 * 1024) })) }),
    () => ({ type: "application/json", body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) }),
    () => ({ type: rnd.pick(CONTENT_TYPES), body: Buffer.from(JSON.stringify(randomObject(rnd))) }),
    () => ({ type: "application/x-www-form-urlencoded", body: Buffer.from(`email=${encodeURIComponent(String(randomValue(rnd)))}&callbackUrl=%ZZ&csrfToken=x`) }),
    () => ({ type: "multipart/form-data; boundary=zz", body: Buffer.from("--zz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n") }),
    () => ({ type: null, body: Buffer.from("garbage") }),
  ])();
}

export class CaseMaker {
  constructor(
    private readonly rnd: Random,
    private readonly fx: Fixtures,
    private readonly routes: ApiRoute[],
    private readonly pageTemplates: string[],
    private readonly actions: ServerAction[],
    private readonly origin: string,
  ) {}

  private persona(): Persona {
    return this.rnd.pick(PERSONAS);
  }

  private fill(template: string, bad = false): string {
    const { rnd, fx } = this;
    return template
      .replace(/\[\.\.\.nextauth\]/, () => rnd.pick(["signin", "signin/email", "callback/email", "session", "csrf", "providers", "error", "signout", "verify-request", "_log", "nope", "signin/%ZZ"]))
      .replace(/\[id\]/g, () => (bad ? rnd.pick(BAD_SEGMENTS) : rnd.pick([fx.bookingId, fx.otherBookingId, "no-such-id"])))
      .replace(/\[slug\]/g, () => (bad ? rnd.pick(BAD_SEGMENTS) : rnd.pick([fx.procedureSlug, "no-such-procedure"])));
  }

  private headers(extra: Record<string, string | null> = {}): Record<string, string> {
    const h: Record<string, string> = { host: new URL(this.origin).host };
    for (const [k, v] of Object.entries(extra)) if (v !== null) h[k] = v;
    return h;
  }

  /** One API request: a real route, then something wrong with it. */
  api(): FuzzCase {
    const { rnd } = this;
    const route = rnd.pick(this.routes);
    const mutation = rnd.pick(["body", "body", "body", "method", "path", "query", "origin", "content-type", "non-ascii"]);
    const method = mutation === "method" ? rnd.pick(ODD_METHODS) : rnd.pick(route.methods.length ? route.methods : ["GET"]);
    let path = this.fill(route.template, mutation === "path");
    if (mutation === "query" || rnd.chance(0.2)) path += rnd.pick(BAD_QUERY);
    if (mutation === "non-ascii") path += `?q=${rnd.pick(["ü", "💩", "\u00ff"])}`; // raw, unescaped bytes
    const body = method === "GET" || method === "HEAD" ? null : malformedBody(rnd);
    const origin = mutation === "origin" ? rnd.pick(["http://evil.example", "null", "http://localhost.evil.example", "not a url"]) : rnd.chance(0.5) ? this.origin : null;
    const type = mutation === "content-type" ? rnd.pick(CONTENT_TYPES) : (body?.type ?? null);
    return {
      kind: `api:${mutation}`,
      persona: this.persona(),
      request: { method, path, headers: this.headers({ origin, "content-type": type || null }), body: body?.body },
    };
  }

  /** One server action call with arguments of the wrong shape, a forged origin, a broken or huge body. */
  action(): FuzzCase {
    const { rnd } = this;
    const action = rnd.pick(this.actions);
    const path = this.fill(action.pageTemplate);
    const mutation = rnd.pick(["args", "args", "args", "multipart", "mpa", "origin", "huge", "unknown-id", "encoding"]);
    const textBody = rnd.pick([
      "{nope",
      "[1,2]",
      "[{}]",
      '["$Q1"]',
      '["$@9"]',
      '["$K1"]',
      "[null,null,null]",
      '[{"in":["x"]},null,"$K1"]',
      '"just a string"',
      "[[],[],[]]",
      '["$nxyz"]',
      '["$Dnot-a-date",{},{}]',
      JSON.stringify([randomValue(rnd), randomValue(rnd), randomValue(rnd)]),
      JSON.stringify([randomObject(rnd)]),
    ]);
    let headers: Record<string, string | null> = { "next-action": action.id, origin: this.origin, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" };
    let body = Buffer.from(textBody);
    if (mutation === "origin") headers.origin = rnd.pick(["http://evil.example", "null", "https://localhost"]);
    if (mutation === "unknown-id") headers["next-action"] = rnd.pick(["00" + "a".repeat(40), "zz", "%ZZ", action.id.slice(0, 10)]);
    if (mutation === "huge") body = Buffer.alloc(1024 * 1024 + 1000 + rnd.int(500_000), "a");
    if (mutation === "encoding") {
      headers["content-type"] = rnd.pick(["application/octet-stream", "text/plain;charset=UTF-8", "multipart/form-data"]);
      body = Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]);
    }
    if (mutation === "multipart" || mutation === "mpa") {
      const boundary = "fuzzboundary";
      const parts: [string, string][] =
        mutation === "multipart"
          ? [["0", rnd.pick([textBody, '["$K1"]', '[{"a":1},null,"$K1"]', "{bad"])], ["1_email", String(randomValue(rnd))], ["1_bookingId", String(randomValue(rnd))]]
          : [
              [rnd.pick([`$ACTION_ID_${action.id}`, "$ACTION_REF_1"]), ""],
              ["$ACTION_1:0", rnd.pick([`{"id":"${action.id}","bound":"$@1"}`, "{bad", `{"id":"${action.id}","bound":null}`, '"x"'])],
              ["$ACTION_1:1", rnd.pick(["[{}]", "[1]", "{bad", '["$Q2"]'])],
              ["$ACTION_KEY", "k"],
              [rnd.pick(FIELD_NAMES), String(randomValue(rnd))],
            ];
      if (mutation === "mpa") {
        delete headers["next-action"];
        headers.accept = "text/html";
      }
      headers["content-type"] = rnd.chance(0.9) ? `multipart/form-data; boundary=${boundary}` : "multipart/form-data; boundary=other";
      body = Buffer.from(
        parts.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + (rnd.chance(0.8) ? `--${boundary}--\r\n` : ""),
      );
    }
    return { kind: `action:${mutation}`, persona: this.persona(), request: { method: "POST", path, headers: this.headers(headers), body } };
  }

  /** A main page with bad segments, bad queries or an odd method. */
  page(): FuzzCase {
    const { rnd } = this;
    const template = rnd.pick(this.pageTemplates);
    const mutation = rnd.pick(["path", "query", "method", "post", "traversal", "non-ascii"]);
    let path = this.fill(template, mutation === "path");
    if (mutation === "query") path += rnd.pick(BAD_QUERY);
    if (mutation === "traversal") path = rnd.pick(["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/bookings/..%2f..%2f", "/_next/static/../../package.json", "/_next/%ZZ", "//evil.example", "/staff/%2e%2e"]);
    if (mutation === "non-ascii") path += rnd.pick(["/ü", "?x=ü", "/💩"]);
    const method = mutation === "method" ? rnd.pick(ODD_METHODS) : mutation === "post" ? "POST" : "GET";
    const body = mutation === "post" ? malformedBody(rnd) : null;
    return {
      kind: `page:${mutation}`,
      persona: this.persona(),
      request: { method, path, headers: this.headers({ "content-type": body?.type ?? null, origin: body ? this.origin : null }), body: body?.body },
    };
  }

  /** Request-targets Next.js cannot parse. */
  raw(): FuzzCase {
    const path = this.rnd.pick(["*", "http://evil.example/", "/api/bookings/%ZZ", "/%", "/bookings/%E0%A4%A/cancel", "/api/auth/%ZZ"]);
    return { kind: "raw:target", persona: this.persona(), request: { method: this.rnd.pick(["GET", "POST", "OPTIONS"]), path, headers: this.headers() } };
  }

  next(): FuzzCase {
    const r = this.rnd.next();
    const c = r < 0.4 ? this.api() : r < 0.75 ? this.action() : r < 0.97 ? this.page() : this.raw();
    const cookie = this.fx.cookies[c.persona];
    if (cookie) c.request.headers.cookie = cookie;
    return c;
  }
}
