-- partitionkit: revert "public"."events" (3 partitions, about 0 rows) to a plain table with primary key [id] by copying every row, in batches of 10000, because it has no partition named events_legacy: it was not converted with strategy attach, or retention dropped or someone detached the partition holding its rows from before the conversion
DO $pkit$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
RAISE NOTICE 'partitionkit: %', 'revert "public"."events" (3 partitions, about 0 rows) to a plain table with primary key [id] by copying every row, in batches of 10000, because it has no partition named events_legacy: it was not converted with strategy attach, or retention dropped or someone detached the partition holding its rows from before the conversion';
END
$pkit$;

-- partitionkit: create "public"."events_revert_log" for the keys of rows written during revertPartitioning
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$CREATE TABLE "public"."events_revert_log" ("id" bigint)$pkit$;
EXECUTE $pkit$COMMENT ON TABLE "public"."events_revert_log" IS 'partitionkit: keys of rows written to "public"."events" during revertPartitioning'$pkit$;
END
$pkit1$;

-- partitionkit: create the function that logs written keys, executable by no other role
DO $pkit2$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit1$CREATE OR REPLACE FUNCTION "public"."events_revert_capture"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $pkit$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO "public"."events_revert_log" ("id") VALUES (OLD."id");
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "public"."events_revert_log" ("id") VALUES (NEW."id");
  END IF;
  RETURN NULL;
END
$pkit$$pkit1$;
EXECUTE $pkit$COMMENT ON FUNCTION "public"."events_revert_capture"() IS 'partitionkit: logs the keys of rows written to "public"."events" during revertPartitioning'$pkit$;
EXECUTE $pkit$REVOKE ALL ON FUNCTION "public"."events_revert_capture"() FROM PUBLIC$pkit$;
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
      EXECUTE $pkit$CREATE TRIGGER "events_revert_capture" AFTER INSERT OR UPDATE OR DELETE ON "public"."events" FOR EACH ROW EXECUTE FUNCTION "public"."events_revert_capture"()$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" ENABLE ALWAYS TRIGGER "events_revert_capture"$pkit$;
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

