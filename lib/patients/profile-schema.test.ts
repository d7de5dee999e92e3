import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkNhi } from "./nhi";
import { NHI_EXAMPLES, NHI_EXAMPLES_TEXT, isValidPhone, profileFromFormData, profileSchema } from "./profile-schema";

const today = "2026-03-10";
const valid = { legalName: "Aroha Ngata", dateOfBirth: "1985-02-28", phone: "021 555 0100", nhi: "" };

function fieldErrors(input: Record<string, string>) {
  const result = profileSchema(today).safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

describe("profile schema", () => {
  it("accepts a complete profile without an NHI, storing none", () => {
    expect(profileSchema(today).parse(valid)).toEqual({ ...valid, nhi: null });
  });

  it("normalises a valid NHI to upper case", () => {
    expect(profileSchema(today).parse({ ...valid, nhi: "zbn77vl" }).nhi).toBe("ZBN77VL");
  });

  it("trims the name and asks for one when blank", () => {
    expect(profileSchema(today).parse({ ...valid, legalName: "  Aroha Ngata " }).legalName).toBe("Aroha Ngata");
    expect(fieldErrors({ ...valid, legalName: "   " }).legalName).toEqual(["Enter your full legal name."]);
  });

  it.each([
    ["2026-03-10", "Date of birth must be in the past"],
    ["2030-01-01", "Date of birth must be in the past"],
    ["1985-02-30", "Date of birth must be a real date"],
    ["17/05/1980", "Date of birth must be a real date"],
    ["1850-01-01", "Date of birth must be the same as or after 1 January 1900"],
    ["", "Enter your date of birth"],
  ])("date of birth %j: %s", (dateOfBirth, message) => {
    expect(fieldErrors({ ...valid, dateOfBirth }).dateOfBirth).toEqual([message]);
  });

  it("reads the date of birth from the form's three boxes", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ legalName: "Aroha Ngata", phone: "021 555 0100", nhi: "", "dateOfBirth-day": "28", "dateOfBirth-month": "2", "dateOfBirth-year": "1985" })) form.set(k, v);
    expect(profileSchema(today).parse(profileFromFormData(form))).toEqual({ ...valid, nhi: null });
    form.set("dateOfBirth-month", "");
    const result = profileSchema(today).safeParse(profileFromFormData(form));
    expect(result.success ? [] : z.flattenError(result.error).fieldErrors.dateOfBirth).toEqual(["Date of birth must include a month"]);
  });

  it("accepts a leap-day birthday", () => {
    expect(fieldErrors({ ...valid, dateOfBirth: "2000-02-29" })).toEqual({});
  });

  it("gives NHI examples that pass their own check", () => {
    const message = fieldErrors({ ...valid, nhi: "ABC123" }).nhi?.[0] ?? "";
    const shown = [...message.matchAll(/\b[A-Z]{3}[0-9A-Z]{4}\b/g)].map((m) => m[0]);
    expect(shown).toEqual([...NHI_EXAMPLES]);
    expect(NHI_EXAMPLES_TEXT).toBe("like ZZZ0016 or ZBN77VL");
    for (const example of shown) expect(checkNhi(example)).toMatchObject({ valid: true });
  });

  it("explains a bad NHI beside the field: wrong shape vs wrong check digit", () => {
    expect(fieldErrors({ ...valid, nhi: "ABC123" }).nhi?.[0]).toMatch(/3 letters then 4 characters/);
    expect(fieldErrors({ ...valid, nhi: "ZZZ0017" }).nhi?.[0]).toMatch(/does not check out/);
  });
});

describe("phone numbers", () => {
  it.each(["021 555 0100", "0215550100", "(09) 555 0100", "09-555-0100", "+64 21 555 0100", "64 21 555 0100", "0800 123 456", "+61 412 345 678"])(
    "%s is accepted",
    (phone) => expect(isValidPhone(phone)).toBe(true),
  );
  it.each(["", "555", "12345678", "021 555 0100 ext", "+0 21 555 0100", "0123 456", "phone me"])("%j is refused", (phone) =>
    expect(isValidPhone(phone)).toBe(false),
  );
});
