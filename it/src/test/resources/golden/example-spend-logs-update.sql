-- partitionkit: build the unique index "public"."LiteLLM_SpendLogs_partition_pkey" on the primary key plus the partition key, concurrently (writes continue)
CREATE UNIQUE INDEX CONCURRENTLY "LiteLLM_SpendLogs_partition_pkey" ON "public"."LiteLLM_SpendLogs" ("request_id", "startTime");

-- partitionkit: build the unique index "public"."LiteLLM_SpendLogs_revert_pkey" on the original primary key, concurrently (writes continue), kept on the legacy partition for a revert
CREATE UNIQUE INDEX CONCURRENTLY "LiteLLM_SpendLogs_revert_pkey" ON "public"."LiteLLM_SpendLogs" ("request_id");

-- partitionkit: add CHECK LiteLLM_SpendLogs_partition_bound (startTime < '2026-11-23 00:00:00') to "public"."LiteLLM_SpendLogs" without scanning it
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_max pg_catalog.text;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      pkit_max := (SELECT "startTime"::text FROM "public"."LiteLLM_SpendLogs" AS pkit_rows WHERE "startTime" IS NOT NULL AND "startTime" >= '2026-11-23 00:00:00' ORDER BY pkit_rows."startTime" DESC LIMIT 1);
      IF pkit_max IS NOT NULL THEN
        RAISE EXCEPTION 'partitionkit: % has rows with % up to % at or beyond the conversion boundary %', '"public"."LiteLLM_SpendLogs"', 'startTime', pkit_max, '''2026-11-23 00:00:00''' USING HINT = 'Rows with future keys cannot go into the legacy partition; correct or delete them and run the change again.';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ADD CONSTRAINT "LiteLLM_SpendLogs_partition_bound" CHECK ("startTime" < '2026-11-23 00:00:00') NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add CHECK LiteLLM_SpendLogs_partition_bound (startTime < ''2026-11-23 00:00:00'') to "public"."LiteLLM_SpendLogs" without scanning it', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add CHECK LiteLLM_SpendLogs_partition_bound (startTime < ''2026-11-23 00:00:00'') to "public"."LiteLLM_SpendLogs" without scanning it', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate CHECK LiteLLM_SpendLogs_partition_bound on "public"."LiteLLM_SpendLogs" (reads every row; writes continue)
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" VALIDATE CONSTRAINT "LiteLLM_SpendLogs_partition_bound"$pkit$;
END
$pkit1$;

-- partitionkit: switch "public"."LiteLLM_SpendLogs" to a range-partitioned table, keeping the old table as "public"."LiteLLM_SpendLogs_legacy"
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
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" DROP CONSTRAINT "LiteLLM_SpendLogs_pkey"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ADD CONSTRAINT "LiteLLM_SpendLogs_legacy_pkey" PRIMARY KEY USING INDEX "LiteLLM_SpendLogs_partition_pkey"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" RENAME TO "LiteLLM_SpendLogs_legacy"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs" (LIKE "public"."LiteLLM_SpendLogs_legacy" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION INCLUDING STATISTICS) PARTITION BY RANGE ("startTime")$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" DROP CONSTRAINT "LiteLLM_SpendLogs_partition_bound"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ADD CONSTRAINT "LiteLLM_SpendLogs_pkey" PRIMARY KEY (request_id, "startTime")$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ATTACH PARTITION "public"."LiteLLM_SpendLogs_legacy" FOR VALUES FROM (MINVALUE) TO ('2026-11-23 00:00:00')$pkit$;
      EXECUTE $pkit$COMMENT ON CONSTRAINT "LiteLLM_SpendLogs_pkey" ON "public"."LiteLLM_SpendLogs" IS 'partitionkit: primary key was ("request_id") before the partition key was added'$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261123" PARTITION OF "public"."LiteLLM_SpendLogs" FOR VALUES FROM ('2026-11-23 00:00:00') TO ('2026-11-24 00:00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261123" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261124" PARTITION OF "public"."LiteLLM_SpendLogs" FOR VALUES FROM ('2026-11-24 00:00:00') TO ('2026-11-25 00:00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261124" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261125" PARTITION OF "public"."LiteLLM_SpendLogs" FOR VALUES FROM ('2026-11-25 00:00:00') TO ('2026-11-26 00:00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261125" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261126" PARTITION OF "public"."LiteLLM_SpendLogs" FOR VALUES FROM ('2026-11-26 00:00:00') TO ('2026-11-27 00:00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261126" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261127" PARTITION OF "public"."LiteLLM_SpendLogs" FOR VALUES FROM ('2026-11-27 00:00:00') TO ('2026-11-28 00:00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261127" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261128" PARTITION OF "public"."LiteLLM_SpendLogs" FOR VALUES FROM ('2026-11-28 00:00:00') TO ('2026-11-29 00:00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261128" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_default" PARTITION OF "public"."LiteLLM_SpendLogs" DEFAULT$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_default" OWNER TO "postgres"$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: switch "public"."LiteLLM_SpendLogs" to a range-partitioned table, keeping the old table as "public"."LiteLLM_SpendLogs_legacy"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: switch "public"."LiteLLM_SpendLogs" to a range-partitioned table, keeping the old table as "public"."LiteLLM_SpendLogs_legacy"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: collect planner statistics for the partitioned table "public"."LiteLLM_SpendLogs"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ANALYZE "public"."LiteLLM_SpendLogs"$pkit$;
END
$pkit1$;
