-- partitionkit: create "public"."LiteLLM_SpendLogs_revert_log" for the keys of rows written during revertPartitioning
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_revert_log" ("request_id" text)$pkit$;
EXECUTE $pkit$COMMENT ON TABLE "public"."LiteLLM_SpendLogs_revert_log" IS 'partitionkit: keys of rows written to "public"."LiteLLM_SpendLogs" during revertPartitioning'$pkit$;
END
$pkit1$;

-- partitionkit: create the function that logs written keys, executable by no other role
DO $pkit2$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit1$CREATE OR REPLACE FUNCTION "public"."LiteLLM_SpendLogs_revert_capture"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $pkit$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO "public"."LiteLLM_SpendLogs_revert_log" ("request_id") VALUES (OLD."request_id");
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "public"."LiteLLM_SpendLogs_revert_log" ("request_id") VALUES (NEW."request_id");
  END IF;
  RETURN NULL;
END
$pkit$$pkit1$;
EXECUTE $pkit$COMMENT ON FUNCTION "public"."LiteLLM_SpendLogs_revert_capture"() IS 'partitionkit: logs the keys of rows written to "public"."LiteLLM_SpendLogs" during revertPartitioning'$pkit$;
EXECUTE $pkit$REVOKE ALL ON FUNCTION "public"."LiteLLM_SpendLogs_revert_capture"() FROM PUBLIC$pkit$;
END
$pkit2$;

