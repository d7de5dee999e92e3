import { beforeAll, describe, expect, it } from "vitest";
import type { Resource } from "@medplum/fhirtypes";
import { questionnaireV1 } from "@/lib/screening/questionnaire";
import { fhirErrors, loadFhirDefinitions } from "@/tests/support/fhir-validator";
import { APPOINTMENT_STATUS, bookingStatusesFor, toAppointment, type AppointmentRow } from "./appointment-resource";
import { capabilityStatement } from "./capability-statement";
import { NHI_SYSTEM } from "./code-systems";
import { operationOutcome } from "./fhir-error";
import { parseSlotId, slotId } from "./fhir-ids";
import { toPatient, toPractitioner } from "./people-resources";
import { toQuestionnaire } from "./questionnaire-resource";
import { toQuestionnaireResponse } from "./questionnaire-response-resource";
import { toHealthcareService, toSchedule, toSlot } from "./service-resources";
import { toReviewTask } from "./task-resource";

const at = (iso: string) => new Date(iso);
const booking = (status: AppointmentRow["status"]): AppointmentRow => ({
  id: "cbooking1",
  reference: "CB-7K3Q9",
  status,
  startsAt: at("2026-12-02T20:00:00Z"),
  endsAt: at("2026-12-02T20:45:00Z"),
  version: 3,
  createdAt: at("2026-11-20T01:00:00Z"),
  updatedAt: at("2026-11-21T01:00:00Z"),
  patient: { id: "cpatient1", profile: { legalName: "Aroha Ngata" } },
  practitioner: { id: "cprac1", name: "Dr Mere Tane" },
  procedure: { id: "cproc1", name: "Joint injection" },
});

// The R4 definitions take seconds to index; once, outside any one test's time.
beforeAll(() => loadFhirDefinitions(), 60_000);

function expectValid(resource: Resource) {
  expect(fhirErrors(resource)).toEqual([]);
}

