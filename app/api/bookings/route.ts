import { NextResponse, type NextRequest } from "next/server";
import { authenticateApi } from "@/lib/auth/guards";
import { validationError } from "@/lib/http/api-error";
import { createBookingSchema, idempotencyKeySchema } from "@/lib/booking/booking-schemas";
import { createBooking, listBookingsForPatient } from "@/lib/booking/booking-service";
import { answerBookingCall, bookingErrorAnswer, bookingJson, readJsonBody } from "@/lib/booking/booking-http";
import { runIdempotent } from "@/lib/booking/idempotency";

/** The caller's own bookings. */
export async function GET() {
  const auth = await authenticateApi();
  if (!auth.ok) return auth.response;
  const { upcoming, past } = await listBookingsForPatient(auth.user, new Date());
  return NextResponse.json({ upcoming: upcoming.map(bookingJson), past: past.map(bookingJson) });
}

/** Book a time: `{ procedureSlug, startsAt, practitionerId? }`; honours `Idempotency-Key`. */
export async function POST(request: NextRequest) {
  const auth = await authenticateApi(["PATIENT"]);
  if (!auth.ok) return auth.response;

  const keyHeader = request.headers.get("idempotency-key");
  const key = keyHeader === null ? null : idempotencyKeySchema.safeParse(keyHeader);
  if (key && !key.success) return validationError(key.error, "Check the Idempotency-Key header.");

  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = createBookingSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error, "Check the booking details.");

  const now = new Date();
  if (!key) {
    return answerBookingCall(async () => {
      const booking = await createBooking(auth.user, input.data, now);
      return NextResponse.json({ booking: bookingJson(booking) }, { status: 201 });
    });
  }

  const answer = await runIdempotent(
    { userId: auth.user.id, key: key.data, body: body.value },
    async (remember) => {
      let stored = { status: 201, body: {} as unknown };
      await createBooking(auth.user, input.data, now, {
        // The record commits with the booking: a retry can never make a second one.
        withinTransaction: async (tx, booking) => {
          stored = { status: 201, body: { booking: bookingJson(booking) } };
          await remember(tx, stored);
        },
      });
      return stored;
    },
    bookingErrorAnswer,
  );
  return NextResponse.json(answer.body, {
    status: answer.status,
    headers: answer.replayed ? { "Idempotent-Replayed": "true" } : undefined,
  });
}
