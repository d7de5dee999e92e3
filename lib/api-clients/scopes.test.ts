import { describe, expect, it } from "vitest";
import { apiClientSchema } from "./api-client-schema";
import { parseScopes, scopesAllowRead } from "./scopes";
import { hashSecretToken, newSecretToken } from "./secret-token";

describe("API client scopes", () => {
  it("system/*.read reads everything; a type scope reads that type only", () => {
    expect(scopesAllowRead(["system/*.read"], "Task")).toBe(true);
    expect(scopesAllowRead(["system/Appointment.read"], "Appointment")).toBe(true);
    expect(scopesAllowRead(["system/Appointment.read"], "Patient")).toBe(false);
  });

  it("stored scopes we do not grant are ignored, so a hand-edited row cannot widen access", () => {
    expect(parseScopes("system/Slot.read system/*.write user/*.*")).toEqual(["system/Slot.read"]);
  });

  it("the admin form needs a name and at least one known scope", () => {
    const empty = apiClientSchema.safeParse({ name: " ", scopes: [] });
    expect(empty.success).toBe(false);
    expect(apiClientSchema.safeParse({ name: "PMS", scopes: ["system/*.write"] }).success).toBe(false);
    expect(apiClientSchema.parse({ name: " PMS ", scopes: ["system/Task.read", "system/Task.read"] })).toEqual({
      name: "PMS",
      scopes: ["system/Task.read"],
    });
  });
});

describe("secret tokens", () => {
  it("are 256-bit random, prefixed, and stored as a SHA-256 hex hash", () => {
    const a = newSecretToken("cbk_");
    const b = newSecretToken("cbk_");
    expect(a.token).toMatch(/^cbk_[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashSecretToken(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hint).toBe(a.token.slice(0, 8));
  });
});
