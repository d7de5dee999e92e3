import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page, TestInfo } from "@playwright/test";

// Axe on every page the suite reaches (WCAG 2.2 A and AA). A page is checked
// when it has loaded after each navigation and once more at the end of the
// test; violations fail the test that reached them. To keep the suite quick,
// the run checks a page shape once, whichever worker reaches it first: the
// path with record ids replaced by ":id" plus the names (not values) of its
// query parameters.

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Page shapes this run has checked, shared by its workers: one marker file
 * per shape in the run's output folder, which Playwright empties when a run
 * starts. Two workers reaching a new shape at once both check it, which is
 * harmless.
 */
export function checkedShapes(outputDir: string) {
  const dir = path.join(outputDir, ".axe-checked");
  const marker = (shape: string) => path.join(dir, createHash("sha1").update(shape).digest("hex"));
  const seen = new Set<string>();
  return {
    has: (shape: string) => seen.has(shape) || fs.existsSync(marker(shape)),
    add: (shape: string) => {
      seen.add(shape);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(marker(shape), shape);
    },
  };
}

type CheckedShapes = ReturnType<typeof checkedShapes>;

/** The longest a check may hold up a test's end. */
const CHECK_LIMIT_MS = 15_000;
const settleWithin = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** "/staff/bookings/cmabc…?booked=1" → "/staff/bookings/:id?booked": one check per page shape. */
export function pageShape(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.protocol.startsWith("http")) return null;
  const path = parsed.pathname
    .split("/")
    .map((segment) => (/^c[a-z0-9]{20,}$/.test(segment) || /^CB-[0-9A-Z]{5}$/i.test(segment) || /\d/.test(segment) && segment.length > 12 ? ":id" : segment))
    .join("/");
  const keys = [...new Set(parsed.searchParams.keys())].sort();
  return keys.length ? `${path}?${keys.join("&")}` : path;
}

type Violation = { shape: string; url: string; summary: string };

/**
 * Watches one page: schedules a check after each main-frame navigation and
 * gives `finish()` to run the last check and report.
 */
export function watchAccessibility(page: Page, checked: CheckedShapes) {
  const pending: Promise<void>[] = [];
  const violations: Violation[] = [];

  async function check(reason: "navigation" | "end"): Promise<void> {
    if (page.isClosed()) return;
    const url = page.url();
    const shape = pageShape(url);
    if (!shape || checked.has(shape)) return;
    try {
      await page.waitForLoadState("load", { timeout: 10_000 });
      // Let client components hydrate and settle before reading the page.
      await page.waitForTimeout(reason === "navigation" ? 150 : 0);
      if (page.isClosed() || page.url() !== url) return;
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      // Navigated away meanwhile: the results may mix two pages; check it another time.
      if (page.url() !== url) return;
      checked.add(shape);
      for (const violation of results.violations) {
        const targets = violation.nodes.slice(0, 5).map((node) => `    ${node.target.join(" ")}: ${node.failureSummary?.split("\n").slice(1).join("; ") ?? ""}`);
        violations.push({ shape, url, summary: `${violation.id} (${violation.impact ?? "?"}): ${violation.help}\n${targets.join("\n")}` });
      }
    } catch {
      // The page navigated or closed while axe ran: a later visit (or the end of the test) checks it.
    }
  }

  const onNavigated = (frame: ReturnType<Page["mainFrame"]>) => {
    if (frame === page.mainFrame()) pending.push(check("navigation"));
  };
  page.on("framenavigated", onNavigated);

  return {
    async finish(testInfo: TestInfo): Promise<void> {
      page.off("framenavigated", onNavigated);
      // A page whose context the test closed itself can leave a check that
      // never settles: wait for it only while the page is open, and not
      // forever, so teardown cannot use up the test's time.
      if (!page.isClosed()) await Promise.race([Promise.all(pending), settleWithin(CHECK_LIMIT_MS)]);
      if (!page.isClosed()) await Promise.race([check("end"), settleWithin(CHECK_LIMIT_MS)]);
      if (violations.length === 0) return;
      const text = violations.map((v) => `${v.url} [${v.shape}]\n  ${v.summary}`).join("\n");
      await testInfo.attach("axe-violations", { body: text, contentType: "text/plain" });
      throw new Error(`Accessibility (axe, WCAG 2.2 A/AA) violations:\n${text}`);
    },
  };
}
