-- partitionkit: create "public"."events_convert_log" for the keys of rows written during a conversion with strategy copy
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$CREATE TABLE "public"."events_convert_log" ("id" bigint)$pkit$;
EXECUTE $pkit$COMMENT ON TABLE "public"."events_convert_log" IS 'partitionkit: keys of rows written to "public"."events" during a conversion with strategy copy'$pkit$;
END
$pkit1$;

-- partitionkit: create the function that logs written keys, executable by no other role
DO $pkit2$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit1$CREATE OR REPLACE FUNCTION "public"."events_convert_capture"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $pkit$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO "public"."events_convert_log" ("id") VALUES (OLD."id");
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "public"."events_convert_log" ("id") VALUES (NEW."id");
  END IF;
  RETURN NULL;
END
$pkit$$pkit1$;
EXECUTE $pkit$COMMENT ON FUNCTION "public"."events_convert_capture"() IS 'partitionkit: logs the keys of rows written to "public"."events" during a conversion with strategy copy'$pkit$;
EXECUTE $pkit$REVOKE ALL ON FUNCTION "public"."events_convert_capture"() FROM PUBLIC$pkit$;
END
$pkit2$;

-- partitionkit: log the key of every row written to "public"."events" from now on
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TRIGGER "events_convert_capture" AFTER INSERT OR UPDATE OR DELETE ON "public"."events" FOR EACH ROW EXECUTE FUNCTION "public"."events_convert_capture"()$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" ENABLE ALWAYS TRIGGER "events_convert_capture"$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: log the key of every row written to "public"."events" from now on', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: log the key of every row written to "public"."events" from now on', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create the partitioned table "public"."events_partitioned" with 11 empty range table(s) to load
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TABLE "public"."events_partitioned" (LIKE "public"."events" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION INCLUDING STATISTICS) PARTITION BY RANGE ("created_at")$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" DROP CONSTRAINT "events_code_short"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" ADD CONSTRAINT "events_code_short" CHECK ((length((code)::text) < 10)) NOT VALID$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_partitioned" IS 'partitionkit: strategy copy is filling this table from "public"."events" (key span 1794528000000000 1795478400000000)'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" ADD CONSTRAINT "events_id_created_key_partitioned" UNIQUE (id, created_at)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" ADD CONSTRAINT "events_no_twins_partitioned" EXCLUDE USING btree (id WITH =, created_at WITH =)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" ADD CONSTRAINT "events_pkey_partitioned" PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX "events_created_brin_partitioned" ON "public"."events_partitioned" USING brin (created_at)$pkit$;
      EXECUTE $pkit$CREATE INDEX "events_note_lower_idx_partitioned" ON "public"."events_partitioned" USING btree (lower(note))$pkit$;
      EXECUTE $pkit$CREATE INDEX "events_tenant_big_idx_partitioned" ON "public"."events_partitioned" USING btree (tenant_id) WHERE (amount > (100)::numeric)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" ADD CONSTRAINT "events_tenant_id_fkey" FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."events_default" PARTITION OF "public"."events_partitioned" DEFAULT WITH (fillfactor=90, autovacuum_vacuum_scale_factor=0.05, toast.autovacuum_enabled=false)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_default" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_default" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_default" REPLICA IDENTITY FULL$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."events_p20261113" (LIKE "public"."events" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION) WITH (fillfactor=90, autovacuum_vacuum_scale_factor=0.05, toast.autovacuum_enabled=false)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261113" DROP CONSTRAINT "events_code_short"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261113" ADD CONSTRAINT "events_code_short" CHECK ((length((code)::text) < 10)) NOT VALID$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261113" ADD CONSTRAINT "events_partition_bound" CHECK ("created_at" >= '2026-11-13 00:00:00+00:00' AND "created_at" < '2026-11-14 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261113" IS 'partitionkit: range ''2026-11-13 00:00:00+00:00'' to ''2026-11-14 00:00:00+00:00'' of "public"."events", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261113" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261113" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."events_p20261114" (LIKE "public"."events" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION) WITH (fillfactor=90, autovacuum_vacuum_scale_factor=0.05, toast.autovacuum_enabled=false)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261114" DROP CONSTRAINT "events_code_short"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261114" ADD CONSTRAINT "events_code_short" CHECK ((length((code)::text) < 10)) NOT VALID$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261114" ADD CONSTRAINT "events_partition_bound" CHECK ("created_at" >= '2026-11-14 00:00:00+00:00' AND "created_at" < '2026-11-15 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261114" IS 'partitionkit: range ''2026-11-14 00:00:00+00:00'' to ''2026-11-15 00:00:00+00:00'' of "public"."events", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261114" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261114" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."events_p20261115" (LIKE "public"."events" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION) WITH (fillfactor=90, autovacuum_vacuum_scale_factor=0.05, toast.autovacuum_enabled=false)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261115" DROP CONSTRAINT "events_code_short"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261115" ADD CONSTRAINT "events_code_short" CHECK ((length((code)::text) < 10)) NOT VALID$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261115" ADD CONSTRAINT "events_partition_bound" CHECK ("created_at" >= '2026-11-15 00:00:00+00:00' AND "created_at" < '2026-11-16 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261115" IS 'partitionkit: range ''2026-11-15 00:00:00+00:00'' to ''2026-11-16 00:00:00+00:00'' of "public"."events", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261115" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261115" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."events_p20261116" (LIKE "public"."events" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION) WITH (fillfactor=90, autovacuum_vacuum_scale_factor=0.05, toast.autovacuum_enabled=false)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261116" DROP CONSTRAINT "events_code_short"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261116" ADD CONSTRAINT "events_code_short" CHECK ((length((code)::text) < 10)) NOT VALID$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261116" ADD CONSTRAINT "events_partition_bound" CHECK ("created_at" >= '2026-11-16 00:00:00+00:00' AND "created_at" < '2026-11-17 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261116" IS 'partitionkit: range ''2026-11-16 00:00:00+00:00'' to ''2026-11-17 00:00:00+00:00'' of "public"."events", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261116" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261116" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."events_p20261117" (LIKE "public"."events" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION) WITH (fillfactor=90, autovacuum_vacuum_scale_factor=0.05, toast.autovacuum_enabled=false)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261117" DROP CONSTRAINT "events_code_short"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261117" ADD CONSTRAINT "events_code_short" CHECK ((length((code)::text) < 10)) NOT VALID$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261117" ADD CONSTRAINT "events_partition_bound" CHECK ("created_at" >= '2026-11-17 00:00:00+00:00' AND "created_at" < '2026-11-18 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261117" IS 'partitionkit: range ''2026-11-17 00:00:00+00:00'' to ''2026-11-18 00:00:00+00:00'' of "public"."events", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261117" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261117" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."events_p20261118" (LIKE "public"."events" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION) WITH (fillfactor=90, autovacuum_vacuum_scale_factor=0.05, toast.autovacuum_enabled=false)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261118" DROP CONSTRAINT "events_code_short"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261118" ADD CONSTRAINT "events_code_short" CHECK ((length((code)::text) < 10)) NOT VALID$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261118" ADD CONSTRAINT "events_partition_bound" CHECK ("created_at" >= '2026-11-18 00:00:00+00:00' AND "created_at" < '2026-11-19 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261118" IS 'partitionkit: range ''2026-11-18 00:00:00+00:00'' to ''2026-11-19 00:00:00+00:00'' of "public"."events", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261118" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261118" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."events_p20261119" (LIKE "public"."events" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION) WITH (fillfactor=90, autovacuum_vacuum_scale_factor=0.05, toast.autovacuum_enabled=false)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261119" DROP CONSTRAINT "events_code_short"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261119" ADD CONSTRAINT "events_code_short" CHECK ((length((code)::text) < 10)) NOT VALID$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261119" ADD CONSTRAINT "events_partition_bound" CHECK ("created_at" >= '2026-11-19 00:00:00+00:00' AND "created_at" < '2026-11-20 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261119" IS 'partitionkit: range ''2026-11-19 00:00:00+00:00'' to ''2026-11-20 00:00:00+00:00'' of "public"."events", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261119" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261119" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."events_p20261120" (LIKE "public"."events" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION) WITH (fillfactor=90, autovacuum_vacuum_scale_factor=0.05, toast.autovacuum_enabled=false)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261120" DROP CONSTRAINT "events_code_short"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261120" ADD CONSTRAINT "events_code_short" CHECK ((length((code)::text) < 10)) NOT VALID$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261120" ADD CONSTRAINT "events_partition_bound" CHECK ("created_at" >= '2026-11-20 00:00:00+00:00' AND "created_at" < '2026-11-21 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261120" IS 'partitionkit: range ''2026-11-20 00:00:00+00:00'' to ''2026-11-21 00:00:00+00:00'' of "public"."events", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261120" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261120" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."events_p20261121" (LIKE "public"."events" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION) WITH (fillfactor=90, autovacuum_vacuum_scale_factor=0.05, toast.autovacuum_enabled=false)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261121" DROP CONSTRAINT "events_code_short"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261121" ADD CONSTRAINT "events_code_short" CHECK ((length((code)::text) < 10)) NOT VALID$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261121" ADD CONSTRAINT "events_partition_bound" CHECK ("created_at" >= '2026-11-21 00:00:00+00:00' AND "created_at" < '2026-11-22 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261121" IS 'partitionkit: range ''2026-11-21 00:00:00+00:00'' to ''2026-11-22 00:00:00+00:00'' of "public"."events", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261121" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261121" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."events_p20261122" (LIKE "public"."events" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION) WITH (fillfactor=90, autovacuum_vacuum_scale_factor=0.05, toast.autovacuum_enabled=false)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261122" DROP CONSTRAINT "events_code_short"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261122" ADD CONSTRAINT "events_code_short" CHECK ((length((code)::text) < 10)) NOT VALID$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261122" ADD CONSTRAINT "events_partition_bound" CHECK ("created_at" >= '2026-11-22 00:00:00+00:00' AND "created_at" < '2026-11-23 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261122" IS 'partitionkit: range ''2026-11-22 00:00:00+00:00'' to ''2026-11-23 00:00:00+00:00'' of "public"."events", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261122" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261122" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."events_p20261123" (LIKE "public"."events" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION) WITH (fillfactor=90, autovacuum_vacuum_scale_factor=0.05, toast.autovacuum_enabled=false)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261123" DROP CONSTRAINT "events_code_short"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261123" ADD CONSTRAINT "events_code_short" CHECK ((length((code)::text) < 10)) NOT VALID$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261123" ADD CONSTRAINT "events_partition_bound" CHECK ("created_at" >= '2026-11-23 00:00:00+00:00' AND "created_at" < '2026-11-24 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261123" IS 'partitionkit: range ''2026-11-23 00:00:00+00:00'' to ''2026-11-24 00:00:00+00:00'' of "public"."events", being loaded by a conversion with strategy copy'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261123" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261123" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create the partitioned table "public"."events_partitioned" with 11 empty range table(s) to load', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create the partitioned table "public"."events_partitioned" with 11 empty range table(s) to load', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."events" from '2026-11-23 00:00:00+00:00' to '2026-11-24 00:00:00+00:00' into "public"."events_p20261123" (range 1 of 11) in batches of 500
DO $pkit$
DECLARE
  pkit_key_0 "public"."events"."created_at"%TYPE;
  pkit_key_1 "public"."events"."id"%TYPE;
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
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."events_p20261123" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-23 00:00:00+00:00' AND "created_at" < '2026-11-24 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261123" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-23 00:00:00+00:00' AND "created_at" < '2026-11-24 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261123" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
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
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."events" into "public"."events_p20261123" (range 1 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."events" into "public"."events_p20261123" (range 1 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261123" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261123" ADD CONSTRAINT "events_tenant_id_fkey" FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261123" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261123" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key events_tenant_id_fkey of "public"."events_p20261123"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."events_p20261123" VALIDATE CONSTRAINT "events_tenant_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."events_p20261123"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261123" ADD UNIQUE (id, created_at)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261123" ADD EXCLUDE USING btree (id WITH =, created_at WITH =)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261123" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261123" USING brin (created_at)$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261123" USING btree (lower(note))$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261123" USING btree (tenant_id) WHERE (amount > (100)::numeric)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."events_p20261123"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."events_p20261123"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."events_p20261123" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" ATTACH PARTITION "public"."events_p20261123" FOR VALUES FROM ('2026-11-23 00:00:00+00:00') TO ('2026-11-24 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261123" DROP CONSTRAINT "events_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261123" IS NULL$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261123" REPLICA IDENTITY FULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."events_p20261123" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."events_p20261123" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."events" from '2026-11-22 00:00:00+00:00' to '2026-11-23 00:00:00+00:00' into "public"."events_p20261122" (range 2 of 11) in batches of 500
DO $pkit$
DECLARE
  pkit_key_0 "public"."events"."created_at"%TYPE;
  pkit_key_1 "public"."events"."id"%TYPE;
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
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."events_p20261122" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-22 00:00:00+00:00' AND "created_at" < '2026-11-23 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261122" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-22 00:00:00+00:00' AND "created_at" < '2026-11-23 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261122" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
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
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."events" into "public"."events_p20261122" (range 2 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."events" into "public"."events_p20261122" (range 2 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261122" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261122" ADD CONSTRAINT "events_tenant_id_fkey" FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261122" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261122" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key events_tenant_id_fkey of "public"."events_p20261122"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."events_p20261122" VALIDATE CONSTRAINT "events_tenant_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."events_p20261122"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261122" ADD UNIQUE (id, created_at)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261122" ADD EXCLUDE USING btree (id WITH =, created_at WITH =)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261122" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261122" USING brin (created_at)$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261122" USING btree (lower(note))$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261122" USING btree (tenant_id) WHERE (amount > (100)::numeric)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."events_p20261122"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."events_p20261122"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."events_p20261122" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" ATTACH PARTITION "public"."events_p20261122" FOR VALUES FROM ('2026-11-22 00:00:00+00:00') TO ('2026-11-23 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261122" DROP CONSTRAINT "events_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261122" IS NULL$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261122" REPLICA IDENTITY FULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."events_p20261122" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."events_p20261122" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."events" from '2026-11-21 00:00:00+00:00' to '2026-11-22 00:00:00+00:00' into "public"."events_p20261121" (range 3 of 11) in batches of 500
DO $pkit$
DECLARE
  pkit_key_0 "public"."events"."created_at"%TYPE;
  pkit_key_1 "public"."events"."id"%TYPE;
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
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."events_p20261121" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-21 00:00:00+00:00' AND "created_at" < '2026-11-22 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261121" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-21 00:00:00+00:00' AND "created_at" < '2026-11-22 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261121" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
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
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."events" into "public"."events_p20261121" (range 3 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."events" into "public"."events_p20261121" (range 3 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261121" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261121" ADD CONSTRAINT "events_tenant_id_fkey" FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261121" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261121" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key events_tenant_id_fkey of "public"."events_p20261121"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."events_p20261121" VALIDATE CONSTRAINT "events_tenant_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."events_p20261121"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261121" ADD UNIQUE (id, created_at)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261121" ADD EXCLUDE USING btree (id WITH =, created_at WITH =)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261121" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261121" USING brin (created_at)$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261121" USING btree (lower(note))$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261121" USING btree (tenant_id) WHERE (amount > (100)::numeric)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."events_p20261121"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."events_p20261121"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."events_p20261121" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" ATTACH PARTITION "public"."events_p20261121" FOR VALUES FROM ('2026-11-21 00:00:00+00:00') TO ('2026-11-22 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261121" DROP CONSTRAINT "events_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261121" IS NULL$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261121" REPLICA IDENTITY FULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."events_p20261121" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."events_p20261121" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."events" from '2026-11-20 00:00:00+00:00' to '2026-11-21 00:00:00+00:00' into "public"."events_p20261120" (range 4 of 11) in batches of 500
DO $pkit$
DECLARE
  pkit_key_0 "public"."events"."created_at"%TYPE;
  pkit_key_1 "public"."events"."id"%TYPE;
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
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."events_p20261120" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-20 00:00:00+00:00' AND "created_at" < '2026-11-21 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261120" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-20 00:00:00+00:00' AND "created_at" < '2026-11-21 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261120" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
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
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."events" into "public"."events_p20261120" (range 4 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."events" into "public"."events_p20261120" (range 4 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261120" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261120" ADD CONSTRAINT "events_tenant_id_fkey" FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261120" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261120" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key events_tenant_id_fkey of "public"."events_p20261120"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."events_p20261120" VALIDATE CONSTRAINT "events_tenant_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."events_p20261120"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261120" ADD UNIQUE (id, created_at)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261120" ADD EXCLUDE USING btree (id WITH =, created_at WITH =)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261120" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261120" USING brin (created_at)$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261120" USING btree (lower(note))$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261120" USING btree (tenant_id) WHERE (amount > (100)::numeric)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."events_p20261120"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."events_p20261120"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."events_p20261120" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" ATTACH PARTITION "public"."events_p20261120" FOR VALUES FROM ('2026-11-20 00:00:00+00:00') TO ('2026-11-21 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261120" DROP CONSTRAINT "events_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261120" IS NULL$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261120" REPLICA IDENTITY FULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."events_p20261120" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."events_p20261120" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."events" from '2026-11-19 00:00:00+00:00' to '2026-11-20 00:00:00+00:00' into "public"."events_p20261119" (range 5 of 11) in batches of 500
DO $pkit$
DECLARE
  pkit_key_0 "public"."events"."created_at"%TYPE;
  pkit_key_1 "public"."events"."id"%TYPE;
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
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."events_p20261119" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-19 00:00:00+00:00' AND "created_at" < '2026-11-20 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261119" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-19 00:00:00+00:00' AND "created_at" < '2026-11-20 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261119" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
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
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."events" into "public"."events_p20261119" (range 5 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."events" into "public"."events_p20261119" (range 5 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261119" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261119" ADD CONSTRAINT "events_tenant_id_fkey" FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261119" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261119" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key events_tenant_id_fkey of "public"."events_p20261119"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."events_p20261119" VALIDATE CONSTRAINT "events_tenant_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."events_p20261119"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261119" ADD UNIQUE (id, created_at)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261119" ADD EXCLUDE USING btree (id WITH =, created_at WITH =)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261119" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261119" USING brin (created_at)$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261119" USING btree (lower(note))$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261119" USING btree (tenant_id) WHERE (amount > (100)::numeric)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."events_p20261119"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."events_p20261119"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."events_p20261119" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" ATTACH PARTITION "public"."events_p20261119" FOR VALUES FROM ('2026-11-19 00:00:00+00:00') TO ('2026-11-20 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261119" DROP CONSTRAINT "events_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261119" IS NULL$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261119" REPLICA IDENTITY FULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."events_p20261119" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."events_p20261119" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."events" from '2026-11-18 00:00:00+00:00' to '2026-11-19 00:00:00+00:00' into "public"."events_p20261118" (range 6 of 11) in batches of 500
DO $pkit$
DECLARE
  pkit_key_0 "public"."events"."created_at"%TYPE;
  pkit_key_1 "public"."events"."id"%TYPE;
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
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."events_p20261118" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-18 00:00:00+00:00' AND "created_at" < '2026-11-19 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261118" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-18 00:00:00+00:00' AND "created_at" < '2026-11-19 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261118" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
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
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."events" into "public"."events_p20261118" (range 6 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."events" into "public"."events_p20261118" (range 6 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261118" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261118" ADD CONSTRAINT "events_tenant_id_fkey" FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261118" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261118" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key events_tenant_id_fkey of "public"."events_p20261118"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."events_p20261118" VALIDATE CONSTRAINT "events_tenant_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."events_p20261118"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261118" ADD UNIQUE (id, created_at)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261118" ADD EXCLUDE USING btree (id WITH =, created_at WITH =)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261118" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261118" USING brin (created_at)$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261118" USING btree (lower(note))$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261118" USING btree (tenant_id) WHERE (amount > (100)::numeric)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."events_p20261118"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."events_p20261118"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."events_p20261118" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" ATTACH PARTITION "public"."events_p20261118" FOR VALUES FROM ('2026-11-18 00:00:00+00:00') TO ('2026-11-19 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261118" DROP CONSTRAINT "events_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261118" IS NULL$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261118" REPLICA IDENTITY FULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."events_p20261118" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."events_p20261118" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."events" from '2026-11-17 00:00:00+00:00' to '2026-11-18 00:00:00+00:00' into "public"."events_p20261117" (range 7 of 11) in batches of 500
DO $pkit$
DECLARE
  pkit_key_0 "public"."events"."created_at"%TYPE;
  pkit_key_1 "public"."events"."id"%TYPE;
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
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."events_p20261117" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-17 00:00:00+00:00' AND "created_at" < '2026-11-18 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261117" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-17 00:00:00+00:00' AND "created_at" < '2026-11-18 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261117" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
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
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."events" into "public"."events_p20261117" (range 7 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."events" into "public"."events_p20261117" (range 7 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261117" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261117" ADD CONSTRAINT "events_tenant_id_fkey" FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261117" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261117" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key events_tenant_id_fkey of "public"."events_p20261117"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."events_p20261117" VALIDATE CONSTRAINT "events_tenant_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."events_p20261117"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261117" ADD UNIQUE (id, created_at)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261117" ADD EXCLUDE USING btree (id WITH =, created_at WITH =)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261117" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261117" USING brin (created_at)$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261117" USING btree (lower(note))$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261117" USING btree (tenant_id) WHERE (amount > (100)::numeric)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."events_p20261117"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."events_p20261117"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."events_p20261117" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" ATTACH PARTITION "public"."events_p20261117" FOR VALUES FROM ('2026-11-17 00:00:00+00:00') TO ('2026-11-18 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261117" DROP CONSTRAINT "events_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261117" IS NULL$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261117" REPLICA IDENTITY FULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."events_p20261117" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."events_p20261117" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."events" from '2026-11-16 00:00:00+00:00' to '2026-11-17 00:00:00+00:00' into "public"."events_p20261116" (range 8 of 11) in batches of 500
DO $pkit$
DECLARE
  pkit_key_0 "public"."events"."created_at"%TYPE;
  pkit_key_1 "public"."events"."id"%TYPE;
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
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."events_p20261116" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-16 00:00:00+00:00' AND "created_at" < '2026-11-17 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261116" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-16 00:00:00+00:00' AND "created_at" < '2026-11-17 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261116" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
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
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."events" into "public"."events_p20261116" (range 8 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."events" into "public"."events_p20261116" (range 8 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261116" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261116" ADD CONSTRAINT "events_tenant_id_fkey" FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261116" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261116" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key events_tenant_id_fkey of "public"."events_p20261116"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."events_p20261116" VALIDATE CONSTRAINT "events_tenant_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."events_p20261116"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261116" ADD UNIQUE (id, created_at)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261116" ADD EXCLUDE USING btree (id WITH =, created_at WITH =)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261116" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261116" USING brin (created_at)$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261116" USING btree (lower(note))$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261116" USING btree (tenant_id) WHERE (amount > (100)::numeric)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."events_p20261116"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."events_p20261116"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."events_p20261116" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" ATTACH PARTITION "public"."events_p20261116" FOR VALUES FROM ('2026-11-16 00:00:00+00:00') TO ('2026-11-17 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261116" DROP CONSTRAINT "events_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261116" IS NULL$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261116" REPLICA IDENTITY FULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."events_p20261116" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."events_p20261116" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."events" from '2026-11-15 00:00:00+00:00' to '2026-11-16 00:00:00+00:00' into "public"."events_p20261115" (range 9 of 11) in batches of 500
DO $pkit$
DECLARE
  pkit_key_0 "public"."events"."created_at"%TYPE;
  pkit_key_1 "public"."events"."id"%TYPE;
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
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."events_p20261115" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-15 00:00:00+00:00' AND "created_at" < '2026-11-16 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261115" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-15 00:00:00+00:00' AND "created_at" < '2026-11-16 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261115" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
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
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."events" into "public"."events_p20261115" (range 9 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."events" into "public"."events_p20261115" (range 9 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261115" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261115" ADD CONSTRAINT "events_tenant_id_fkey" FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261115" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261115" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key events_tenant_id_fkey of "public"."events_p20261115"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."events_p20261115" VALIDATE CONSTRAINT "events_tenant_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."events_p20261115"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261115" ADD UNIQUE (id, created_at)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261115" ADD EXCLUDE USING btree (id WITH =, created_at WITH =)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261115" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261115" USING brin (created_at)$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261115" USING btree (lower(note))$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261115" USING btree (tenant_id) WHERE (amount > (100)::numeric)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."events_p20261115"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."events_p20261115"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."events_p20261115" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" ATTACH PARTITION "public"."events_p20261115" FOR VALUES FROM ('2026-11-15 00:00:00+00:00') TO ('2026-11-16 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261115" DROP CONSTRAINT "events_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261115" IS NULL$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261115" REPLICA IDENTITY FULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."events_p20261115" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."events_p20261115" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."events" from '2026-11-14 00:00:00+00:00' to '2026-11-15 00:00:00+00:00' into "public"."events_p20261114" (range 10 of 11) in batches of 500
DO $pkit$
DECLARE
  pkit_key_0 "public"."events"."created_at"%TYPE;
  pkit_key_1 "public"."events"."id"%TYPE;
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
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."events_p20261114" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-14 00:00:00+00:00' AND "created_at" < '2026-11-15 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261114" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-14 00:00:00+00:00' AND "created_at" < '2026-11-15 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261114" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
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
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."events" into "public"."events_p20261114" (range 10 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."events" into "public"."events_p20261114" (range 10 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261114" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261114" ADD CONSTRAINT "events_tenant_id_fkey" FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261114" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261114" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key events_tenant_id_fkey of "public"."events_p20261114"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."events_p20261114" VALIDATE CONSTRAINT "events_tenant_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."events_p20261114"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261114" ADD UNIQUE (id, created_at)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261114" ADD EXCLUDE USING btree (id WITH =, created_at WITH =)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261114" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261114" USING brin (created_at)$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261114" USING btree (lower(note))$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261114" USING btree (tenant_id) WHERE (amount > (100)::numeric)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."events_p20261114"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."events_p20261114"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."events_p20261114" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" ATTACH PARTITION "public"."events_p20261114" FOR VALUES FROM ('2026-11-14 00:00:00+00:00') TO ('2026-11-15 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261114" DROP CONSTRAINT "events_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261114" IS NULL$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261114" REPLICA IDENTITY FULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."events_p20261114" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."events_p20261114" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy the rows of "public"."events" from '2026-11-13 00:00:00+00:00' to '2026-11-14 00:00:00+00:00' into "public"."events_p20261113" (range 11 of 11) in batches of 500
DO $pkit$
DECLARE
  pkit_key_0 "public"."events"."created_at"%TYPE;
  pkit_key_1 "public"."events"."id"%TYPE;
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
  SELECT "created_at", "id" INTO pkit_key_0, pkit_key_1 FROM "public"."events_p20261113" ORDER BY "created_at" DESC, "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    IF pkit_started THEN
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-13 00:00:00+00:00' AND "created_at" < '2026-11-14 00:00:00+00:00' AND ("created_at", "id") > (pkit_key_0, pkit_key_1) ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261113" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
      SELECT b."created_at", b."id", count(*) OVER () INTO pkit_key_0, pkit_key_1, pkit_batch FROM b ORDER BY b."created_at" DESC, b."id" DESC LIMIT 1;
    ELSE
      WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" >= '2026-11-13 00:00:00+00:00' AND "created_at" < '2026-11-14 00:00:00+00:00' ORDER BY "created_at", "id" LIMIT 500),
        c AS (INSERT INTO "public"."events_p20261113" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
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
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copying', '"public"."events" into "public"."events_p20261113" (range 11 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = '"public"."events"'::regclass;
      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"public"."events_partitioned"'::regclass;
      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', 'copied', '"public"."events" into "public"."events_p20261113" (range 11 of 11)', pkit_rows, date_trunc('second', clock_timestamp() - pkit_began), pkit_rate, round(least(pkit_done, greatest(pkit_total, pkit_done))), round(greatest(pkit_total, pkit_done)), CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text ELSE 'unknown' END;
END
$pkit$;

-- partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261113" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261113" ADD CONSTRAINT "events_tenant_id_fkey" FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261113" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add the foreign keys of "public"."events" to "public"."events_p20261113" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key events_tenant_id_fkey of "public"."events_p20261113"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."events_p20261113" VALIDATE CONSTRAINT "events_tenant_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: build the primary key and indexes of "public"."events_p20261113"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261113" ADD UNIQUE (id, created_at)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261113" ADD EXCLUDE USING btree (id WITH =, created_at WITH =)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261113" ADD PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261113" USING brin (created_at)$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261113" USING btree (lower(note))$pkit$;
      EXECUTE $pkit$CREATE INDEX ON "public"."events_p20261113" USING btree (tenant_id) WHERE (amount > (100)::numeric)$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: build the primary key and indexes of "public"."events_p20261113"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: build the primary key and indexes of "public"."events_p20261113"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: attach "public"."events_p20261113" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" ATTACH PARTITION "public"."events_p20261113" FOR VALUES FROM ('2026-11-13 00:00:00+00:00') TO ('2026-11-14 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261113" DROP CONSTRAINT "events_partition_bound"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_p20261113" IS NULL$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261113" REPLICA IDENTITY FULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: attach "public"."events_p20261113" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: attach "public"."events_p20261113" to "public"."events_partitioned" (its CHECK proves the bounds: no scan)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: copy rows of "public"."events" written since planning with keys outside the copied ranges
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  BEGIN
    EXECUTE $pkit$INSERT INTO "public"."events_partitioned" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE "created_at" < '2026-11-13 00:00:00+00:00' OR "created_at" >= '2026-11-24 00:00:00+00:00' ON CONFLICT DO NOTHING$pkit$;
  EXCEPTION WHEN check_violation THEN
    RAISE EXCEPTION 'partitionkit: rows with % outside the copied ranges % to % were written to % during the copy, and there is no DEFAULT partition for them: %', 'created_at', '''2026-11-13 00:00:00+00:00''', '''2026-11-24 00:00:00+00:00''', '"public"."events"', SQLERRM USING HINT = 'Delete or correct those rows and run the change again, or drop the partially built tables and convert with defaultPartition=true.';
  END;
END
$pkit1$;

-- partitionkit: replay rows written meanwhile into "public"."events_partitioned"
DO $pkit$
DECLARE
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_round pg_catalog.int8;
  pkit_backlog pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  IF to_regclass('"pg_temp"."events_convert_keys"') IS NULL THEN
    CREATE TEMP TABLE "events_convert_keys" (LIKE "public"."events_convert_log");
  END IF;
  SELECT count(*) INTO pkit_round FROM "public"."events_convert_log";
  pkit_backlog := pkit_round;
  LOOP
    TRUNCATE "pg_temp"."events_convert_keys";
    WITH taken AS (DELETE FROM "public"."events_convert_log" WHERE ctid = ANY (ARRAY(SELECT ctid FROM "public"."events_convert_log" LIMIT 500)) RETURNING "id")
      INSERT INTO "pg_temp"."events_convert_keys" SELECT DISTINCT "id" FROM taken;
    GET DIAGNOSTICS pkit_batch = ROW_COUNT;
    EXIT WHEN pkit_batch = 0;
    DELETE FROM "public"."events_partitioned" t USING "pg_temp"."events_convert_keys" k WHERE (t."id") = (k."id");
    INSERT INTO "public"."events_partitioned" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT s."id", s."created_at", s."tenant_id", s."amount", s."note", s."seq_no", s."code", s."payload" FROM "public"."events" s JOIN "pg_temp"."events_convert_keys" k ON (s."id") = (k."id");
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    EXIT WHEN pkit_batch < 500;
    pkit_round := pkit_round - pkit_batch;
    IF pkit_round <= 0 THEN
      SELECT count(*) INTO pkit_round FROM "public"."events_convert_log";
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

-- partitionkit: switch "public"."events" to a range-partitioned table, keeping the old table as "public"."events_legacy"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_next_0 pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$LOCK TABLE "public"."events" IN ACCESS EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$DELETE FROM "public"."events_partitioned" t USING (SELECT DISTINCT "id" FROM "public"."events_convert_log") k WHERE (t."id") = (k."id")$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."events_partitioned" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT s."id", s."created_at", s."tenant_id", s."amount", s."note", s."seq_no", s."code", s."payload" FROM "public"."events" s WHERE (s."id") IN (SELECT DISTINCT "id" FROM "public"."events_convert_log")$pkit$;
      SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END INTO pkit_next_0 FROM "public"."events_id_seq";
      EXECUTE $pkit$ALTER INDEX "public"."events_id_created_key" RENAME TO "events_legacy_id_created_key"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_no_twins" RENAME TO "events_legacy_no_twins"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_pkey" RENAME TO "events_legacy_pkey"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_created_brin" RENAME TO "events_legacy_created_brin"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_note_lower_idx" RENAME TO "events_legacy_note_lower_idx"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_tenant_big_idx" RENAME TO "events_legacy_tenant_big_idx"$pkit$;
      EXECUTE $pkit$DROP TRIGGER "events_audit" ON "public"."events"$pkit$;
      EXECUTE $pkit$DROP TRIGGER "events_disabled" ON "public"."events"$pkit$;
      EXECUTE $pkit$DROP TRIGGER "events_stamp" ON "public"."events"$pkit$;
      EXECUTE $pkit$DROP TRIGGER "events_convert_capture" ON "public"."events"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" RENAME TO "events_legacy"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_partitioned" RENAME TO "events"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_id_created_key_partitioned" RENAME TO "events_id_created_key"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_no_twins_partitioned" RENAME TO "events_no_twins"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_pkey_partitioned" RENAME TO "events_pkey"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_created_brin_partitioned" RENAME TO "events_created_brin"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_note_lower_idx_partitioned" RENAME TO "events_note_lower_idx"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_tenant_big_idx_partitioned" RENAME TO "events_tenant_big_idx"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events" IS 'every property'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_legacy" ALTER COLUMN "id" DROP IDENTITY$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME "public"."events_id_seq" START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE)$pkit$;
      EXECUTE pg_catalog.format('ALTER TABLE "public"."events" ALTER COLUMN "id" RESTART WITH %s', pkit_next_0);
      EXECUTE $pkit$ALTER SEQUENCE "public"."events_seq_no_seq" OWNED BY "public"."events"."seq_no"$pkit$;
      EXECUTE $pkit$CREATE TRIGGER events_audit AFTER UPDATE OF note ON "public"."events" FOR EACH STATEMENT EXECUTE FUNCTION public.events_audit()$pkit$;
      EXECUTE $pkit$CREATE TRIGGER events_disabled BEFORE DELETE ON "public"."events" FOR EACH ROW EXECUTE FUNCTION public.events_stamp()$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" DISABLE TRIGGER "events_disabled"$pkit$;
      EXECUTE $pkit$CREATE TRIGGER events_stamp BEFORE INSERT ON "public"."events" FOR EACH ROW EXECUTE FUNCTION public.events_stamp()$pkit$;
      EXECUTE $pkit$COMMENT ON TRIGGER "events_stamp" ON "public"."events" IS 'stamps'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$CREATE POLICY "events_tenant_policy" ON "public"."events" AS PERMISSIVE FOR SELECT TO "pk_app" USING ((tenant_id < 100))$pkit$;
      EXECUTE $pkit$COMMENT ON POLICY "events_tenant_policy" ON "public"."events" IS 'tenants'$pkit$;
      EXECUTE $pkit$GRANT INSERT ON TABLE "public"."events" TO "pk_app"$pkit$;
      EXECUTE $pkit$GRANT SELECT ON TABLE "public"."events" TO "pk_app"$pkit$;
      EXECUTE $pkit$GRANT SELECT ON TABLE "public"."events" TO "pk_reader" WITH GRANT OPTION$pkit$;
      EXECUTE $pkit$GRANT UPDATE ("note") ON TABLE "public"."events" TO "pk_app"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events" IS 'every property'$pkit$;
      EXECUTE $pkit$COMMENT ON CONSTRAINT "events_id_created_key" ON "public"."events" IS 'referenced by notes'$pkit$;
      EXECUTE $pkit$COMMENT ON CONSTRAINT "events_pkey" ON "public"."events" IS 'the key
partitionkit: primary key was ("id") before the partition key was added'$pkit$;
      EXECUTE $pkit$COMMENT ON INDEX "public"."events_note_lower_idx" IS 'case-insensitive'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" REPLICA IDENTITY FULL$pkit$;
      EXECUTE $pkit$ALTER PUBLICATION "events_pub" DROP TABLE "public"."events_legacy"$pkit$;
      EXECUTE $pkit$ALTER PUBLICATION "events_pub" ADD TABLE "public"."events"$pkit$;
      EXECUTE $pkit$CREATE OR REPLACE VIEW "public"."recent_events" AS
SELECT id,
    tenant_id,
    amount
   FROM public.events
  WHERE (created_at > (now() - '1 day'::interval))$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."event_notes" DROP CONSTRAINT "event_notes_event_fk"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."event_notes" ADD CONSTRAINT "event_notes_event_fk" FOREIGN KEY (event_id, event_created_at) REFERENCES public.events(id, created_at) NOT VALID$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_legacy" DROP CONSTRAINT "events_tenant_id_fkey"$pkit$;
      EXECUTE $pkit$REVOKE ALL ON TABLE "public"."events_legacy" FROM "pk_app", "pk_reader"$pkit$;
      EXECUTE $pkit$DROP POLICY "events_tenant_policy" ON "public"."events_legacy"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_legacy" IS 'partitionkit: the rows of "public"."events" as they were when strategy copy switched it to a partitioned table; no longer written. Drop this table once the partitioned table is trusted.'$pkit$;
      EXECUTE $pkit$DROP TABLE "public"."events_convert_log"$pkit$;
      EXECUTE $pkit$DROP FUNCTION "public"."events_convert_capture"()$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: switch "public"."events" to a range-partitioned table, keeping the old table as "public"."events_legacy"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: switch "public"."events" to a range-partitioned table, keeping the old table as "public"."events_legacy"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key event_notes_event_fk of "public"."event_notes" against the partitioned table
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."event_notes" VALIDATE CONSTRAINT "event_notes_event_fk"$pkit$;
END
$pkit1$;

-- partitionkit: collect planner statistics for the partitioned table "public"."events"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ANALYZE "public"."events"$pkit$;
END
$pkit1$;
