// The booking pages' first paint ships only what it needs (target: at most
// 1.25× a bare page's JavaScript, measured by `npm run bench`). The heavy
// parts — Zod, the time-zone library, the screening rules — must not be in
// the client code the page loads up front; the form loads its answer checks
// with import() when the patient starts answering (docs/decisions/012).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const PAGES = ["app/procedures/[slug]/book/page.tsx", "app/procedures/[slug]/page.tsx"];
// date-fns is imported a function at a time and tree-shaken (the date boxes use isExists).
const HEAVY_PACKAGES = ["zod", "@date-fns/tz"];
const HEAVY_FILES = [/^lib\/screening\/(answers-schema|validate-screening-answers|assess-screening|free-text)/];

/** Static, value imports and re-exports (not `import type`, not `import()`). */
function staticImports(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm)) {
    if (!m[1]) found.push(m[2]!);
  }
  return found;
}

function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, from)), specifier));
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (/\.(ts|tsx)$/.test(candidate) && existsSync(path.join(ROOT, candidate))) return candidate.split(path.sep).join("/");
  }
  return null;
}

const isClient = (file: string) => /^\s*["']use client["']/.test(readFileSync(path.join(ROOT, file), "utf8"));

/** What the client code reachable from a page imports up front: "file imports x" lines for the heavy ones. */
function heavyClientImports(page: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, inClient: boolean) => {
    const client = inClient || isClient(file);
    const key = `${file}:${client}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (client && HEAVY_FILES.some((re) => re.test(file))) problems.push(`${file} is in the client code`);
    for (const specifier of staticImports(file)) {
      if (client && HEAVY_PACKAGES.some((p) => specifier === p || specifier.startsWith(`${p}/`))) problems.push(`${file} imports ${specifier}`);
      const target = resolve(file, specifier);
      if (target) walk(target, client);
    }
  };
  walk(page, false);
  return problems;
}

describe("client code the booking pages load up front", () => {
  it.each(PAGES)("%s pulls in no Zod, time-zone library or screening rules", (page) => {
    expect(heavyClientImports(page)).toEqual([]);
  });

  it("the check itself sees a heavy static import in client code", () => {
    // Guard against a check that cannot fail: the screening form loads the
    // rules lazily, but the rules module itself imports Zod.
    expect(staticImports("lib/screening/validate-screening-answers.ts")).toContain("zod");
    expect(isClient("components/screening-form.tsx")).toBe(true);
  });
});