-- partitionkit: create "public"."events_unpartitioned" shaped like "public"."events", with primary key [id], to receive its rows
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$CREATE TABLE "public"."events_unpartitioned" (LIKE "public"."events" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION INCLUDING STATISTICS) WITH (fillfactor=90, autovacuum_vacuum_scale_factor=0.05, toast.autovacuum_enabled=false)$pkit$;
EXECUTE $pkit$ALTER TABLE "public"."events_unpartitioned" DROP CONSTRAINT "events_code_short"$pkit$;
EXECUTE $pkit$ALTER TABLE "public"."events_unpartitioned" ADD CONSTRAINT "events_code_short" CHECK ((length((code)::text) < 10)) NOT VALID$pkit$;
EXECUTE $pkit$ALTER TABLE "public"."events_unpartitioned" ADD CONSTRAINT "events_pkey_unpartitioned" PRIMARY KEY ("id")$pkit$;
EXECUTE pg_catalog.format('COMMENT ON TABLE %s IS %L', '"public"."events_unpartitioned"', 'partitionkit: the plain copy of "public"."events" that revertPartitioning is filling with primary key ("id") from partitions ' || (SELECT coalesce(string_agg(i.inhrelid::text, ',' ORDER BY i.inhrelid), '') FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"public"."events"'::regclass));
END
$pkit1$;

-- partitionkit: copy the rows of "public"."events" into "public"."events_unpartitioned" in batches of 10000
DO $pkit$
DECLARE
  pkit_key_0 "public"."events"."id"%TYPE;
  pkit_started pg_catalog.bool := false;
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_began pg_catalog.timestamptz;
  pkit_reported pg_catalog.timestamptz;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  pkit_began := clock_timestamp();
  pkit_reported := pkit_began;
  SELECT "id" INTO pkit_key_0 FROM "public"."events_unpartitioned" ORDER BY "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    BEGIN
      IF pkit_started THEN
        WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" WHERE ("id") > (pkit_key_0) ORDER BY "id" LIMIT 10000),
          c AS (INSERT INTO "public"."events_unpartitioned" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
        SELECT b."id", count(*) OVER () INTO pkit_key_0, pkit_batch FROM b ORDER BY b."id" DESC LIMIT 1;
      ELSE
        WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events" ORDER BY "id" LIMIT 10000),
          c AS (INSERT INTO "public"."events_unpartitioned" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b)
        SELECT b."id", count(*) OVER () INTO pkit_key_0, pkit_batch FROM b ORDER BY b."id" DESC LIMIT 1;
      END IF;
    EXCEPTION WHEN unique_violation THEN
      RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"public"."events"', 'id', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing was switched.';
    END;
    EXIT WHEN pkit_batch IS NULL;
    pkit_started := true;
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    IF clock_timestamp() - pkit_reported > interval '30 seconds' THEN
      RAISE NOTICE 'partitionkit: % rows of % copied so far, % rows/s', pkit_rows, '"public"."events"', round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
  RAISE NOTICE 'partitionkit: copied % rows of % in %', pkit_rows, '"public"."events"', clock_timestamp() - pkit_began;
END
$pkit$;

-- partitionkit: fold the rows of "public"."events_legacy" that the partitioned table does not have into "public"."events_unpartitioned"
DO $pkit$
DECLARE
  pkit_key_0 "public"."events"."id"%TYPE;
  pkit_started pg_catalog.bool := false;
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_began pg_catalog.timestamptz;
  pkit_reported pg_catalog.timestamptz;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  pkit_began := clock_timestamp();
  pkit_reported := pkit_began;
  LOOP
    pkit_batch := NULL;
    BEGIN
      IF pkit_started THEN
        WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events_legacy" WHERE ("id") > (pkit_key_0) ORDER BY "id" LIMIT 10000),
          c AS (INSERT INTO "public"."events_unpartitioned" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b WHERE NOT EXISTS (SELECT 1 FROM "public"."events_unpartitioned" t WHERE (t."id") = (b."id")))
        SELECT b."id", count(*) OVER () INTO pkit_key_0, pkit_batch FROM b ORDER BY b."id" DESC LIMIT 1;
      ELSE
        WITH b AS (SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM "public"."events_legacy" ORDER BY "id" LIMIT 10000),
          c AS (INSERT INTO "public"."events_unpartitioned" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM b WHERE NOT EXISTS (SELECT 1 FROM "public"."events_unpartitioned" t WHERE (t."id") = (b."id")))
        SELECT b."id", count(*) OVER () INTO pkit_key_0, pkit_batch FROM b ORDER BY b."id" DESC LIMIT 1;
      END IF;
    EXCEPTION WHEN unique_violation THEN
      RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"public"."events_legacy"', 'id', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing was switched.';
    END;
    EXIT WHEN pkit_batch IS NULL;
    pkit_started := true;
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    IF clock_timestamp() - pkit_reported > interval '30 seconds' THEN
      RAISE NOTICE 'partitionkit: % rows of % copied so far, % rows/s', pkit_rows, '"public"."events_legacy"', round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
  RAISE NOTICE 'partitionkit: copied % rows of % in %', pkit_rows, '"public"."events_legacy"', clock_timestamp() - pkit_began;
END
$pkit$;

-- partitionkit: replay rows written meanwhile into "public"."events_unpartitioned"
DO $pkit$
DECLARE
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_round pg_catalog.int8;
  pkit_backlog pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  IF to_regclass('"pg_temp"."events_revert_keys"') IS NULL THEN
    CREATE TEMP TABLE "events_revert_keys" (LIKE "public"."events_revert_log");
  END IF;
  SELECT count(*) INTO pkit_round FROM "public"."events_revert_log";
  pkit_backlog := pkit_round;
  LOOP
    TRUNCATE "pg_temp"."events_revert_keys";
    WITH taken AS (DELETE FROM "public"."events_revert_log" WHERE ctid = ANY (ARRAY(SELECT ctid FROM "public"."events_revert_log" LIMIT 10000)) RETURNING "id")
      INSERT INTO "pg_temp"."events_revert_keys" SELECT DISTINCT "id" FROM taken;
    GET DIAGNOSTICS pkit_batch = ROW_COUNT;
    EXIT WHEN pkit_batch = 0;
    DELETE FROM "public"."events_unpartitioned" t USING "pg_temp"."events_revert_keys" k WHERE (t."id") = (k."id");
    INSERT INTO "public"."events_unpartitioned" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT s."id", s."created_at", s."tenant_id", s."amount", s."note", s."seq_no", s."code", s."payload" FROM "public"."events" s JOIN "pg_temp"."events_revert_keys" k ON (s."id") = (k."id");
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    EXIT WHEN pkit_batch < 10000;
    pkit_round := pkit_round - pkit_batch;
    IF pkit_round <= 0 THEN
      SELECT count(*) INTO pkit_round FROM "public"."events_revert_log";
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

-- partitionkit: build index events_created_brin on "public"."events_unpartitioned" (not yet in use)
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$CREATE INDEX "events_created_brin_unpartitioned" ON "public"."events_unpartitioned" USING brin (created_at)$pkit$;
END
$pkit1$;

-- partitionkit: build index events_note_lower_idx on "public"."events_unpartitioned" (not yet in use)
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$CREATE INDEX "events_note_lower_idx_unpartitioned" ON "public"."events_unpartitioned" USING btree (lower(note))$pkit$;
END
$pkit1$;

-- partitionkit: build index events_tenant_big_idx on "public"."events_unpartitioned" (not yet in use)
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$CREATE INDEX "events_tenant_big_idx_unpartitioned" ON "public"."events_unpartitioned" USING btree (tenant_id) WHERE (amount > (100)::numeric)$pkit$;
END
$pkit1$;

-- partitionkit: add constraint events_id_created_key to "public"."events_unpartitioned" (not yet in use)
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."events_unpartitioned" ADD CONSTRAINT "events_id_created_key_unpartitioned" UNIQUE (id, created_at)$pkit$;
END
$pkit1$;

-- partitionkit: add constraint events_no_twins to "public"."events_unpartitioned" (not yet in use)
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."events_unpartitioned" ADD CONSTRAINT "events_no_twins_unpartitioned" EXCLUDE USING btree (id WITH =, created_at WITH =)$pkit$;
END
$pkit1$;

-- partitionkit: add foreign key events_tenant_id_fkey to "public"."events_unpartitioned" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."events_unpartitioned" ADD CONSTRAINT "events_tenant_id_fkey" FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add foreign key events_tenant_id_fkey to "public"."events_unpartitioned" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add foreign key events_tenant_id_fkey to "public"."events_unpartitioned" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key events_tenant_id_fkey of "public"."events_unpartitioned"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."events_unpartitioned" VALIDATE CONSTRAINT "events_tenant_id_fkey"$pkit$;
END
$pkit1$;

-- partitionkit: replay rows written while indexes were built
DO $pkit$
DECLARE
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_round pg_catalog.int8;
  pkit_backlog pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  IF to_regclass('"pg_temp"."events_revert_keys"') IS NULL THEN
    CREATE TEMP TABLE "events_revert_keys" (LIKE "public"."events_revert_log");
  END IF;
  SELECT count(*) INTO pkit_round FROM "public"."events_revert_log";
  pkit_backlog := pkit_round;
  LOOP
    TRUNCATE "pg_temp"."events_revert_keys";
    WITH taken AS (DELETE FROM "public"."events_revert_log" WHERE ctid = ANY (ARRAY(SELECT ctid FROM "public"."events_revert_log" LIMIT 10000)) RETURNING "id")
      INSERT INTO "pg_temp"."events_revert_keys" SELECT DISTINCT "id" FROM taken;
    GET DIAGNOSTICS pkit_batch = ROW_COUNT;
    EXIT WHEN pkit_batch = 0;
    DELETE FROM "public"."events_unpartitioned" t USING "pg_temp"."events_revert_keys" k WHERE (t."id") = (k."id");
    INSERT INTO "public"."events_unpartitioned" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT s."id", s."created_at", s."tenant_id", s."amount", s."note", s."seq_no", s."code", s."payload" FROM "public"."events" s JOIN "pg_temp"."events_revert_keys" k ON (s."id") = (k."id");
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    EXIT WHEN pkit_batch < 10000;
    pkit_round := pkit_round - pkit_batch;
    IF pkit_round <= 0 THEN
      SELECT count(*) INTO pkit_round FROM "public"."events_revert_log";
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

-- partitionkit: switch "public"."events" back to a plain table
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
      IF pg_catalog.obj_description('"public"."events_unpartitioned"'::regclass, 'pg_class') IS DISTINCT FROM 'partitionkit: the plain copy of "public"."events" that revertPartitioning is filling with primary key ("id") from partitions ' || (SELECT coalesce(string_agg(i.inhrelid::text, ',' ORDER BY i.inhrelid), '') FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"public"."events"'::regclass) THEN
        RAISE EXCEPTION 'partitionkit: partitions of % were attached or detached since the revert began copying it; its copy would miss or resurrect their rows', '"public"."events"' USING HINT = 'Nothing was switched or dropped. Drop the plain copy ("public"."events_unpartitioned") and the log of written keys, and run the change again to copy the table as it is now.';
      END IF;
      EXECUTE $pkit$DELETE FROM "public"."events_unpartitioned" t USING (SELECT DISTINCT "id" FROM "public"."events_revert_log") k WHERE (t."id") = (k."id")$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."events_unpartitioned" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") SELECT s."id", s."created_at", s."tenant_id", s."amount", s."note", s."seq_no", s."code", s."payload" FROM "public"."events" s WHERE (s."id") IN (SELECT DISTINCT "id" FROM "public"."events_revert_log")$pkit$;
      SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END INTO pkit_next_0 FROM "public"."events_id_seq";
      EXECUTE $pkit$ALTER TABLE "public"."events" RENAME TO "events_partitioned_old"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_unpartitioned" RENAME TO "events"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$CREATE OR REPLACE VIEW "public"."recent_events" AS
SELECT id,
    tenant_id,
    amount
   FROM public.events
  WHERE (created_at > (now() - '1 day'::interval))$pkit$;
      EXECUTE $pkit$ALTER SEQUENCE "public"."events_seq_no_seq" OWNED BY "public"."events"."seq_no"$pkit$;
      EXECUTE $pkit$ALTER PUBLICATION "events_pub" DROP TABLE "public"."events_partitioned_old"$pkit$;
      EXECUTE $pkit$ALTER PUBLICATION "events_pub" ADD TABLE "public"."events"$pkit$;
      EXECUTE $pkit$DROP TABLE "public"."events_partitioned_old"$pkit$;
      EXECUTE $pkit$DROP TABLE "public"."events_legacy"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_pkey_unpartitioned" RENAME TO "events_pkey"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_id_created_key_unpartitioned" RENAME TO "events_id_created_key"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_no_twins_unpartitioned" RENAME TO "events_no_twins"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_created_brin_unpartitioned" RENAME TO "events_created_brin"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_note_lower_idx_unpartitioned" RENAME TO "events_note_lower_idx"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_tenant_big_idx_unpartitioned" RENAME TO "events_tenant_big_idx"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME "public"."events_id_seq" START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE)$pkit$;
      EXECUTE pg_catalog.format('ALTER TABLE "public"."events" ALTER COLUMN "id" RESTART WITH %s', pkit_next_0);
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
      EXECUTE $pkit$COMMENT ON CONSTRAINT "events_pkey" ON "public"."events" IS 'the key'$pkit$;
      EXECUTE $pkit$COMMENT ON INDEX "public"."events_note_lower_idx" IS 'case-insensitive'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" REPLICA IDENTITY FULL$pkit$;
      EXECUTE $pkit$DROP TABLE "public"."events_revert_log"$pkit$;
      EXECUTE $pkit$DROP FUNCTION "public"."events_revert_capture"()$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: switch "public"."events" back to a plain table', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: switch "public"."events" back to a plain table', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: collect planner statistics for the plain table "public"."events"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ANALYZE "public"."events"$pkit$;
END
$pkit1$;
