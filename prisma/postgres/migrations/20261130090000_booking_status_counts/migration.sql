-- The staff queue's total comes from these counts (docs/decisions/012):
-- counting a status's bookings read thousands of index entries per page.
-- Triggers keep them in the same transaction as every booking insert,
-- status change and delete, whoever writes; nothing else writes them.
-- CreateTable
CREATE TABLE "BookingStatusCount" (
    "status" "BookingStatus" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "BookingStatusCount_pkey" PRIMARY KEY ("status")
);

-- No booking is written until this migration commits: one written between
-- the count and the triggers would be counted by neither.
LOCK TABLE "Booking" IN SHARE ROW EXCLUSIVE MODE;

INSERT INTO "BookingStatusCount" ("status", "count") SELECT "status", COUNT(*) FROM "Booking" GROUP BY "status";

-- Once per statement, from the rows it changed: one update per status it
-- touched (an update that changes no status updates no count). A count's row
-- stays locked until commit. These triggers are named to fire after
-- "Booking_bumps_schedule_stamp" (triggers fire in name order), so a writer
-- holds the stamp's lock before any count's, as every booking transaction
-- does, and two writers cannot deadlock over them.
CREATE FUNCTION "count_booking_statuses"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "BookingStatusCount" AS c ("status", "count")
            SELECT "status", COUNT(*) FROM "added" GROUP BY "status"
            ON CONFLICT ("status") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO "BookingStatusCount" AS c ("status", "count")
            SELECT "status", SUM("change") FROM (
                SELECT "status", 1 AS "change" FROM "added"
                UNION ALL
                SELECT "status", -1 FROM "removed"
            ) d GROUP BY "status" HAVING SUM("change") <> 0
            ON CONFLICT ("status") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE "BookingStatusCount" c SET "count" = c."count" - r."n"
            FROM (SELECT "status", COUNT(*) AS "n" FROM "removed" GROUP BY "status") r
            WHERE c."status" = r."status";
    ELSE
        UPDATE "BookingStatusCount" SET "count" = 0;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Booking_counts_statuses_on_insert" AFTER INSERT ON "Booking"
    REFERENCING NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "count_booking_statuses"();
CREATE TRIGGER "Booking_counts_statuses_on_update" AFTER UPDATE ON "Booking"
    REFERENCING OLD TABLE AS "removed" NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "count_booking_statuses"();
CREATE TRIGGER "Booking_counts_statuses_on_delete" AFTER DELETE ON "Booking"
    REFERENCING OLD TABLE AS "removed" FOR EACH STATEMENT EXECUTE FUNCTION "count_booking_statuses"();
CREATE TRIGGER "Booking_counts_statuses_on_truncate" AFTER TRUNCATE ON "Booking"
    FOR EACH STATEMENT EXECUTE FUNCTION "count_booking_statuses"();
