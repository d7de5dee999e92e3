// Prisma 6.19's better-sqlite3 adapter stores DateTime as ISO text ending in
// "+00:00" (checked by writing a row through Prisma and reading it raw). SQL
// compares these columns as text, and SlotClaim's key includes cellStart, so
// rows written or queried here must use exactly the same shape.
export function sqliteDateTime(instant: Date | number): string {
  return new Date(instant).toISOString().replace(/Z$/, "+00:00");
}
