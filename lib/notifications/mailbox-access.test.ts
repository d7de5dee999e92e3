import fs from "node:fs";
import { describe, expect, it, vi } from "vitest";

// The dev mailbox holds sign-in links: even when it is on, only this machine may read it.
let peer = "127.0.0.1";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-clinic-peer-address": peer, "x-forwarded-for": "127.0.0.1" }),
}));
vi.stubEnv("ENABLE_DEV_MAILBOX", "true");

const { devMailboxOpenToThisRequest } = await import("./mailbox-data");

describe("development mailbox access", () => {
  it("opens to a request from this machine", async () => {
    peer = "127.0.0.1";
    expect(await devMailboxOpenToThisRequest()).toBe(true);
    peer = "::1";
    expect(await devMailboxOpenToThisRequest()).toBe(true);
  });

  it("refuses another computer on the network, even one claiming to be local in X-Forwarded-For", async () => {
    peer = "192.168.1.20";
    expect(await devMailboxOpenToThisRequest()).toBe(false);
  });

  it("the demo, which turns the mailbox on, listens on 127.0.0.1 unless told otherwise", () => {
    const scripts = JSON.parse(fs.readFileSync("package.json", "utf8")).scripts as Record<string, string>;
    expect(scripts.demo).toContain("ENABLE_DEV_MAILBOX=true");
    expect(scripts.demo).toContain("HOST=${HOST:-127.0.0.1}");
    expect(scripts.start).toContain("${HOST:+-H $HOST}");
  });
});
