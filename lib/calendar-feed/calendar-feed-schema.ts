import * as z from "zod";

// The admin's "new calendar feed" form, shared by the page and the server action.
export const calendarFeedSchema = z.object({
  practitionerId: z.string().trim().min(1, { error: "Choose a practitioner" }),
  showPatientNames: z.boolean(),
});

export type CalendarFeedInput = z.output<typeof calendarFeedSchema>;
