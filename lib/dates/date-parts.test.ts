import { describe, expect, it } from "vitest";
import * as z from "zod";
import { checkDateParts, datePartsFromFormData, datePartsFromIso, type DateRules } from "./date-parts";
import { dateSchema, optionalDateSchema } from "./date-schema";

const birthday: DateRules = { label: "Date of birth", missing: "Enter your date of birth", today: "2026-03-10", when: "past", earliest: "1900-01-01" };
const testDate: DateRules = { label: "Date of the test", missing: "Enter the date of your positive test", today: "2026-03-10", when: "today-or-past" };
const boxes = (day: string, month: string, year: string) => ({ day, month, year });

describe("checkDateParts: what a person sees for what they typed", () => {
  it.each([
    [boxes("", "", ""), "Enter your date of birth", ["day", "month", "year"]],
    [boxes("27", "", "2007"), "Date of birth must include a month", ["month"]],
    [boxes("", "3", "2007"), "Date of birth must include a day", ["day"]],
    [boxes("27", "3", ""), "Date of birth must include a year", ["year"]],
    [boxes("", "", "2007"), "Date of birth must include a day and month", ["day", "month"]],
    [boxes("27", "", ""), "Date of birth must include a month and year", ["month", "year"]],
    [boxes("31", "2", "1985"), "Date of birth must be a real date", ["day", "month"]],
    [boxes("29", "2", "2023"), "Date of birth must be a real date", ["day", "month"]],
    [boxes("12", "13", "1985"), "Date of birth must be a real date", ["month"]],
    [boxes("32", "1", "1985"), "Date of birth must be a real date", ["day"]],
    [boxes("0", "1", "1985"), "Date of birth must be a real date", ["day"]],
    [boxes("aa", "1", "1985"), "Date of birth must be a real date", ["day"]],
    [boxes("1", "1", "85"), "Year must include 4 numbers", ["year"]],
    [boxes("10", "3", "2026"), "Date of birth must be in the past", ["day", "month", "year"]],
    [boxes("1", "1", "2030"), "Date of birth must be in the past", ["day", "month", "year"]],
    [boxes("31", "12", "1899"), "Date of birth must be the same as or after 1 January 1900", ["year"]],
  ])("%j → %s", (parts, message, wrong) => {
    expect(checkDateParts(parts, birthday)).toEqual({ ok: false, message, parts: wrong });
  });

  it.each([
    [boxes("27", "3", "2007"), "2007-03-27"],
    [boxes(" 07 ", "03", "2007"), "2007-03-07"],
    [boxes("29", "2", "2000"), "2000-02-29"],
    [boxes("17", "May", "1980"), "1980-05-17"],
    [boxes("17", "september", "1980"), "1980-09-17"],
    [boxes("9", "3", "2026"), "2026-03-09"],
  ])("%j is %s", (parts, iso) => {
    expect(checkDateParts(parts, birthday)).toEqual({ ok: true, iso });
  });

  it("takes today for a date that may be today, and refuses tomorrow", () => {
    expect(checkDateParts(boxes("10", "3", "2026"), testDate)).toEqual({ ok: true, iso: "2026-03-10" });
    expect(checkDateParts(boxes("11", "3", "2026"), testDate)).toMatchObject({ ok: false, message: "Date of the test must be today or in the past" });
  });
});

describe("dateSchema: the API and the form get the same messages", () => {
  const schema = z.object({ dateOfBirth: dateSchema(birthday) });
  const messages = (input: unknown) => {
    const result = schema.safeParse({ dateOfBirth: input });
    return result.success ? [] : z.flattenError(result.error).fieldErrors.dateOfBirth;
  };

  it("takes YYYY-MM-DD or the three boxes and gives YYYY-MM-DD", () => {
    expect(schema.parse({ dateOfBirth: "1985-02-28" })).toEqual({ dateOfBirth: "1985-02-28" });
    expect(schema.parse({ dateOfBirth: boxes("28", "2", "1985") })).toEqual({ dateOfBirth: "1985-02-28" });
    expect(schema.parse({ dateOfBirth: { day: 28, month: 2, year: 1985 } })).toEqual({ dateOfBirth: "1985-02-28" });
  });

  it.each([
    ["1985-02-30", "Date of birth must be a real date"],
    ["17/05/1980", "Date of birth must be a real date"],
    ["2030-01-01", "Date of birth must be in the past"],
    [undefined, "Enter your date of birth"],
    ["", "Enter your date of birth"],
    [42, "Date of birth must be a real date"],
    [boxes("27", "", "2007"), "Date of birth must include a month"],
  ])("%j → %s", (input, message) => {
    expect(messages(input)).toEqual([message]);
  });

  it("lets an optional date be left blank, and still checks one that is typed", () => {
    const optional = optionalDateSchema(testDate);
    expect(optional.parse(undefined)).toBeUndefined();
    expect(optional.parse(boxes("", " ", ""))).toBeUndefined();
    expect(optional.safeParse(boxes("31", "4", "2026")).success).toBe(false);
  });
});

describe("reading and writing the boxes", () => {
  it("reads name-day, name-month and name-year from a post", () => {
    const form = new FormData();
    form.set("dateOfBirth-day", "7");
    form.set("dateOfBirth-month", "3");
    form.set("dateOfBirth-year", "1980");
    expect(datePartsFromFormData(form, "dateOfBirth")).toEqual(boxes("7", "3", "1980"));
    expect(datePartsFromFormData(new FormData(), "dateOfBirth")).toEqual(boxes("", "", ""));
  });

  it("shows a stored date as people write it", () => {
    expect(datePartsFromIso("1980-03-07")).toEqual(boxes("7", "3", "1980"));
    expect(datePartsFromIso(null)).toEqual(boxes("", "", ""));
  });
});
