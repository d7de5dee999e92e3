import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("csvField", () => {
  it.each([
    ["plain text stays as it is", "Mere Thompson", "Mere Thompson"],
    ["a comma is quoted", "Thompson, Mere", '"Thompson, Mere"'],
    ["a quote is doubled inside quotes", 'Mere "Mez" Thompson', '"Mere ""Mez"" Thompson"'],
    ["a line break is quoted", "line one\nline two", '"line one\nline two"'],
    ["a carriage return is quoted", "a\r\nb", '"a\r\nb"'],
    ["a leading space is kept by quoting", " Mere", '" Mere"'],
    ["a formula is neutralised", "=HYPERLINK(\"x\")", '"\'=HYPERLINK(""x"")"'],
    ["a leading plus is neutralised", "+64 21 555", "'+64 21 555"],
    ["a leading at-sign is neutralised", "@SUM(A1)", "'@SUM(A1)"],
    ["an empty string is empty", "", ""],
    ["a semicolon is quoted, so a semicolon-locale spreadsheet keeps one cell", "x;=cmd|' /C calc'!A0", `"x;=cmd|' /C calc'!A0"`],
    ["a tab is quoted", "a\tb", '"a\tb"'],
  ])("%s", (_case, input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it("writes numbers (negative too) and blanks without change", () => {
    expect(csvField(-3)).toBe("-3");
    expect(csvField(42)).toBe("42");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });
});

describe("toCsv", () => {
  it("joins fields with commas and rows with CRLF, ending with a line break", () => {
    expect(
      toCsv([
        ["Reference", "Patient"],
        ["CB-7K3Q9", "Thompson, Mere"],
      ]),
    ).toBe('Reference,Patient\r\nCB-7K3Q9,"Thompson, Mere"\r\n');
  });
});
