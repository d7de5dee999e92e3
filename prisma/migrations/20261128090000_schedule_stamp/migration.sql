-- Free slots are cached per instance (docs/decisions/012). The cache checks
-- this one row; triggers bump it in the same transaction as any change to
-- what slots are computed from, whoever writes. It starts at a random value so
-- that a database made afresh (tests, a reset) never repeats an old version.
-- CreateTable
CREATE TABLE "ScheduleStamp" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL
);

INSERT INTO "ScheduleStamp" ("id", "version") VALUES (1, abs(random() % 1000000000));

CREATE TRIGGER "Booking_bumps_schedule_stamp_on_insert" AFTER INSERT ON "Booking"
BEGIN
    UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Booking_bumps_schedule_stamp_on_update" AFTER UPDATE OF "practitionerId", "startsAt", "blockedUntil", "status" ON "Booking"
BEGIN
    UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Booking_bumps_schedule_stamp_on_delete" AFTER DELETE ON "Booking"
BEGIN
    UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "TimeOff_bumps_schedule_stamp_on_insert" AFTER INSERT ON "TimeOff"
BEGIN
    UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "TimeOff_bumps_schedule_stamp_on_update" AFTER UPDATE ON "TimeOff"
BEGIN
    UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "TimeOff_bumps_schedule_stamp_on_delete" AFTER DELETE ON "TimeOff"
BEGIN
    UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "OpeningHours_bumps_schedule_stamp_on_insert" AFTER INSERT ON "OpeningHours"
BEGIN
    UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "OpeningHours_bumps_schedule_stamp_on_update" AFTER UPDATE ON "OpeningHours"
BEGIN
    UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "OpeningHours_bumps_schedule_stamp_on_delete" AFTER DELETE ON "OpeningHours"
BEGIN
    UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "PractitionerProcedure_bumps_schedule_stamp_on_insert" AFTER INSERT ON "PractitionerProcedure"
BEGIN
    UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "PractitionerProcedure_bumps_schedule_stamp_on_update" AFTER UPDATE ON "PractitionerProcedure"
BEGIN
    UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "PractitionerProcedure_bumps_schedule_stamp_on_delete" AFTER DELETE ON "PractitionerProcedure"
BEGIN
    UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Practitioner_bumps_schedule_stamp_on_insert" AFTER INSERT ON "Practitioner"
BEGIN
    UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Practitioner_bumps_schedule_stamp_on_update" AFTER UPDATE OF "active", "name" ON "Practitioner"
BEGIN
    UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Practitioner_bumps_schedule_stamp_on_delete" AFTER DELETE ON "Practitioner"
BEGIN
    UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1;
END;
