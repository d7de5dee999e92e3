import type { Metadata } from "next";
import Link from "next/link";
import * as z from "zod";
import { requireStaff } from "@/lib/auth/guards";
import { getClinic } from "@/lib/clinic/clinic-data";
import { formatClinicDate } from "@/lib/availability/clinic-display";
import { pageSearchParamsObject } from "@/lib/http/search-params";
import { findPhonePatients, PATIENT_SEARCH_LIMIT } from "@/lib/staff/phone-patients";
import { patientSearchSchema } from "@/lib/staff/phone-patient-schema";
import { buttonClass, FieldError, inputClass } from "@/components/staff/form-parts";
import { NewPatientForm } from "@/components/staff/new-patient-form";
import { createPhonePatientAction } from "./actions";

export const metadata: Metadata = { title: "Book for a patient" };

// Phone bookings, step 1: find the patient, or add one who is new to the clinic.
export default async function BookForPatientPage({ searchParams }: PageProps<"/staff/book">) {
  const user = await requireStaff("/staff/book");
  const raw = pageSearchParamsObject(await searchParams);
  const searched = typeof raw.q === "string";
  const parsed = patientSearchSchema.safeParse({ q: raw.q ?? "" });
  const searchErrors = searched && !parsed.success ? z.flattenError(parsed.error).fieldErrors.q : undefined;
  const patients = searched && parsed.success ? await findPhonePatients(user, parsed.data.q) : null;
  const { timeZone } = await getClinic();

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold text-brand-800">Book for a patient</h1>
      <p className="max-w-3xl">
        For bookings taken by phone. The same rules apply as when patients book online; the booking records that you made
        it, and the patient gets the confirmation email.
      </p>

      <section aria-labelledby="find-heading" className="space-y-4">
        <h2 id="find-heading" className="text-xl font-semibold">
          Find the patient
        </h2>
        <form method="get" action="/staff/book" role="search" aria-label="Find a patient" className="flex flex-wrap items-end gap-3">
          <div className="min-w-72 flex-1">
            <label htmlFor="q" className="font-medium">
              Name, date of birth, NHI, phone or email
            </label>
            <p id="q-hint" className="text-sm text-stone-700">
              Dates of birth as 17/05/1980 or 1980-05-17.
            </p>
            <FieldError id="q-error" errors={searchErrors} />
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={raw.q}
              aria-invalid={searchErrors ? true : undefined}
              aria-describedby={["q-hint", searchErrors ? "q-error" : ""].filter(Boolean).join(" ")}
              className={inputClass}
            />
          </div>
          <button type="submit" className={buttonClass}>
            Search
          </button>
        </form>
        {patients === null ? null : patients.length === 0 ? (
          <p role="status">No patients match “{raw.q}”. Check the spelling, try another detail, or add them below.</p>
        ) : (
          <div className="space-y-2">
            <p role="status">
              {patients.length === 1 ? "1 patient matches" : `${patients.length} patients match`}
              {patients.length === PATIENT_SEARCH_LIMIT ? " (the first 20: add a detail to narrow it)" : ""}.
            </p>
            <div className="overflow-x-auto" role="region" aria-label="Matching patients" tabIndex={0}>
              <table className="w-full border-collapse bg-white text-sm">
                <caption className="sr-only">Patients matching the search</caption>
                <thead>
                  <tr className="text-left">
                    <th scope="col" className="border-b border-stone-300 p-2">Name</th>
                    <th scope="col" className="border-b border-stone-300 p-2">Date of birth</th>
                    <th scope="col" className="border-b border-stone-300 p-2">NHI</th>
                    <th scope="col" className="border-b border-stone-300 p-2">Phone</th>
                    <th scope="col" className="border-b border-stone-300 p-2">Email</th>
                    <th scope="col" className="border-b border-stone-300 p-2"><span className="sr-only">Action</span></th>
                  </tr>
                </thead>
                <tbody>
                  {patients.map((p) => (
                    <tr key={p.id}>
                      <th scope="row" className="border-b border-stone-200 p-2 text-left font-medium">{p.name}</th>
                      <td className="border-b border-stone-200 p-2">{formatClinicDate(p.dateOfBirth, timeZone)}</td>
                      <td className="border-b border-stone-200 p-2">{p.nhi ?? "—"}</td>
                      <td className="border-b border-stone-200 p-2">{p.phone}</td>
                      <td className="border-b border-stone-200 p-2">{p.email}</td>
                      <td className="border-b border-stone-200 p-2">
                        <Link href={`/staff/book/${p.id}`} className="text-brand-700 underline">
                          Book for {p.name}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="new-heading" className="space-y-4">
        <h2 id="new-heading" className="text-xl font-semibold">
          New patient
        </h2>
        <p className="max-w-3xl">
          Not found? Add them. They get an ordinary patient account and can sign in later with a link emailed to this
          address.
        </p>
        <NewPatientForm action={createPhonePatientAction} />
      </section>
    </div>
  );
}
