-- partitionkit: revert "public"."chat_messages" (12 partitions, about 2160 rows) to a plain table with primary key [id] by copying every row, in batches of 10000, because it has no partition named chat_messages_legacy: it was not converted with strategy attach, or retention dropped or someone detached the partition holding its rows from before the conversion
DO $pkit$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
RAISE NOTICE 'partitionkit: %', 'revert "public"."chat_messages" (12 partitions, about 2160 rows) to a plain table with primary key [id] by copying every row, in batches of 10000, because it has no partition named chat_messages_legacy: it was not converted with strategy attach, or retention dropped or someone detached the partition holding its rows from before the conversion';
END
$pkit$;

-- partitionkit: create "public"."chat_messages_revert_log" for the keys of rows written during revertPartitioning
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$CREATE TABLE "public"."chat_messages_revert_log" ("id" bigint)$pkit$;
EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages_revert_log" IS 'partitionkit: keys of rows written to "public"."chat_messages" during revertPartitioning'$pkit$;
END
$pkit1$;

-- partitionkit: create the function that logs written keys, executable by no other role
DO $pkit2$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit1$CREATE OR REPLACE FUNCTION "public"."chat_messages_revert_capture"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $pkit$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO "public"."chat_messages_revert_log" ("id") VALUES (OLD."id");
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "public"."chat_messages_revert_log" ("id") VALUES (NEW."id");
  END IF;
  RETURN NULL;
END
$pkit$$pkit1$;
EXECUTE $pkit$COMMENT ON FUNCTION "public"."chat_messages_revert_capture"() IS 'partitionkit: logs the keys of rows written to "public"."chat_messages" during revertPartitioning'$pkit$;
EXECUTE $pkit$REVOKE ALL ON FUNCTION "public"."chat_messages_revert_capture"() FROM PUBLIC$pkit$;
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
      EXECUTE $pkit$CREATE TRIGGER "chat_messages_revert_capture" AFTER INSERT OR UPDATE OR DELETE ON "public"."chat_messages" FOR EACH ROW EXECUTE FUNCTION "public"."chat_messages_revert_capture"()$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages" ENABLE ALWAYS TRIGGER "chat_messages_revert_capture"$pkit$;
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

