-- Free slots are cached per instance (docs/decisions/012). The cache checks
-- this one row; triggers bump it in the same transaction as any change to
-- what slots are computed from, whoever writes. It starts at a random value so
-- that a database made afresh (tests, a reset) never repeats an old version.
-- CreateTable
CREATE TABLE "ScheduleStamp" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "ScheduleStamp_pkey" PRIMARY KEY ("id")
);

INSERT INTO "ScheduleStamp" ("id", "version") VALUES (1, floor(random() * 1000000000)::integer);

-- The bump locks the stamp row until commit, so writers to these tables queue
-- on it from their first such write: take row locks (lib/db/row-locks.ts)
-- before that write, as the transactions here do, and they cannot deadlock
-- over it. (A deferred constraint trigger would hold it for less time, but
-- Prisma's schema engine cannot read constraint triggers back.)
CREATE FUNCTION "bump_schedule_stamp"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Booking_bumps_schedule_stamp" AFTER INSERT OR UPDATE OF "practitionerId", "startsAt", "blockedUntil", "status" OR DELETE ON "Booking"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_schedule_stamp"();
CREATE TRIGGER "Booking_bumps_schedule_stamp_on_truncate" AFTER TRUNCATE ON "Booking"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_schedule_stamp"();

CREATE TRIGGER "TimeOff_bumps_schedule_stamp" AFTER INSERT OR UPDATE OR DELETE ON "TimeOff"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_schedule_stamp"();
CREATE TRIGGER "TimeOff_bumps_schedule_stamp_on_truncate" AFTER TRUNCATE ON "TimeOff"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_schedule_stamp"();

CREATE TRIGGER "OpeningHours_bumps_schedule_stamp" AFTER INSERT OR UPDATE OR DELETE ON "OpeningHours"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_schedule_stamp"();
CREATE TRIGGER "OpeningHours_bumps_schedule_stamp_on_truncate" AFTER TRUNCATE ON "OpeningHours"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_schedule_stamp"();

CREATE TRIGGER "PractitionerProcedure_bumps_schedule_stamp" AFTER INSERT OR UPDATE OR DELETE ON "PractitionerProcedure"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_schedule_stamp"();
CREATE TRIGGER "PractitionerProcedure_bumps_schedule_stamp_on_truncate" AFTER TRUNCATE ON "PractitionerProcedure"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_schedule_stamp"();

CREATE TRIGGER "Practitioner_bumps_schedule_stamp" AFTER INSERT OR UPDATE OF "active", "name" OR DELETE ON "Practitioner"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_schedule_stamp"();
CREATE TRIGGER "Practitioner_bumps_schedule_stamp_on_truncate" AFTER TRUNCATE ON "Practitioner"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_schedule_stamp"();
