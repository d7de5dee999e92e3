// The run's figures against the targets in targets.ts: one verdict per target.
import type { MemoryFigures } from "./measure-memory";
import type { PageJavaScript } from "./measure-page-javascript";
import type { ScenarioResult } from "./report";
import { CPU_TARGETS, PAGE_JAVASCRIPT_RATIO, PEAK_RSS_MB, toleranceFor, verdict, type TargetVerdict } from "./targets";

export const BARE_PAGE = "/bench-missing-page";
export const BOOKING_PAGE_MARK = "/book";

export function judgeTargets(input: {
  scenarios: ScenarioResult[];
  floorSpread: number | null;
  memory: MemoryFigures;
  pageJavaScript: PageJavaScript[];
}): { tolerance: number; verdicts: TargetVerdict[] } {
  const tolerance = toleranceFor(input.floorSpread);
  const verdicts: TargetVerdict[] = CPU_TARGETS.map((t) => {
    const result = input.scenarios.find((s) => s.key === t.key);
    const ratio = result?.available ? result.cpuRatioToFloor : null;
    return verdict(`${t.label}: CPU ≤ ${t.maxRatio}× floor`, ratio, t.maxRatio, tolerance);
  });
  verdicts.push(verdict(`peak server RSS ≤ ${PEAK_RSS_MB} MB`, input.memory.peakTreeRssMb, PEAK_RSS_MB, 0));
  const bare = input.pageJavaScript.find((p) => p.path.startsWith(BARE_PAGE));
  const booking = input.pageJavaScript.find((p) => p.path.includes(BOOKING_PAGE_MARK));
  const jsRatio = bare?.available && booking?.available ? Math.round((booking.gzipKb / bare.gzipKb) * 100) / 100 : null;
  verdicts.push(
    verdict(
      `booking page JavaScript ≤ ${PAGE_JAVASCRIPT_RATIO}× a bare page (gzip)`,
      jsRatio,
      PAGE_JAVASCRIPT_RATIO,
      0,
      bare?.available && booking?.available ? `${booking.gzipKb} KB vs ${bare.gzipKb} KB` : undefined,
    ),
  );
  return { tolerance, verdicts };
}
