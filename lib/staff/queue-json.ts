import type { QueuePage } from "./queue-query";

/** The queue as the API sends it: `{ items, page, pageSize, total }`, instants as ISO strings. */
export function queuePageJson(page: QueuePage) {
  return {
    items: page.items.map((item) => ({
      id: item.id,
      reference: item.reference,
      status: item.status,
      startsAt: item.startsAt.toISOString(),
      patientName: item.patientName,
      procedure: { slug: item.procedureSlug, name: item.procedureName },
      reasons: item.reasons,
      flaggedSince: item.flaggedSince?.toISOString() ?? null,
    })),
    page: page.page,
    pageSize: page.pageSize,
    total: page.total,
  };
}