-- partitionkit: create "public"."chat_messages_unpartitioned" shaped like "public"."chat_messages", with primary key [id], to receive its rows
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$CREATE TABLE "public"."chat_messages_unpartitioned" (LIKE "public"."chat_messages" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION INCLUDING STATISTICS)$pkit$;
EXECUTE $pkit$ALTER TABLE "public"."chat_messages_unpartitioned" ADD CONSTRAINT "chat_messages_pkey_unpartitioned" PRIMARY KEY ("id")$pkit$;
EXECUTE pg_catalog.format('COMMENT ON TABLE %s IS %L', '"public"."chat_messages_unpartitioned"', 'partitionkit: the plain copy of "public"."chat_messages" that revertPartitioning is filling with primary key ("id") from partitions ' || (SELECT coalesce(string_agg(i.inhrelid::text, ',' ORDER BY i.inhrelid), '') FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"public"."chat_messages"'::regclass));
END
$pkit1$;

-- partitionkit: copy the rows of "public"."chat_messages" into "public"."chat_messages_unpartitioned" in batches of 10000
DO $pkit$
DECLARE
  pkit_key_0 "public"."chat_messages"."id"%TYPE;
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
  SELECT "id" INTO pkit_key_0 FROM "public"."chat_messages_unpartitioned" ORDER BY "id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    BEGIN
      IF pkit_started THEN
        WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" WHERE ("id") > (pkit_key_0) ORDER BY "id" LIMIT 10000),
          c AS (INSERT INTO "public"."chat_messages_unpartitioned" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
        SELECT b."id", count(*) OVER () INTO pkit_key_0, pkit_batch FROM b ORDER BY b."id" DESC LIMIT 1;
      ELSE
        WITH b AS (SELECT "id", "created_at", "chat_id", "message" FROM "public"."chat_messages" ORDER BY "id" LIMIT 10000),
          c AS (INSERT INTO "public"."chat_messages_unpartitioned" ("id", "created_at", "chat_id", "message") SELECT "id", "created_at", "chat_id", "message" FROM b)
        SELECT b."id", count(*) OVER () INTO pkit_key_0, pkit_batch FROM b ORDER BY b."id" DESC LIMIT 1;
      END IF;
    EXCEPTION WHEN unique_violation THEN
      RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"public"."chat_messages"', 'id', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing was switched.';
    END;
    EXIT WHEN pkit_batch IS NULL;
    pkit_started := true;
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    IF clock_timestamp() - pkit_reported > interval '30 seconds' THEN
      RAISE NOTICE 'partitionkit: % rows of % copied so far, % rows/s', pkit_rows, '"public"."chat_messages"', round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
  RAISE NOTICE 'partitionkit: copied % rows of % in %', pkit_rows, '"public"."chat_messages"', clock_timestamp() - pkit_began;
END
$pkit$;

-- partitionkit: replay rows written meanwhile into "public"."chat_messages_unpartitioned"
DO $pkit$
DECLARE
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_round pg_catalog.int8;
  pkit_backlog pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  IF to_regclass('"pg_temp"."chat_messages_revert_keys"') IS NULL THEN
    CREATE TEMP TABLE "chat_messages_revert_keys" (LIKE "public"."chat_messages_revert_log");
  END IF;
  SELECT count(*) INTO pkit_round FROM "public"."chat_messages_revert_log";
  pkit_backlog := pkit_round;
  LOOP
    TRUNCATE "pg_temp"."chat_messages_revert_keys";
    WITH taken AS (DELETE FROM "public"."chat_messages_revert_log" WHERE ctid = ANY (ARRAY(SELECT ctid FROM "public"."chat_messages_revert_log" LIMIT 10000)) RETURNING "id")
      INSERT INTO "pg_temp"."chat_messages_revert_keys" SELECT DISTINCT "id" FROM taken;
    GET DIAGNOSTICS pkit_batch = ROW_COUNT;
    EXIT WHEN pkit_batch = 0;
    DELETE FROM "public"."chat_messages_unpartitioned" t USING "pg_temp"."chat_messages_revert_keys" k WHERE (t."id") = (k."id");
    INSERT INTO "public"."chat_messages_unpartitioned" ("id", "created_at", "chat_id", "message") SELECT s."id", s."created_at", s."chat_id", s."message" FROM "public"."chat_messages" s JOIN "pg_temp"."chat_messages_revert_keys" k ON (s."id") = (k."id");
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    EXIT WHEN pkit_batch < 10000;
    pkit_round := pkit_round - pkit_batch;
    IF pkit_round <= 0 THEN
      SELECT count(*) INTO pkit_round FROM "public"."chat_messages_revert_log";
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

-- partitionkit: build index chat_messages_created_at on "public"."chat_messages_unpartitioned" (not yet in use)
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$CREATE INDEX "chat_messages_created_at_unpartitioned" ON "public"."chat_messages_unpartitioned" USING btree (created_at)$pkit$;
END
$pkit1$;

-- partitionkit: add foreign key chat_messages_chat_id_fkey to "public"."chat_messages_unpartitioned" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_unpartitioned" ADD CONSTRAINT "chat_messages_chat_id_fkey" FOREIGN KEY (chat_id) REFERENCES public.chats(id) NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add foreign key chat_messages_chat_id_fkey to "public"."chat_messages_unpartitioned" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add foreign key chat_messages_chat_id_fkey to "public"."chat_messages_unpartitioned" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key chat_messages_chat_id_fkey of "public"."chat_messages_unpartitioned"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."chat_messages_unpartitioned" VALIDATE CONSTRAINT "chat_messages_chat_id_fkey"$pkit$;
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
  IF to_regclass('"pg_temp"."chat_messages_revert_keys"') IS NULL THEN
    CREATE TEMP TABLE "chat_messages_revert_keys" (LIKE "public"."chat_messages_revert_log");
  END IF;
  SELECT count(*) INTO pkit_round FROM "public"."chat_messages_revert_log";
  pkit_backlog := pkit_round;
  LOOP
    TRUNCATE "pg_temp"."chat_messages_revert_keys";
    WITH taken AS (DELETE FROM "public"."chat_messages_revert_log" WHERE ctid = ANY (ARRAY(SELECT ctid FROM "public"."chat_messages_revert_log" LIMIT 10000)) RETURNING "id")
      INSERT INTO "pg_temp"."chat_messages_revert_keys" SELECT DISTINCT "id" FROM taken;
    GET DIAGNOSTICS pkit_batch = ROW_COUNT;
    EXIT WHEN pkit_batch = 0;
    DELETE FROM "public"."chat_messages_unpartitioned" t USING "pg_temp"."chat_messages_revert_keys" k WHERE (t."id") = (k."id");
    INSERT INTO "public"."chat_messages_unpartitioned" ("id", "created_at", "chat_id", "message") SELECT s."id", s."created_at", s."chat_id", s."message" FROM "public"."chat_messages" s JOIN "pg_temp"."chat_messages_revert_keys" k ON (s."id") = (k."id");
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    EXIT WHEN pkit_batch < 10000;
    pkit_round := pkit_round - pkit_batch;
    IF pkit_round <= 0 THEN
      SELECT count(*) INTO pkit_round FROM "public"."chat_messages_revert_log";
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

-- partitionkit: switch "public"."chat_messages" back to a plain table
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
      IF pg_catalog.obj_description('"public"."chat_messages_unpartitioned"'::regclass, 'pg_class') IS DISTINCT FROM 'partitionkit: the plain copy of "public"."chat_messages" that revertPartitioning is filling with primary key ("id") from partitions ' || (SELECT coalesce(string_agg(i.inhrelid::text, ',' ORDER BY i.inhrelid), '') FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"public"."chat_messages"'::regclass) THEN
        RAISE EXCEPTION 'partitionkit: partitions of % were attached or detached since the revert began copying it; its copy would miss or resurrect their rows', '"public"."chat_messages"' USING HINT = 'Nothing was switched or dropped. Drop the plain copy ("public"."chat_messages_unpartitioned") and the log of written keys, and run the change again to copy the table as it is now.';
      END IF;
      EXECUTE $pkit$DELETE FROM "public"."chat_messages_unpartitioned" t USING (SELECT DISTINCT "id" FROM "public"."chat_messages_revert_log") k WHERE (t."id") = (k."id")$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."chat_messages_unpartitioned" ("id", "created_at", "chat_id", "message") SELECT s."id", s."created_at", s."chat_id", s."message" FROM "public"."chat_messages" s WHERE (s."id") IN (SELECT DISTINCT "id" FROM "public"."chat_messages_revert_log")$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages" RENAME TO "chat_messages_partitioned_old"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages_unpartitioned" RENAME TO "chat_messages"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."chat_messages" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$ALTER SEQUENCE "public"."chat_messages_id_seq" OWNED BY "public"."chat_messages"."id"$pkit$;
      EXECUTE $pkit$DROP TABLE "public"."chat_messages_partitioned_old"$pkit$;
      EXECUTE $pkit$DROP TABLE "public"."chat_messages_legacy"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."chat_messages_pkey_unpartitioned" RENAME TO "chat_messages_pkey"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."chat_messages_created_at_unpartitioned" RENAME TO "chat_messages_created_at"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."chat_messages" IS NULL$pkit$;
      EXECUTE $pkit$DROP TABLE "public"."chat_messages_revert_log"$pkit$;
      EXECUTE $pkit$DROP FUNCTION "public"."chat_messages_revert_capture"()$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: switch "public"."chat_messages" back to a plain table', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: switch "public"."chat_messages" back to a plain table', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: collect planner statistics for the plain table "public"."chat_messages"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ANALYZE "public"."chat_messages"$pkit$;
END
$pkit1$;
