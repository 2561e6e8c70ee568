-- partitionkit: create "public"."chat_messages_convert_log" for the keys of rows written during a conversion with strategy copy
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$CREATE TABLE "public"."chat_messages_convert_log" ("id" bigint)$pkit$;
EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_convert_log" IS 'partitionkit: keys of rows written to "public"."chat_messages" during a conversion with strategy copy'$pkit$;
END
$pkit1$;

-- partitionkit: create the function that logs written keys, executable by no other role
DO $pkit2$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit1$CREATE OR REPLACE FUNCTION "public"."chat_messages_convert_capture"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $pkit$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO "public"."chat_messages_convert_log" ("id") VALUES (OLD."id");
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "public"."chat_messages_convert_log" ("id") VALUES (NEW."id");
  END IF;
  RETURN NULL;
END
$pkit$$pkit1$;
EXECUTE $pkit$COMMENT ON FUNCTION "public"."chat_messages_convert_capture"() IS 'partitionkit: logs the keys of rows written to "public"."chat_messages" during a conversion with strategy copy'$pkit$;
EXECUTE $pkit$REVOKE ALL ON FUNCTION "public"."chat_messages_convert_capture"() FROM PUBLIC$pkit$;
END
$pkit2$;

-- partitionkit: log the key of every row written to "public"."chat_messages" from now on
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TRIGGER "chat_messages_convert_capture" AFTER INSERT OR UPDATE OR DELETE ON "public"."chat_messages" FOR EACH ROW EXECUTE FUNCTION "public"."chat_messages_convert_capture"()$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages" ENABLE ALWAYS TRIGGER "chat_messages_convert_capture"$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: log the key of every row written to "public"."chat_messages" from now on', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: log the key of every row written to "public"."chat_messages" from now on', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create the partitioned table "public"."chat_messages_partitioned" with 11 empty range table(s) to load
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TABLE "public"."chat_messages_partitioned" (LIKE "public"."chat_messages" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION INCLUDING STATISTICS) PARTITION BY RANGE ("created_at")$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_partitioned" IS 'partitionkit: strategy copy is filling this table from "public"."chat_messages" (key span 1794960000000000 1795910400000000)'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_partitioned" ADD CONSTRAINT "chat_messages_pkey_partitioned" PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX "chat_messages_created_at_partitioned" ON "public"."chat_messages_partitioned" USING btree (created_at)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_partitioned" ADD CONSTRAINT "chat_messages_chat_id_fkey" FOREIGN KEY (chat_id) REFERENCES public.chats(id)$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."chat_messages_default" PARTITION OF "public"."chat_messages_partitioned" DEFAULT$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_default" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."chat_messages_p20261118" (LIKE "public"."chat_messages" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261118" ADD CONSTRAINT "chat_messages_partition_bound" CHECK ("created_at" >= '2026-11-18 00:00:00+00:00' AND "created_at" < '2026-11-19 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261118" IS 'partitionkit: range ''2026-11-18 00:00:00+00:00'' to ''2026-11-19 00:00:00+00:00'' of "public"."chat_messages", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261118" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."chat_messages_p20261119" (LIKE "public"."chat_messages" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261119" ADD CONSTRAINT "chat_messages_partition_bound" CHECK ("created_at" >= '2026-11-19 00:00:00+00:00' AND "created_at" < '2026-11-20 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261119" IS 'partitionkit: range ''2026-11-19 00:00:00+00:00'' to ''2026-11-20 00:00:00+00:00'' of "public"."chat_messages", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261119" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."chat_messages_p20261120" (LIKE "public"."chat_messages" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261120" ADD CONSTRAINT "chat_messages_partition_bound" CHECK ("created_at" >= '2026-11-20 00:00:00+00:00' AND "created_at" < '2026-11-21 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261120" IS 'partitionkit: range ''2026-11-20 00:00:00+00:00'' to ''2026-11-21 00:00:00+00:00'' of "public"."chat_messages", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261120" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."chat_messages_p20261121" (LIKE "public"."chat_messages" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261121" ADD CONSTRAINT "chat_messages_partition_bound" CHECK ("created_at" >= '2026-11-21 00:00:00+00:00' AND "created_at" < '2026-11-22 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261121" IS 'partitionkit: range ''2026-11-21 00:00:00+00:00'' to ''2026-11-22 00:00:00+00:00'' of "public"."chat_messages", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261121" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."chat_messages_p20261122" (LIKE "public"."chat_messages" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261122" ADD CONSTRAINT "chat_messages_partition_bound" CHECK ("created_at" >= '2026-11-22 00:00:00+00:00' AND "created_at" < '2026-11-23 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261122" IS 'partitionkit: range ''2026-11-22 00:00:00+00:00'' to ''2026-11-23 00:00:00+00:00'' of "public"."chat_messages", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261122" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."chat_messages_p20261123" (LIKE "public"."chat_messages" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261123" ADD CONSTRAINT "chat_messages_partition_bound" CHECK ("created_at" >= '2026-11-23 00:00:00+00:00' AND "created_at" < '2026-11-24 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261123" IS 'partitionkit: range ''2026-11-23 00:00:00+00:00'' to ''2026-11-24 00:00:00+00:00'' of "public"."chat_messages", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261123" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."chat_messages_p20261124" (LIKE "public"."chat_messages" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261124" ADD CONSTRAINT "chat_messages_partition_bound" CHECK ("created_at" >= '2026-11-24 00:00:00+00:00' AND "created_at" < '2026-11-25 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261124" IS 'partitionkit: range ''2026-11-24 00:00:00+00:00'' to ''2026-11-25 00:00:00+00:00'' of "public"."chat_messages", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261124" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."chat_messages_p20261125" (LIKE "public"."chat_messages" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261125" ADD CONSTRAINT "chat_messages_partition_bound" CHECK ("created_at" >= '2026-11-25 00:00:00+00:00' AND "created_at" < '2026-11-26 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261125" IS 'partitionkit: range ''2026-11-25 00:00:00+00:00'' to ''2026-11-26 00:00:00+00:00'' of "public"."chat_messages", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261125" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."chat_messages_p20261126" (LIKE "public"."chat_messages" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261126" ADD CONSTRAINT "chat_messages_partition_bound" CHECK ("created_at" >= '2026-11-26 00:00:00+00:00' AND "created_at" < '2026-11-27 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261126" IS 'partitionkit: range ''2026-11-26 00:00:00+00:00'' to ''2026-11-27 00:00:00+00:00'' of "public"."chat_messages", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261126" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."chat_messages_p20261127" (LIKE "public"."chat_messages" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261127" ADD CONSTRAINT "chat_messages_partition_bound" CHECK ("created_at" >= '2026-11-27 00:00:00+00:00' AND "created_at" < '2026-11-28 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261127" IS 'partitionkit: range ''2026-11-27 00:00:00+00:00'' to ''2026-11-28 00:00:00+00:00'' of "public"."chat_messages", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261127" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."chat_messages_p20261128" (LIKE "public"."chat_messages" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261128" ADD CONSTRAINT "chat_messages_partition_bound" CHECK ("created_at" >= '2026-11-28 00:00:00+00:00' AND "created_at" < '2026-11-29 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261128" IS 'partitionkit: range ''2026-11-28 00:00:00+00:00'' to ''2026-11-29 00:00:00+00:00'' of "public"."chat_messages", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261128" OWNER TO "postgres"$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create the partitioned table "public"."chat_messages_partitioned" with 11 empty range table(s) to load', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create the partitioned table "public"."chat_messages_partitioned" with 11 empty range table(s) to load', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."chat_messages" from '2026-11-28 00:00:00+00:00' to '2026-11-29 00:00:00+00:00' into "public"."chat_messages_p20261128" (range 1 of 11) in batches of 10000
DO $pkit$
DECLARE
  pkit_key_0 "public"."chat_messages"."created_at"%TYPE;
  pkit_key_1 "public"."chat_messages"."id"%TYPE;
  pkit_started pg_catalog.bool;
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_began pg_catalog.timestamptz;
  pkit_reported pg_catalog.timestamptz;
  pkit_rate pg_catalog.numeric;
  pkit_total pg_catalog.numeric;
  pkit_done pg_catalog.numeric;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  pkit_began := clock_timestamp();
  pkit_reported := pkit_began;
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."chat_messages_p20261128" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-28 00:00:00+00:00' AND "created_at" < '2026-11-29 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261128" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-28 00:00:00+00:00' AND "created_at" < '2026-11-29 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261128" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    END IF;
    EXIT WHEN pkit_batch IS NULL;
    pkit_started := true;
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    IF clock_timestamp() - pkit_reported > interval '10 seconds' THEN
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."chat_messages" into "public"."chat_messages_p20261128" (range 1 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."chat_messages" into "public"."chat_messages_p20261128" (range 1 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261128" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261128" ADD CONSTRAINT "chat_messages_chat_id_fkey" FOREIGN KEY (chat_id) REFERENCES public.chats(id) NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261128" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261128" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key chat_messages_chat_id_fkey of "public"."chat_messages_p20261128"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261128" VALIDATE CONSTRAINT "chat_messages_chat_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."chat_messages_p20261128"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261128" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."chat_messages_p20261128" USING btree (created_at)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261128"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261128"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."chat_messages_p20261128" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_partitioned" ATTACH PARTITION "public"."chat_messages_p20261128" FOR VALUES FROM ('2026-11-28 00:00:00+00:00') TO ('2026-11-29 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261128" DROP CONSTRAINT "chat_messages_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261128" IS NULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."chat_messages_p20261128" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."chat_messages_p20261128" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."chat_messages" from '2026-11-27 00:00:00+00:00' to '2026-11-28 00:00:00+00:00' into "public"."chat_messages_p20261127" (range 2 of 11) in batches of 10000
DO $pkit$
DECLARE
  pkit_key_0 "public"."chat_messages"."created_at"%TYPE;
  pkit_key_1 "public"."chat_messages"."id"%TYPE;
  pkit_started pg_catalog.bool;
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_began pg_catalog.timestamptz;
  pkit_reported pg_catalog.timestamptz;
  pkit_rate pg_catalog.numeric;
  pkit_total pg_catalog.numeric;
  pkit_done pg_catalog.numeric;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  pkit_began := clock_timestamp();
  pkit_reported := pkit_began;
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."chat_messages_p20261127" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-27 00:00:00+00:00' AND "created_at" < '2026-11-28 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261127" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-27 00:00:00+00:00' AND "created_at" < '2026-11-28 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261127" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    END IF;
    EXIT WHEN pkit_batch IS NULL;
    pkit_started := true;
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    IF clock_timestamp() - pkit_reported > interval '10 seconds' THEN
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."chat_messages" into "public"."chat_messages_p20261127" (range 2 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."chat_messages" into "public"."chat_messages_p20261127" (range 2 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261127" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261127" ADD CONSTRAINT "chat_messages_chat_id_fkey" FOREIGN KEY (chat_id) REFERENCES public.chats(id) NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261127" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261127" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key chat_messages_chat_id_fkey of "public"."chat_messages_p20261127"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261127" VALIDATE CONSTRAINT "chat_messages_chat_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."chat_messages_p20261127"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261127" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."chat_messages_p20261127" USING btree (created_at)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261127"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261127"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."chat_messages_p20261127" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_partitioned" ATTACH PARTITION "public"."chat_messages_p20261127" FOR VALUES FROM ('2026-11-27 00:00:00+00:00') TO ('2026-11-28 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261127" DROP CONSTRAINT "chat_messages_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261127" IS NULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."chat_messages_p20261127" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."chat_messages_p20261127" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."chat_messages" from '2026-11-26 00:00:00+00:00' to '2026-11-27 00:00:00+00:00' into "public"."chat_messages_p20261126" (range 3 of 11) in batches of 10000
DO $pkit$
DECLARE
  pkit_key_0 "public"."chat_messages"."created_at"%TYPE;
  pkit_key_1 "public"."chat_messages"."id"%TYPE;
  pkit_started pg_catalog.bool;
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_began pg_catalog.timestamptz;
  pkit_reported pg_catalog.timestamptz;
  pkit_rate pg_catalog.numeric;
  pkit_total pg_catalog.numeric;
  pkit_done pg_catalog.numeric;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  pkit_began := clock_timestamp();
  pkit_reported := pkit_began;
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."chat_messages_p20261126" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-26 00:00:00+00:00' AND "created_at" < '2026-11-27 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261126" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-26 00:00:00+00:00' AND "created_at" < '2026-11-27 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261126" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    END IF;
    EXIT WHEN pkit_batch IS NULL;
    pkit_started := true;
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    IF clock_timestamp() - pkit_reported > interval '10 seconds' THEN
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."chat_messages" into "public"."chat_messages_p20261126" (range 3 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."chat_messages" into "public"."chat_messages_p20261126" (range 3 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261126" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261126" ADD CONSTRAINT "chat_messages_chat_id_fkey" FOREIGN KEY (chat_id) REFERENCES public.chats(id) NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261126" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261126" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key chat_messages_chat_id_fkey of "public"."chat_messages_p20261126"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261126" VALIDATE CONSTRAINT "chat_messages_chat_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."chat_messages_p20261126"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261126" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."chat_messages_p20261126" USING btree (created_at)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261126"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261126"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."chat_messages_p20261126" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_partitioned" ATTACH PARTITION "public"."chat_messages_p20261126" FOR VALUES FROM ('2026-11-26 00:00:00+00:00') TO ('2026-11-27 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261126" DROP CONSTRAINT "chat_messages_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261126" IS NULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."chat_messages_p20261126" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."chat_messages_p20261126" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."chat_messages" from '2026-11-25 00:00:00+00:00' to '2026-11-26 00:00:00+00:00' into "public"."chat_messages_p20261125" (range 4 of 11) in batches of 10000
DO $pkit$
DECLARE
  pkit_key_0 "public"."chat_messages"."created_at"%TYPE;
  pkit_key_1 "public"."chat_messages"."id"%TYPE;
  pkit_started pg_catalog.bool;
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_began pg_catalog.timestamptz;
  pkit_reported pg_catalog.timestamptz;
  pkit_rate pg_catalog.numeric;
  pkit_total pg_catalog.numeric;
  pkit_done pg_catalog.numeric;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  pkit_began := clock_timestamp();
  pkit_reported := pkit_began;
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."chat_messages_p20261125" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-25 00:00:00+00:00' AND "created_at" < '2026-11-26 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261125" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-25 00:00:00+00:00' AND "created_at" < '2026-11-26 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261125" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    END IF;
    EXIT WHEN pkit_batch IS NULL;
    pkit_started := true;
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    IF clock_timestamp() - pkit_reported > interval '10 seconds' THEN
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."chat_messages" into "public"."chat_messages_p20261125" (range 4 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."chat_messages" into "public"."chat_messages_p20261125" (range 4 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261125" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261125" ADD CONSTRAINT "chat_messages_chat_id_fkey" FOREIGN KEY (chat_id) REFERENCES public.chats(id) NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261125" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261125" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key chat_messages_chat_id_fkey of "public"."chat_messages_p20261125"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261125" VALIDATE CONSTRAINT "chat_messages_chat_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."chat_messages_p20261125"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261125" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."chat_messages_p20261125" USING btree (created_at)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261125"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261125"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."chat_messages_p20261125" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_partitioned" ATTACH PARTITION "public"."chat_messages_p20261125" FOR VALUES FROM ('2026-11-25 00:00:00+00:00') TO ('2026-11-26 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261125" DROP CONSTRAINT "chat_messages_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261125" IS NULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."chat_messages_p20261125" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."chat_messages_p20261125" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."chat_messages" from '2026-11-24 00:00:00+00:00' to '2026-11-25 00:00:00+00:00' into "public"."chat_messages_p20261124" (range 5 of 11) in batches of 10000
DO $pkit$
DECLARE
  pkit_key_0 "public"."chat_messages"."created_at"%TYPE;
  pkit_key_1 "public"."chat_messages"."id"%TYPE;
  pkit_started pg_catalog.bool;
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_began pg_catalog.timestamptz;
  pkit_reported pg_catalog.timestamptz;
  pkit_rate pg_catalog.numeric;
  pkit_total pg_catalog.numeric;
  pkit_done pg_catalog.numeric;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  pkit_began := clock_timestamp();
  pkit_reported := pkit_began;
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."chat_messages_p20261124" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-24 00:00:00+00:00' AND "created_at" < '2026-11-25 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261124" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-24 00:00:00+00:00' AND "created_at" < '2026-11-25 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261124" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    END IF;
    EXIT WHEN pkit_batch IS NULL;
    pkit_started := true;
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    IF clock_timestamp() - pkit_reported > interval '10 seconds' THEN
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."chat_messages" into "public"."chat_messages_p20261124" (range 5 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."chat_messages" into "public"."chat_messages_p20261124" (range 5 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261124" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261124" ADD CONSTRAINT "chat_messages_chat_id_fkey" FOREIGN KEY (chat_id) REFERENCES public.chats(id) NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261124" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261124" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key chat_messages_chat_id_fkey of "public"."chat_messages_p20261124"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261124" VALIDATE CONSTRAINT "chat_messages_chat_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."chat_messages_p20261124"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261124" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."chat_messages_p20261124" USING btree (created_at)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261124"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261124"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."chat_messages_p20261124" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_partitioned" ATTACH PARTITION "public"."chat_messages_p20261124" FOR VALUES FROM ('2026-11-24 00:00:00+00:00') TO ('2026-11-25 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261124" DROP CONSTRAINT "chat_messages_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261124" IS NULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."chat_messages_p20261124" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."chat_messages_p20261124" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."chat_messages" from '2026-11-23 00:00:00+00:00' to '2026-11-24 00:00:00+00:00' into "public"."chat_messages_p20261123" (range 6 of 11) in batches of 10000
DO $pkit$
DECLARE
  pkit_key_0 "public"."chat_messages"."created_at"%TYPE;
  pkit_key_1 "public"."chat_messages"."id"%TYPE;
  pkit_started pg_catalog.bool;
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_began pg_catalog.timestamptz;
  pkit_reported pg_catalog.timestamptz;
  pkit_rate pg_catalog.numeric;
  pkit_total pg_catalog.numeric;
  pkit_done pg_catalog.numeric;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  pkit_began := clock_timestamp();
  pkit_reported := pkit_began;
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."chat_messages_p20261123" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-23 00:00:00+00:00' AND "created_at" < '2026-11-24 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261123" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-23 00:00:00+00:00' AND "created_at" < '2026-11-24 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261123" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    END IF;
    EXIT WHEN pkit_batch IS NULL;
    pkit_started := true;
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    IF clock_timestamp() - pkit_reported > interval '10 seconds' THEN
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."chat_messages" into "public"."chat_messages_p20261123" (range 6 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."chat_messages" into "public"."chat_messages_p20261123" (range 6 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261123" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261123" ADD CONSTRAINT "chat_messages_chat_id_fkey" FOREIGN KEY (chat_id) REFERENCES public.chats(id) NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261123" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261123" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key chat_messages_chat_id_fkey of "public"."chat_messages_p20261123"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261123" VALIDATE CONSTRAINT "chat_messages_chat_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."chat_messages_p20261123"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261123" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."chat_messages_p20261123" USING btree (created_at)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261123"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261123"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."chat_messages_p20261123" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_partitioned" ATTACH PARTITION "public"."chat_messages_p20261123" FOR VALUES FROM ('2026-11-23 00:00:00+00:00') TO ('2026-11-24 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261123" DROP CONSTRAINT "chat_messages_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261123" IS NULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."chat_messages_p20261123" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."chat_messages_p20261123" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."chat_messages" from '2026-11-22 00:00:00+00:00' to '2026-11-23 00:00:00+00:00' into "public"."chat_messages_p20261122" (range 7 of 11) in batches of 10000
DO $pkit$
DECLARE
  pkit_key_0 "public"."chat_messages"."created_at"%TYPE;
  pkit_key_1 "public"."chat_messages"."id"%TYPE;
  pkit_started pg_catalog.bool;
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_began pg_catalog.timestamptz;
  pkit_reported pg_catalog.timestamptz;
  pkit_rate pg_catalog.numeric;
  pkit_total pg_catalog.numeric;
  pkit_done pg_catalog.numeric;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  pkit_began := clock_timestamp();
  pkit_reported := pkit_began;
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."chat_messages_p20261122" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-22 00:00:00+00:00' AND "created_at" < '2026-11-23 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261122" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-22 00:00:00+00:00' AND "created_at" < '2026-11-23 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261122" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    END IF;
    EXIT WHEN pkit_batch IS NULL;
    pkit_started := true;
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    IF clock_timestamp() - pkit_reported > interval '10 seconds' THEN
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."chat_messages" into "public"."chat_messages_p20261122" (range 7 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."chat_messages" into "public"."chat_messages_p20261122" (range 7 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261122" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261122" ADD CONSTRAINT "chat_messages_chat_id_fkey" FOREIGN KEY (chat_id) REFERENCES public.chats(id) NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261122" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261122" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key chat_messages_chat_id_fkey of "public"."chat_messages_p20261122"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261122" VALIDATE CONSTRAINT "chat_messages_chat_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."chat_messages_p20261122"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261122" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."chat_messages_p20261122" USING btree (created_at)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261122"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261122"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."chat_messages_p20261122" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_partitioned" ATTACH PARTITION "public"."chat_messages_p20261122" FOR VALUES FROM ('2026-11-22 00:00:00+00:00') TO ('2026-11-23 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261122" DROP CONSTRAINT "chat_messages_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261122" IS NULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."chat_messages_p20261122" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."chat_messages_p20261122" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."chat_messages" from '2026-11-21 00:00:00+00:00' to '2026-11-22 00:00:00+00:00' into "public"."chat_messages_p20261121" (range 8 of 11) in batches of 10000
DO $pkit$
DECLARE
  pkit_key_0 "public"."chat_messages"."created_at"%TYPE;
  pkit_key_1 "public"."chat_messages"."id"%TYPE;
  pkit_started pg_catalog.bool;
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_began pg_catalog.timestamptz;
  pkit_reported pg_catalog.timestamptz;
  pkit_rate pg_catalog.numeric;
  pkit_total pg_catalog.numeric;
  pkit_done pg_catalog.numeric;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  pkit_began := clock_timestamp();
  pkit_reported := pkit_began;
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."chat_messages_p20261121" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-21 00:00:00+00:00' AND "created_at" < '2026-11-22 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261121" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-21 00:00:00+00:00' AND "created_at" < '2026-11-22 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261121" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    END IF;
    EXIT WHEN pkit_batch IS NULL;
    pkit_started := true;
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    IF clock_timestamp() - pkit_reported > interval '10 seconds' THEN
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."chat_messages" into "public"."chat_messages_p20261121" (range 8 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."chat_messages" into "public"."chat_messages_p20261121" (range 8 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261121" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261121" ADD CONSTRAINT "chat_messages_chat_id_fkey" FOREIGN KEY (chat_id) REFERENCES public.chats(id) NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261121" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261121" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key chat_messages_chat_id_fkey of "public"."chat_messages_p20261121"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261121" VALIDATE CONSTRAINT "chat_messages_chat_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."chat_messages_p20261121"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261121" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."chat_messages_p20261121" USING btree (created_at)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261121"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261121"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."chat_messages_p20261121" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_partitioned" ATTACH PARTITION "public"."chat_messages_p20261121" FOR VALUES FROM ('2026-11-21 00:00:00+00:00') TO ('2026-11-22 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261121" DROP CONSTRAINT "chat_messages_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261121" IS NULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."chat_messages_p20261121" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."chat_messages_p20261121" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."chat_messages" from '2026-11-20 00:00:00+00:00' to '2026-11-21 00:00:00+00:00' into "public"."chat_messages_p20261120" (range 9 of 11) in batches of 10000
DO $pkit$
DECLARE
  pkit_key_0 "public"."chat_messages"."created_at"%TYPE;
  pkit_key_1 "public"."chat_messages"."id"%TYPE;
  pkit_started pg_catalog.bool;
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_began pg_catalog.timestamptz;
  pkit_reported pg_catalog.timestamptz;
  pkit_rate pg_catalog.numeric;
  pkit_total pg_catalog.numeric;
  pkit_done pg_catalog.numeric;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  pkit_began := clock_timestamp();
  pkit_reported := pkit_began;
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."chat_messages_p20261120" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-20 00:00:00+00:00' AND "created_at" < '2026-11-21 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261120" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-20 00:00:00+00:00' AND "created_at" < '2026-11-21 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261120" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    END IF;
    EXIT WHEN pkit_batch IS NULL;
    pkit_started := true;
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    IF clock_timestamp() - pkit_reported > interval '10 seconds' THEN
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."chat_messages" into "public"."chat_messages_p20261120" (range 9 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."chat_messages" into "public"."chat_messages_p20261120" (range 9 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261120" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261120" ADD CONSTRAINT "chat_messages_chat_id_fkey" FOREIGN KEY (chat_id) REFERENCES public.chats(id) NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261120" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261120" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key chat_messages_chat_id_fkey of "public"."chat_messages_p20261120"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261120" VALIDATE CONSTRAINT "chat_messages_chat_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."chat_messages_p20261120"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261120" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."chat_messages_p20261120" USING btree (created_at)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261120"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261120"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."chat_messages_p20261120" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_partitioned" ATTACH PARTITION "public"."chat_messages_p20261120" FOR VALUES FROM ('2026-11-20 00:00:00+00:00') TO ('2026-11-21 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261120" DROP CONSTRAINT "chat_messages_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261120" IS NULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."chat_messages_p20261120" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."chat_messages_p20261120" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."chat_messages" from '2026-11-19 00:00:00+00:00' to '2026-11-20 00:00:00+00:00' into "public"."chat_messages_p20261119" (range 10 of 11) in batches of 10000
DO $pkit$
DECLARE
  pkit_key_0 "public"."chat_messages"."created_at"%TYPE;
  pkit_key_1 "public"."chat_messages"."id"%TYPE;
  pkit_started pg_catalog.bool;
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_began pg_catalog.timestamptz;
  pkit_reported pg_catalog.timestamptz;
  pkit_rate pg_catalog.numeric;
  pkit_total pg_catalog.numeric;
  pkit_done pg_catalog.numeric;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  pkit_began := clock_timestamp();
  pkit_reported := pkit_began;
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."chat_messages_p20261119" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-19 00:00:00+00:00' AND "created_at" < '2026-11-20 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261119" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-19 00:00:00+00:00' AND "created_at" < '2026-11-20 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261119" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    END IF;
    EXIT WHEN pkit_batch IS NULL;
    pkit_started := true;
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    IF clock_timestamp() - pkit_reported > interval '10 seconds' THEN
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."chat_messages" into "public"."chat_messages_p20261119" (range 10 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."chat_messages" into "public"."chat_messages_p20261119" (range 10 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261119" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261119" ADD CONSTRAINT "chat_messages_chat_id_fkey" FOREIGN KEY (chat_id) REFERENCES public.chats(id) NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261119" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261119" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key chat_messages_chat_id_fkey of "public"."chat_messages_p20261119"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261119" VALIDATE CONSTRAINT "chat_messages_chat_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."chat_messages_p20261119"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261119" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."chat_messages_p20261119" USING btree (created_at)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261119"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261119"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."chat_messages_p20261119" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_partitioned" ATTACH PARTITION "public"."chat_messages_p20261119" FOR VALUES FROM ('2026-11-19 00:00:00+00:00') TO ('2026-11-20 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261119" DROP CONSTRAINT "chat_messages_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261119" IS NULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."chat_messages_p20261119" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."chat_messages_p20261119" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."chat_messages" from '2026-11-18 00:00:00+00:00' to '2026-11-19 00:00:00+00:00' into "public"."chat_messages_p20261118" (range 11 of 11) in batches of 10000
DO $pkit$
DECLARE
  pkit_key_0 "public"."chat_messages"."created_at"%TYPE;
  pkit_key_1 "public"."chat_messages"."id"%TYPE;
  pkit_started pg_catalog.bool;
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_began pg_catalog.timestamptz;
  pkit_reported pg_catalog.timestamptz;
  pkit_rate pg_catalog.numeric;
  pkit_total pg_catalog.numeric;
  pkit_done pg_catalog.numeric;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  pkit_began := clock_timestamp();
  pkit_reported := pkit_began;
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."chat_messages_p20261118" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-18 00:00:00+00:00' AND "created_at" < '2026-11-19 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261118" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" >= '2026-11-18 00:00:00+00:00' AND "created_at" < '2026-11-19 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 10000),
        c AS (INSERT INTO "public"."chat_messages_p20261118" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    END IF;
    EXIT WHEN pkit_batch IS NULL;
    pkit_started := true;
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    IF clock_timestamp() - pkit_reported > interval '10 seconds' THEN
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."chat_messages" into "public"."chat_messages_p20261118" (range 11 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."chat_messages"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."chat_messages_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."chat_messages" into "public"."chat_messages_p20261118" (range 11 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261118" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261118" ADD CONSTRAINT "chat_messages_chat_id_fkey" FOREIGN KEY (chat_id) REFERENCES public.chats(id) NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261118" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."chat_messages" to "public"."chat_messages_p20261118" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key chat_messages_chat_id_fkey of "public"."chat_messages_p20261118"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261118" VALIDATE CONSTRAINT "chat_messages_chat_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."chat_messages_p20261118"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261118" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."chat_messages_p20261118" USING btree (created_at)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261118"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."chat_messages_p20261118"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."chat_messages_p20261118" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_partitioned" ATTACH PARTITION "public"."chat_messages_p20261118" FOR VALUES FROM ('2026-11-18 00:00:00+00:00') TO ('2026-11-19 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_p20261118" DROP CONSTRAINT "chat_messages_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_p20261118" IS NULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."chat_messages_p20261118" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."chat_messages_p20261118" to "public"."chat_messages_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy rows of "public"."chat_messages" written since planning with keys outside the copied ranges
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  BEGIN
    EXECUTE $pkit$INSERT INTO "public"."chat_messages_partitioned" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE "created_at" < '2026-11-18 00:00:00+00:00' OR "created_at" >= '2026-11-29 00:00:00+00:00' ON CONFLICT DO NOTHING$pkit$;
  EXCEPTION WHEN check_violation THEN
    RAISE EXCEPTION 'partitionkit: rows with % outside the copied ranges % to % were written to % during the copy, and there is no DEFAULT partition for them: %', 'created_at', '''2026-11-18 00:00:00+00:00''', '''2026-11-29 00:00:00+00:00''', '"public"."chat_messages"', SQLERRM USING HINT = 'Delete or correct those rows and run the change again, or drop the partially built tables and convert with defaultPartition=true.';
  END;
END
$pkit1$;

-- partitionkit: replay rows written meanwhile into "public"."chat_messages_partitioned"
DO $pkit$
DECLARE
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_round pg_catalog.int8;
  pkit_backlog pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  IF to_regclass('"pg_temp"."chat_messages_convert_keys"') IS NULL THEN
    CREATE TEMP TABLE "chat_messages_convert_keys" (LIKE "public"."chat_messages_convert_log");
  END IF;
  SELECT count(*) INTO pkit_round FROM "public"."chat_messages_convert_log";
  pkit_backlog := pkit_round;
  LOOP
    TRUNCATE "pg_temp"."chat_messages_convert_keys";
    WITH taken AS (DELETE FROM "public"."chat_messages_convert_log" WHERE ctid = ANY (ARRAY(SELECT ctid FROM "public"."chat_messages_convert_log" LIMIT 10000)) RETURNING "id")
      INSERT INTO "pg_temp"."chat_messages_convert_keys" SELECT DISTINCT "id" FROM taken;
    GET DIAGNOSTICS pkit_batch = ROW_COUNT;
    EXIT WHEN pkit_batch = 0;
    DELETE FROM "public"."chat_messages_partitioned" t USING "pg_temp"."chat_messages_convert_keys" k WHERE (t."id") = (k."id");
    INSERT INTO "public"."chat_messages_partitioned" ("id", "created_at", "chat_id", "message") SELECT s."id", s."created_at", s."chat_id", s."message" FROM "public"."chat_messages" s JOIN "pg_temp"."chat_messages_convert_keys" k ON (s."id") = (k."id");
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    EXIT WHEN pkit_batch < 10000;
    pkit_round := pkit_round - pkit_batch;
    IF pkit_round <= 0 THEN
      SELECT count(*) INTO pkit_round FROM "public"."chat_messages_convert_log";
      IF pkit_round >= pkit_backlog THEN
        RAISE NOTICE 'partitionkit: writes come faster than the replay; the switch replays the last % logged keys', pkit_round;
        EXIT;
      END IF;
      pkit_backlog := pkit_round;
    END IF;
  END LOOP;
  RAISE NOTICE 'partitionkit: replayed % keys written meanwhile', pkit_rows;
END
$pkit$;

-- partitionkit: switch "public"."chat_messages" to a range-partitioned table, keeping the old table as "public"."chat_messages_legacy"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$LOCK TABLE "public"."chat_messages" IN ACCESS EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$DELETE FROM "public"."chat_messages_partitioned" t USING (SELECT DISTINCT "id" FROM "public"."chat_messages_convert_log") k WHERE (t."id") = (k."id")$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."chat_messages_partitioned" ("id", "created_at", "chat_id", "message") SELECT s."id", s."created_at", s."chat_id", s."message" FROM "public"."chat_messages" s WHERE (s."id") IN (SELECT DISTINCT "id" FROM "public"."chat_messages_convert_log")$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."chat_messages_pkey" RENAME TO "chat_messages_legacy_pkey"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."chat_messages_created_at" RENAME TO "chat_messages_legacy_created_at"$pkit$;
      EXECUTE $pkit$DROP TRIGGER "chat_messages_convert_capture" ON "public"."chat_messages"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages" RENAME TO "chat_messages_legacy"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_partitioned" RENAME TO "chat_messages"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."chat_messages_pkey_partitioned" RENAME TO "chat_messages_pkey"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."chat_messages_created_at_partitioned" RENAME TO "chat_messages_created_at"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages" IS NULL$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$ALTER SEQUENCE "public"."chat_messages_id_seq" OWNED BY "public"."chat_messages"."id"$pkit$;
      EXECUTE $pkit$COMMENT ON CONSTRAINT "chat_messages_pkey" ON "public"."chat_messages" IS 'partitionkit: primary key was ("id") before the partition key was added'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_legacy" DROP CONSTRAINT "chat_messages_chat_id_fkey"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_legacy" IS 'partitionkit: the rows of "public"."chat_messages" as they were when strategy copy switched it to a partitioned table; no longer written. Drop this table once the partitioned table is trusted.'$pkit$;
      EXECUTE $pkit$DROP TABLE "public"."chat_messages_convert_log"$pkit$;
      EXECUTE $pkit$DROP FUNCTION "public"."chat_messages_convert_capture"()$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: switch "public"."chat_messages" to a range-partitioned table, keeping the old table as "public"."chat_messages_legacy"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: switch "public"."chat_messages" to a range-partitioned table, keeping the old table as "public"."chat_messages_legacy"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: collect planner statistics for the partitioned table "public"."chat_messages"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ANALYZE "public"."chat_messages"$pkit$;
END
$pkit1$;
