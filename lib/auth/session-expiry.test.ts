import { describe, expect, it } from "vitest";
import { PATIENT_SESSION_SECONDS, STAFF_IDLE_SECONDS } from "./database-session";
import { evaluateSession } from "./session-expiry";

const now = new Date("2026-03-10T01:00:00Z");
const at = (secondsFromNow: number) => new Date(now.getTime() + secondsFromNow * 1000);

describe("staff idle expiry", () => {
  it("a staff session that has expired no longer signs anyone in", () => {
    expect(evaluateSession({ role: "STAFF", expires: at(-1) }, now)).toEqual({ valid: false });
    expect(evaluateSession({ role: "ADMIN", expires: at(0) }, now)).toEqual({ valid: false });
  });

  it("a nurse idle for 29 minutes is still signed in, and the 30 minutes start again", () => {
    const verdict = evaluateSession({ role: "STAFF", expires: at(60) }, now);
    expect(verdict).toEqual({ valid: true, slideTo: at(STAFF_IDLE_SECONDS) });
  });

  it("does not rewrite the expiry on every request within the same minute", () => {
    expect(evaluateSession({ role: "STAFF", expires: at(STAFF_IDLE_SECONDS - 30) }, now)).toEqual({ valid: true, slideTo: null });
    expect(evaluateSession({ role: "STAFF", expires: at(STAFF_IDLE_SECONDS) }, now)).toEqual({ valid: true, slideTo: null });
  });

  it("slides once a minute has passed", () => {
    expect(evaluateSession({ role: "ADMIN", expires: at(STAFF_IDLE_SECONDS - 60) }, now)).toEqual({
      valid: true,
      slideTo: at(STAFF_IDLE_SECONDS),
    });
  });

  it("a staff session never lasts longer than 30 idle minutes, even one created as a patient's", () => {
    expect(evaluateSession({ role: "STAFF", expires: at(PATIENT_SESSION_SECONDS) }, now)).toEqual({
      valid: true,
      slideTo: at(STAFF_IDLE_SECONDS),
    });
  });
});

describe("patient sessions", () => {
  it("keep their fixed lifetime and are never slid", () => {
    expect(evaluateSession({ role: "PATIENT", expires: at(60) }, now)).toEqual({ valid: true, slideTo: null });
    expect(evaluateSession({ role: "PATIENT", expires: at(-1) }, now)).toEqual({ valid: false });
  });
});
