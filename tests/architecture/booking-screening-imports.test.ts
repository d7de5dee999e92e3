// Screening plugs into booking, not the other way round: lib/booking may use
// lib/screening's rules, and no file in lib/screening may import lib/booking,
// so the two folders can never import each other in a cycle.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");

function sourceFiles(folder: string): string[] {
  const dir = path.join(ROOT, folder);
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.(ts|tsx)$/.test(name))
    .map((name) => path.join(folder, name));
}

/** The lib/ folder each import of a file lands in ("lib/booking"), for "@/lib/…" and relative specifiers. */
function importedFolders(file: string): { specifier: string; folder: string }[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g)].map((m) => m[1]!);
  return specifiers.flatMap((specifier) => {
    let target: string;
    if (specifier.startsWith("@/")) target = specifier.slice(2);
    else if (specifier.startsWith(".")) target = path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), specifier));
    else return [];
    const [top, concept] = target.split(path.sep).join("/").split("/");
    return top === "lib" && concept ? [{ specifier, folder: `lib/${concept}` }] : [];
  });
}

function edges(from: string, to: string): string[] {
  return sourceFiles(from).flatMap((file) =>
    importedFolders(file)
      .filter((i) => i.folder === to)
      .map((i) => `${file} imports ${i.specifier}`),
  );
}

describe("lib/booking and lib/screening", () => {
  it("no lib/screening file imports lib/booking", () => {
    expect(edges("lib/screening", "lib/booking")).toEqual([]);
  });

  it("do not import each other in a cycle", () => {
    const bookingUsesScreening = edges("lib/booking", "lib/screening").length > 0;
    const screeningUsesBooking = edges("lib/screening", "lib/booking").length > 0;
    expect(bookingUsesScreening && screeningUsesBooking).toBe(false);
  });

  it("reads the imports it checks (booking does use screening's rules)", () => {
    // Guards the test itself: if the parser found nothing, the checks above would pass vacuously.
    expect(edges("lib/booking", "lib/screening").length).toBeGreaterThan(0);
  });
});