-- partitionkit: log the key of every row written to "public"."LiteLLM_SpendLogs" from now on
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TRIGGER "LiteLLM_SpendLogs_revert_capture" AFTER INSERT OR UPDATE OR DELETE ON "public"."LiteLLM_SpendLogs" FOR EACH ROW EXECUTE FUNCTION "public"."LiteLLM_SpendLogs_revert_capture"()$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ENABLE ALWAYS TRIGGER "LiteLLM_SpendLogs_revert_capture"$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: log the key of every row written to "public"."LiteLLM_SpendLogs" from now on', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: log the key of every row written to "public"."LiteLLM_SpendLogs" from now on', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create "public"."LiteLLM_SpendLogs_unpartitioned" shaped like "public"."LiteLLM_SpendLogs", with primary key [request_id], to receive its rows
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_unpartitioned" (LIKE "public"."LiteLLM_SpendLogs" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION INCLUDING STATISTICS)$pkit$;
EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_unpartitioned" ADD CONSTRAINT "LiteLLM_SpendLogs_pkey_unpartitioned" PRIMARY KEY ("request_id")$pkit$;
EXECUTE pg_catalog.format('COMMENT ON TABLE %s IS %L', '"public"."LiteLLM_SpendLogs_unpartitioned"', 'partitionkit: the plain copy of "public"."LiteLLM_SpendLogs" that revertPartitioning is filling with primary key ("request_id") from partitions ' || (SELECT coalesce(string_agg(i.inhrelid::text, ',' ORDER BY i.inhrelid), '') FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"public"."LiteLLM_SpendLogs"'::regclass));
END
$pkit1$;

-- partitionkit: copy the rows of "public"."LiteLLM_SpendLogs" into "public"."LiteLLM_SpendLogs_unpartitioned" in batches of 10000
DO $pkit$
DECLARE
  pkit_key_0 "public"."LiteLLM_SpendLogs"."request_id"%TYPE;
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
  SELECT "request_id" INTO pkit_key_0 FROM "public"."LiteLLM_SpendLogs_unpartitioned" ORDER BY "request_id" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    BEGIN
      IF pkit_started THEN
        WITH b AS (SELECT "request_id", "startTime", "spend" FROM "public"."LiteLLM_SpendLogs" WHERE ("request_id") > (pkit_key_0) ORDER BY "request_id" LIMIT 10000),
          c AS (INSERT INTO "public"."LiteLLM_SpendLogs_unpartitioned" ("request_id", "startTime", "spend") SELECT "request_id", "startTime", "spend" FROM b)
        SELECT b."request_id", count(*) OVER () INTO pkit_key_0, pkit_batch FROM b ORDER BY b."request_id" DESC LIMIT 1;
      ELSE
        WITH b AS (SELECT "request_id", "startTime", "spend" FROM "public"."LiteLLM_SpendLogs" ORDER BY "request_id" LIMIT 10000),
          c AS (INSERT INTO "public"."LiteLLM_SpendLogs_unpartitioned" ("request_id", "startTime", "spend") SELECT "request_id", "startTime", "spend" FROM b)
        SELECT b."request_id", count(*) OVER () INTO pkit_key_0, pkit_batch FROM b ORDER BY b."request_id" DESC LIMIT 1;
      END IF;
    EXCEPTION WHEN unique_violation THEN
      RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"public"."LiteLLM_SpendLogs"', 'request_id', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing was switched.';
    END;
    EXIT WHEN pkit_batch IS NULL;
    pkit_started := true;
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    IF clock_timestamp() - pkit_reported > interval '30 seconds' THEN
      RAISE NOTICE 'partitionkit: % rows of % copied so far, % rows/s', pkit_rows, '"public"."LiteLLM_SpendLogs"', round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
  RAISE NOTICE 'partitionkit: copied % rows of % in %', pkit_rows, '"public"."LiteLLM_SpendLogs"', clock_timestamp() - pkit_began;
END
$pkit$;

-- partitionkit: replay rows written meanwhile into "public"."LiteLLM_SpendLogs_unpartitioned"
DO $pkit$
DECLARE
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_round pg_catalog.int8;
  pkit_backlog pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  IF to_regclass('"pg_temp"."LiteLLM_SpendLogs_revert_keys"') IS NULL THEN
    CREATE TEMP TABLE "LiteLLM_SpendLogs_revert_keys" (LIKE "public"."LiteLLM_SpendLogs_revert_log");
  END IF;
  SELECT count(*) INTO pkit_round FROM "public"."LiteLLM_SpendLogs_revert_log";
  pkit_backlog := pkit_round;
  LOOP
    TRUNCATE "pg_temp"."LiteLLM_SpendLogs_revert_keys";
    WITH taken AS (DELETE FROM "public"."LiteLLM_SpendLogs_revert_log" WHERE ctid = ANY (ARRAY(SELECT ctid FROM "public"."LiteLLM_SpendLogs_revert_log" LIMIT 10000)) RETURNING "request_id")
      INSERT INTO "pg_temp"."LiteLLM_SpendLogs_revert_keys" SELECT DISTINCT "request_id" FROM taken;
    GET DIAGNOSTICS pkit_batch = ROW_COUNT;
    EXIT WHEN pkit_batch = 0;
    DELETE FROM "public"."LiteLLM_SpendLogs_unpartitioned" t USING "pg_temp"."LiteLLM_SpendLogs_revert_keys" k WHERE (t."request_id") = (k."request_id");
    INSERT INTO "public"."LiteLLM_SpendLogs_unpartitioned" ("request_id", "startTime", "spend") SELECT s."request_id", s."startTime", s."spend" FROM "public"."LiteLLM_SpendLogs" s JOIN "pg_temp"."LiteLLM_SpendLogs_revert_keys" k ON (s."request_id") = (k."request_id");
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    EXIT WHEN pkit_batch < 10000;
    pkit_round := pkit_round - pkit_batch;
    IF pkit_round <= 0 THEN
      SELECT count(*) INTO pkit_round FROM "public"."LiteLLM_SpendLogs_revert_log";
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
  IF to_regclass('"pg_temp"."LiteLLM_SpendLogs_revert_keys"') IS NULL THEN
    CREATE TEMP TABLE "LiteLLM_SpendLogs_revert_keys" (LIKE "public"."LiteLLM_SpendLogs_revert_log");
  END IF;
  SELECT count(*) INTO pkit_round FROM "public"."LiteLLM_SpendLogs_revert_log";
  pkit_backlog := pkit_round;
  LOOP
    TRUNCATE "pg_temp"."LiteLLM_SpendLogs_revert_keys";
    WITH taken AS (DELETE FROM "public"."LiteLLM_SpendLogs_revert_log" WHERE ctid = ANY (ARRAY(SELECT ctid FROM "public"."LiteLLM_SpendLogs_revert_log" LIMIT 10000)) RETURNING "request_id")
      INSERT INTO "pg_temp"."LiteLLM_SpendLogs_revert_keys" SELECT DISTINCT "request_id" FROM taken;
    GET DIAGNOSTICS pkit_batch = ROW_COUNT;
    EXIT WHEN pkit_batch = 0;
    DELETE FROM "public"."LiteLLM_SpendLogs_unpartitioned" t USING "pg_temp"."LiteLLM_SpendLogs_revert_keys" k WHERE (t."request_id") = (k."request_id");
    INSERT INTO "public"."LiteLLM_SpendLogs_unpartitioned" ("request_id", "startTime", "spend") SELECT s."request_id", s."startTime", s."spend" FROM "public"."LiteLLM_SpendLogs" s JOIN "pg_temp"."LiteLLM_SpendLogs_revert_keys" k ON (s."request_id") = (k."request_id");
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    EXIT WHEN pkit_batch < 10000;
    pkit_round := pkit_round - pkit_batch;
    IF pkit_round <= 0 THEN
      SELECT count(*) INTO pkit_round FROM "public"."LiteLLM_SpendLogs_revert_log";
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

-- partitionkit: switch "public"."LiteLLM_SpendLogs" back to a plain table
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs" IN ACCESS EXCLUSIVE MODE$pkit$;
      IF pg_catalog.obj_description('"public"."LiteLLM_SpendLogs_unpartitioned"'::regclass, 'pg_class') IS DISTINCT FROM 'partitionkit: the plain copy of "public"."LiteLLM_SpendLogs" that revertPartitioning is filling with primary key ("request_id") from partitions ' || (SELECT coalesce(string_agg(i.inhrelid::text, ',' ORDER BY i.inhrelid), '') FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"public"."LiteLLM_SpendLogs"'::regclass) THEN
        RAISE EXCEPTION 'partitionkit: partitions of % were attached or detached since the revert began copying it; its copy would miss or resurrect their rows', '"public"."LiteLLM_SpendLogs"' USING HINT = 'Nothing was switched or dropped. Drop the plain copy ("public"."LiteLLM_SpendLogs_unpartitioned") and the log of written keys, and run the change again to copy the table as it is now.';
      END IF;
      EXECUTE $pkit$DELETE FROM "public"."LiteLLM_SpendLogs_unpartitioned" t USING (SELECT DISTINCT "request_id" FROM "public"."LiteLLM_SpendLogs_revert_log") k WHERE (t."request_id") = (k."request_id")$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_unpartitioned" ("request_id", "startTime", "spend") SELECT s."request_id", s."startTime", s."spend" FROM "public"."LiteLLM_SpendLogs" s WHERE (s."request_id") IN (SELECT DISTINCT "request_id" FROM "public"."LiteLLM_SpendLogs_revert_log")$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" RENAME TO "LiteLLM_SpendLogs_partitioned_old"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_unpartitioned" RENAME TO "LiteLLM_SpendLogs"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$DROP TABLE "public"."LiteLLM_SpendLogs_partitioned_old"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" RENAME CONSTRAINT "LiteLLM_SpendLogs_pkey_unpartitioned" TO "LiteLLM_SpendLogs_pkey"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."LiteLLM_SpendLogs" IS NULL$pkit$;
      EXECUTE $pkit$DROP TABLE "public"."LiteLLM_SpendLogs_revert_log"$pkit$;
      EXECUTE $pkit$DROP FUNCTION "public"."LiteLLM_SpendLogs_revert_capture"()$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: switch "public"."LiteLLM_SpendLogs" back to a plain table', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: switch "public"."LiteLLM_SpendLogs" back to a plain table', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: collect planner statistics for the plain table "public"."LiteLLM_SpendLogs"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ANALYZE "public"."LiteLLM_SpendLogs"$pkit$;
END
$pkit1$;
