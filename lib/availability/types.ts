/** A clinic-local calendar date, "YYYY-MM-DD". */
export type ClinicDate = string;

/** Opening hours for one ISO weekday, as clinic wall-clock times. */
export type WeeklyHours = {
  /** 1 = Monday … 7 = Sunday (ISO 8601). */
  weekday: number;
  /** "HH:mm", clinic local. */
  opensAt: string;
  /** "HH:mm", clinic local; "24:00" means midnight at the end of the day. */
  closesAt: string;
};

/** A half-open span of real time, [startsAt, endsAt). */
export type Interval = { startsAt: Date; endsAt: Date };

export type PractitionerSchedule = {
  id: string;
  name: string;
  weeklyHours: WeeklyHours[];
  timeOff: Interval[];
  /** Existing bookings that hold time, already including their buffer: [start, end + buffer). */
  busy: Interval[];
};

export type SlotPractitioner = { id: string; name: string };

export type Slot = {
  startsAt: Date;
  /** startsAt + duration; the buffer after it is not included. */
  endsAt: Date;
  /** Everyone free for the whole [start, start + duration + buffer), in input order. */
  practitioners: SlotPractitioner[];
};

export type ProcedureTiming = { durationMinutes: number; bufferMinutes: number };
