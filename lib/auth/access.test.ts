import { describe, expect, it } from "vitest";
import { decideAccess, profileCompletionPath, safeReturnPath, signInPathFor } from "./access";
import { hasRole, isStaff, STAFF_ROLES } from "./roles";

describe("hasRole / isStaff", () => {
  it.each([
    ["a patient is not staff", "PATIENT", false],
    ["a nurse is staff", "STAFF", true],
    ["an admin counts as staff", "ADMIN", true],
  ] as const)("%s", (_name, role, staff) => {
    expect(isStaff({ role })).toBe(staff);
    expect(hasRole({ role }, STAFF_ROLES)).toBe(staff);
  });

  it("nobody signed in has no role", () => {
    expect(hasRole(null, ["PATIENT", "STAFF", "ADMIN"])).toBe(false);
  });
});

describe("decideAccess", () => {
  it.each([
    ["anonymous visitor is asked to sign in", null, undefined, "anonymous"],
    ["anonymous visitor to a staff page is asked to sign in", null, STAFF_ROLES, "anonymous"],
    ["any signed-in user passes when no role is required", { role: "PATIENT" }, undefined, "ok"],
    ["a patient is refused a staff page", { role: "PATIENT" }, STAFF_ROLES, "forbidden"],
    ["a nurse reaches a staff page", { role: "STAFF" }, STAFF_ROLES, "ok"],
    ["a nurse is refused an admin page", { role: "STAFF" }, ["ADMIN"], "forbidden"],
    ["a nurse is refused a patient-only page", { role: "STAFF" }, ["PATIENT"], "forbidden"],
  ] as const)("%s", (_name, user, roles, expected) => {
    expect(decideAccess(user, roles)).toBe(expected);
  });
});

describe("return addresses", () => {
  it.each([
    ["/bookings?ref=CB-7K3Q9", "/bookings?ref=CB-7K3Q9"],
    ["//evil.example/steal", "/"],
    ["https://evil.example", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    [undefined, "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it("sends staff-only pages to the staff sign-in and keeps the way back", () => {
    expect(signInPathFor("/staff/queue", STAFF_ROLES)).toBe("/staff/sign-in?callbackUrl=%2Fstaff%2Fqueue");
    expect(signInPathFor("/profile")).toBe("/sign-in?callbackUrl=%2Fprofile");
    expect(signInPathFor("/profile", ["PATIENT"])).toBe("/sign-in?callbackUrl=%2Fprofile");
    expect(profileCompletionPath("/bookings")).toBe("/profile/complete?callbackUrl=%2Fbookings");
  });
});