describe("FHIR resources validate against the R4 definitions", () => {
  it("a patient with an NHI carries it under the NZ NHI identifier system", () => {
    const patient = toPatient({
      id: "cpatient1",
      email: "aroha@example.test",
      updatedAt: at("2026-11-21T01:00:00Z"),
      profile: { legalName: "Aroha Ngata", dateOfBirth: "1980-05-17", phone: "021 555 0100", nhi: "ZAC5361" },
    });
    expectValid(patient);
    expect(patient.identifier).toEqual([{ use: "official", system: NHI_SYSTEM, value: "ZAC5361" }]);
  });

  it("a patient without an NHI has no identifier rather than an empty one", () => {
    const patient = toPatient({ id: "p2", email: "x@example.test", updatedAt: new Date(), profile: null });
    expectValid(patient);
    expect(patient.identifier).toBeUndefined();
  });

  it("practitioner, service, schedule and slot", () => {
    expectValid(toPractitioner({ id: "cprac1", name: "Dr Mere Tane", title: "Doctor", active: true }));
    expectValid(toHealthcareService({ id: "cproc1", slug: "joint", name: "Joint injection", summary: "s", description: "d", durationMinutes: 45, active: true }));
    const schedule = toSchedule({ practitioner: { id: "cprac1", name: "Dr", active: true }, procedure: { id: "cproc1", name: "Joint", active: true } });
    expectValid(schedule);
    const slot = toSlot({ practitionerId: "cprac1", procedureId: "cproc1", procedureName: "Joint" }, { startsAt: at("2026-12-02T20:00:00Z"), endsAt: at("2026-12-02T20:45:00Z") });
    expectValid(slot);
    expect(slot.schedule.reference).toBe(`Schedule/${schedule.id}`);
    expect(parseSlotId(slot.id!)).toEqual({ practitionerId: "cprac1", procedureId: "cproc1", startsAt: at("2026-12-02T20:00:00Z") });
    expect(slotId({ practitionerId: "practitioner-aroha", procedureId: "cmabcdefghijklmnopqrstuvw" }, at("2026-12-02T20:00:00Z"))).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
  });

  it.each(Object.entries(APPOINTMENT_STATUS))("a %s booking is an Appointment with status %s", (status, fhirStatus) => {
    const appointment = toAppointment(booking(status as AppointmentRow["status"]));
    expectValid(appointment);
    expect(appointment.status).toBe(fhirStatus);
    expect(appointment.participant.map((p) => p.actor?.reference)).toEqual([
      "Patient/cpatient1",
      "Practitioner/cprac1",
      "HealthcareService/cproc1",
    ]);
    expect(appointment.meta?.tag?.[0]?.code).toBe(status);
  });

  it("postponed and cancelled both search as cancelled; unknown codes are refused", () => {
    expect(bookingStatusesFor("cancelled")?.sort()).toEqual(["CANCELLED", "POSTPONED"]);
    expect(bookingStatusesFor("pending")).toEqual(["FLAGGED"]);
    expect(bookingStatusesFor("arrived")).toEqual([]);
    expect(bookingStatusesFor("bogus")).toBeNull();
  });

  it("the questionnaire keeps each question id as its linkId, follow-ups shown by enableWhen", () => {
    const q = toQuestionnaire(questionnaireV1, true);
    expectValid(q);
    expect(q.item?.map((i) => i.linkId)).toContain("recentIllnessEndedOn");
    expect(q.item?.find((i) => i.linkId === "positiveTestDate")?.enableWhen).toEqual([
      { question: "positiveTest", operator: "=", answerBoolean: true },
    ]);
  });

  it("a response links to its appointment and holds the answers as the questionnaire asked them", () => {
    const qr = toQuestionnaireResponse(
      {
        id: "cresp1",
        kind: "BOOKING",
        submittedAt: at("2026-11-20T01:00:00Z"),
        submittedById: "cpatient1",
        bookingId: "cbooking1",
        patientId: "cpatient1",
        answers: {
          version: 1,
          symptoms: ["cough", "fever"],
          temperatureC: 38.1,
          positiveTest: "no",
          closeContact: "yes",
          closeContactDate: "2026-11-18",
          recentIllness: "yes",
          recentIllnessKind: "flu",
          recentIllnessEndedOn: "2026-11-01",
          otherInfo: "A bit chesty",
          declaration: true,
        },
      },
      questionnaireV1,
    );
    expectValid(qr);
    expect(qr.extension?.[0]?.valueReference?.reference).toBe("Appointment/cbooking1");
    expect(qr.item?.find((i) => i.linkId === "symptoms")?.answer?.map((a) => a.valueCoding?.code)).toEqual(["cough", "fever"]);
    expect(qr.item?.find((i) => i.linkId === "closeContactDate")?.answer).toEqual([{ valueDate: "2026-11-18" }]);
    expect(qr.item?.find((i) => i.linkId === "temperatureC")?.answer).toEqual([{ valueDecimal: 38.1 }]);
  });

  it("a flagged booking's review task names its reasons by code and short label, never the message", () => {
    const task = toReviewTask({
      bookingId: "cbooking1",
      patientId: "cpatient1",
      status: "FLAGGED",
      updatedAt: at("2026-11-21T01:00:00Z"),
      flaggedAt: at("2026-11-20T01:00:00Z"),
      flaggingResponseId: "cresp1",
      reasons: [{ code: "SYMPTOMS", label: "Symptoms" }, { code: "CLOSE_CONTACT", label: "Close contact" }],
      latestReview: null,
      ownerDisplay: "Test Clinic clinical team",
    });
    expectValid(task);
    expect(task.status).toBe("requested");
    expect(task.focus?.reference).toBe("Appointment/cbooking1");
    expect(task.input?.map((i) => i.valueCodeableConcept?.coding?.[0]?.code)).toEqual(["SYMPTOMS", "CLOSE_CONTACT"]);
    const reviewed = toReviewTask({ bookingId: "b", patientId: "p", status: "CONFIRMED", updatedAt: new Date(), flaggedAt: new Date(), flaggingResponseId: null, reasons: [], latestReview: { decision: "CLEAR_TO_PROCEED", createdAt: new Date() }, ownerDisplay: "x" });
    expectValid(reviewed);
    expect(reviewed.status).toBe("completed");
  });

  it("the capability statement and errors are valid resources too", () => {
    const cs = capabilityStatement({ base: "http://localhost/api/fhir/R4", date: "2026-11-26T00:00:00Z", clinicName: "Test" });
    expectValid(cs);
    const appointment = cs.rest?.[0]?.resource?.find((r) => r.type === "Appointment");
    expect(appointment?.searchParam?.map((p) => p.name).sort()).toEqual(["_id", "date", "patient", "practitioner", "status"]);
    expectValid(operationOutcome("invalid", "bad date", "date"));
  });

  it("the validator does refuse an invalid resource (so the checks above mean something)", () => {
    expect(fhirErrors({ resourceType: "Appointment", status: "maybe", participant: [] } as unknown as Resource)).not.toEqual([]);
  });
});
