import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/guards";
import { getClinic } from "@/lib/clinic/clinic-data";
import { formatClinicDate } from "@/lib/availability/clinic-display";
import { listApiClients } from "@/lib/api-clients/api-client-data";
import { ALL_READ_SCOPE, FHIR_RESOURCE_TYPES } from "@/lib/api-clients/scopes";
import { listCalendarFeeds, listFeedPractitioners } from "@/lib/calendar-feed/calendar-feed-data";
import { ApiClientForm } from "@/components/integrations/api-client-form";
import { CalendarFeedForm } from "@/components/integrations/calendar-feed-form";
import {
  createApiClientAction,
  createCalendarFeedAction,
  revokeApiClientAction,
  revokeCalendarFeedAction,
} from "./actions";

export const metadata: Metadata = { title: "Integrations" };

const SCOPE_CHOICES = [
  { value: ALL_READ_SCOPE, label: "Everything below" },
  ...FHIR_RESOURCE_TYPES.map((type) => ({ value: `system/${type}.read`, label: type })),
];

const revokeClass = "rounded border border-red-700 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50";

export default async function IntegrationsPage() {
  await requireAdmin("/staff/integrations");
  const [{ timeZone }, clients, feeds, practitioners] = await Promise.all([
    getClinic(),
    listApiClients(),
    listCalendarFeeds(),
    listFeedPractitioners(),
  ]);
  const day = (d: Date) => formatClinicDate(d, timeZone);
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold text-brand-800">Integrations</h1>

      <section aria-labelledby="clients-heading" className="space-y-4">
        <h2 id="clients-heading" className="text-xl font-semibold">FHIR API clients</h2>
        <p>
          Practice systems read bookings, screening answers and review tasks through the read-only FHIR R4 API at{" "}
          <code>/api/fhir/R4</code>, with a bearer token. Each read of patient data is recorded in the audit trail.
        </p>
        <ApiClientForm action={createApiClientAction} scopes={SCOPE_CHOICES} />
        <h3 className="text-lg font-semibold">Clients</h3>
        {clients.length === 0 ? <p>No API clients yet.</p> : (
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-2 pr-3">Name</th>
                <th scope="col" className="py-2 pr-3">May read</th>
                <th scope="col" className="py-2 pr-3">Token starts</th>
                <th scope="col" className="py-2 pr-3">Created</th>
                <th scope="col" className="py-2 pr-3">Status</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((c) => (
                <tr key={c.id} className="border-b border-stone-200 align-top">
                  <th scope="row" className="py-2 pr-3 font-medium">{c.name}</th>
                  <td className="py-2 pr-3">{c.scopes.join(", ")}</td>
                  <td className="py-2 pr-3"><code>{c.tokenHint}…</code></td>
                  <td className="py-2 pr-3">{day(c.createdAt)}</td>
                  <td className="py-2 pr-3">
                    {c.revokedAt ? `Revoked ${day(c.revokedAt)}` : (
                      <form action={revokeApiClientAction}>
                        <input type="hidden" name="id" value={c.id} />
                        <button type="submit" className={revokeClass} aria-label={`Revoke ${c.name}`}>Revoke</button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="feeds-heading" className="space-y-4">
        <h2 id="feeds-heading" className="text-xl font-semibold">Practitioner calendar feeds</h2>
        <p>
          A private address a practitioner adds to their calendar app (&ldquo;subscribe to calendar&rdquo;). It shows
          their bookings with procedure and time, and follows every change. Anyone with the address can read it:
          revoke it if it is shared by mistake.
        </p>
        <CalendarFeedForm action={createCalendarFeedAction} practitioners={practitioners} />
        <h3 className="text-lg font-semibold">Feeds</h3>
        {feeds.length === 0 ? <p>No calendar feeds yet.</p> : (
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-2 pr-3">Practitioner</th>
                <th scope="col" className="py-2 pr-3">Patient names</th>
                <th scope="col" className="py-2 pr-3">Address starts</th>
                <th scope="col" className="py-2 pr-3">Created</th>
                <th scope="col" className="py-2 pr-3">Status</th>
              </tr>
            </thead>
            <tbody>
              {feeds.map((f) => (
                <tr key={f.id} className="border-b border-stone-200 align-top">
                  <th scope="row" className="py-2 pr-3 font-medium">{f.practitionerName}</th>
                  <td className="py-2 pr-3">{f.showPatientNames ? "Shown" : "Hidden"}</td>
                  <td className="py-2 pr-3"><code>{f.tokenHint}…</code></td>
                  <td className="py-2 pr-3">{day(f.createdAt)}</td>
                  <td className="py-2 pr-3">
                    {f.revokedAt ? `Revoked ${day(f.revokedAt)}` : (
                      <form action={revokeCalendarFeedAction}>
                        <input type="hidden" name="id" value={f.id} />
                        <button type="submit" className={revokeClass} aria-label={`Revoke the feed for ${f.practitionerName}`}>Revoke</button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
