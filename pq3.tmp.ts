import Module from "node:module";
const M = Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown };
const origLoad = M._load;
M._load = function (req: string, ...rest: unknown[]) { return req === "server-only" ? {} : origLoad.call(this, req, ...rest); };
process.env.DATABASE_URL = "file:./data/bench.db";
async function main() {
  const { loadPractitionerSchedules } = await import("@/lib/availability/slot-data");
  const { computeOpenSlots } = await import("@/lib/availability/free-slots");
  const { db } = await import("@/lib/db/client");
  const p = (await db.procedure.findFirst({ where: { slug: "initial-consultation" } }))!;
  const weeks = [["2026-12-07","2026-12-13"],["2026-12-14","2026-12-20"],["2026-12-21","2026-12-27"],["2026-12-28","2027-01-03"]];
  for (let r = 0; r < 4; r++) {
    const t = process.cpuUsage(); let load = 0n, comp = 0n; const n = 200;
    for (let i = 0; i < n; i++) {
      const [from, to] = weeks[i % 4]!;
      const a = process.hrtime.bigint();
      const sch = await loadPractitionerSchedules({ procedureId: p.id, range: { from: from!, to: to! }, timeZone: "Pacific/Auckland" });
      const b = process.hrtime.bigint();
      computeOpenSlots({ procedure: p, practitioners: sch, from: from!, to: to!, timeZone: "Pacific/Auckland" });
      comp += process.hrtime.bigint() - b; load += b - a;
    }
    const u = process.cpuUsage(t);
    console.log("cpu/req", ((u.user + u.system) / n / 1000).toFixed(2), "load", (Number(load) / n / 1e6).toFixed(2), "compute", (Number(comp) / n / 1e6).toFixed(2));
  }
}
main();
