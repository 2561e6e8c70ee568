-- partitionkit: take the maintenance lock of "public"."LiteLLM_SpendLogs" (another run holding it means this one skips the table)
SELECT pg_catalog.pg_try_advisory_lock(<key>);

-- partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261129" FOR VALUES FROM ('2026-11-29 00:00:00') TO ('2026-11-30 00:00:00')
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_moved pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261129" (LIKE "public"."LiteLLM_SpendLogs" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261129" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$LOCK TABLE ONLY "public"."LiteLLM_SpendLogs" IN SHARE UPDATE EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs_default" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_p20261129" ("request_id", "startTime", "spend") SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-11-29 00:00:00' AND "startTime" < '2026-11-30 00:00:00'$pkit$;
      GET DIAGNOSTICS pkit_moved = ROW_COUNT;
      IF pkit_moved > 0 THEN
        EXECUTE $pkit$DELETE FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-11-29 00:00:00' AND "startTime" < '2026-11-30 00:00:00'$pkit$;
        RAISE NOTICE 'partitionkit: moved % rows from % into %', pkit_moved, '"public"."LiteLLM_SpendLogs_default"', '"public"."LiteLLM_SpendLogs_p20261129"';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ATTACH PARTITION "public"."LiteLLM_SpendLogs_p20261129" FOR VALUES FROM ('2026-11-29 00:00:00') TO ('2026-11-30 00:00:00')$pkit$;
      RAISE NOTICE 'partitionkit: created partition % %', '"public"."LiteLLM_SpendLogs_p20261129"', 'FOR VALUES FROM (''2026-11-29 00:00:00'') TO (''2026-11-30 00:00:00'')';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261129" FOR VALUES FROM (''2026-11-29 00:00:00'') TO (''2026-11-30 00:00:00'')', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261129" FOR VALUES FROM (''2026-11-29 00:00:00'') TO (''2026-11-30 00:00:00'')', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261130" FOR VALUES FROM ('2026-11-30 00:00:00') TO ('2026-12-01 00:00:00')
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_moved pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261130" (LIKE "public"."LiteLLM_SpendLogs" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261130" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$LOCK TABLE ONLY "public"."LiteLLM_SpendLogs" IN SHARE UPDATE EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs_default" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_p20261130" ("request_id", "startTime", "spend") SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-11-30 00:00:00' AND "startTime" < '2026-12-01 00:00:00'$pkit$;
      GET DIAGNOSTICS pkit_moved = ROW_COUNT;
      IF pkit_moved > 0 THEN
        EXECUTE $pkit$DELETE FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-11-30 00:00:00' AND "startTime" < '2026-12-01 00:00:00'$pkit$;
        RAISE NOTICE 'partitionkit: moved % rows from % into %', pkit_moved, '"public"."LiteLLM_SpendLogs_default"', '"public"."LiteLLM_SpendLogs_p20261130"';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ATTACH PARTITION "public"."LiteLLM_SpendLogs_p20261130" FOR VALUES FROM ('2026-11-30 00:00:00') TO ('2026-12-01 00:00:00')$pkit$;
      RAISE NOTICE 'partitionkit: created partition % %', '"public"."LiteLLM_SpendLogs_p20261130"', 'FOR VALUES FROM (''2026-11-30 00:00:00'') TO (''2026-12-01 00:00:00'')';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261130" FOR VALUES FROM (''2026-11-30 00:00:00'') TO (''2026-12-01 00:00:00'')', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261130" FOR VALUES FROM (''2026-11-30 00:00:00'') TO (''2026-12-01 00:00:00'')', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261201" FOR VALUES FROM ('2026-12-01 00:00:00') TO ('2026-12-02 00:00:00')
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_moved pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261201" (LIKE "public"."LiteLLM_SpendLogs" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261201" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$LOCK TABLE ONLY "public"."LiteLLM_SpendLogs" IN SHARE UPDATE EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs_default" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_p20261201" ("request_id", "startTime", "spend") SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-01 00:00:00' AND "startTime" < '2026-12-02 00:00:00'$pkit$;
      GET DIAGNOSTICS pkit_moved = ROW_COUNT;
      IF pkit_moved > 0 THEN
        EXECUTE $pkit$DELETE FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-01 00:00:00' AND "startTime" < '2026-12-02 00:00:00'$pkit$;
        RAISE NOTICE 'partitionkit: moved % rows from % into %', pkit_moved, '"public"."LiteLLM_SpendLogs_default"', '"public"."LiteLLM_SpendLogs_p20261201"';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ATTACH PARTITION "public"."LiteLLM_SpendLogs_p20261201" FOR VALUES FROM ('2026-12-01 00:00:00') TO ('2026-12-02 00:00:00')$pkit$;
      RAISE NOTICE 'partitionkit: created partition % %', '"public"."LiteLLM_SpendLogs_p20261201"', 'FOR VALUES FROM (''2026-12-01 00:00:00'') TO (''2026-12-02 00:00:00'')';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261201" FOR VALUES FROM (''2026-12-01 00:00:00'') TO (''2026-12-02 00:00:00'')', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261201" FOR VALUES FROM (''2026-12-01 00:00:00'') TO (''2026-12-02 00:00:00'')', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261202" FOR VALUES FROM ('2026-12-02 00:00:00') TO ('2026-12-03 00:00:00')
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_moved pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261202" (LIKE "public"."LiteLLM_SpendLogs" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261202" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$LOCK TABLE ONLY "public"."LiteLLM_SpendLogs" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs_default" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_p20261202" ("request_id", "startTime", "spend") SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-02 00:00:00' AND "startTime" < '2026-12-03 00:00:00'$pkit$;
      GET DIAGNOSTICS pkit_moved = ROW_COUNT;
      IF pkit_moved > 0 THEN
        EXECUTE $pkit$DELETE FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-02 00:00:00' AND "startTime" < '2026-12-03 00:00:00'$pkit$;
        RAISE NOTICE 'partitionkit: moved % rows from % into %', pkit_moved, '"public"."LiteLLM_SpendLogs_default"', '"public"."LiteLLM_SpendLogs_p20261202"';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ATTACH PARTITION "public"."LiteLLM_SpendLogs_p20261202" FOR VALUES FROM ('2026-12-02 00:00:00') TO ('2026-12-03 00:00:00')$pkit$;
      RAISE NOTICE 'partitionkit: created partition % %', '"public"."LiteLLM_SpendLogs_p20261202"', 'FOR VALUES FROM (''2026-12-02 00:00:00'') TO (''2026-12-03 00:00:00'')';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261202" FOR VALUES FROM (''2026-12-02 00:00:00'') TO (''2026-12-03 00:00:00'')', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261202" FOR VALUES FROM (''2026-12-02 00:00:00'') TO (''2026-12-03 00:00:00'')', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261203" FOR VALUES FROM ('2026-12-03 00:00:00') TO ('2026-12-04 00:00:00')
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_moved pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261203" (LIKE "public"."LiteLLM_SpendLogs" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261203" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$LOCK TABLE ONLY "public"."LiteLLM_SpendLogs" IN SHARE UPDATE EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs_default" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_p20261203" ("request_id", "startTime", "spend") SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-03 00:00:00' AND "startTime" < '2026-12-04 00:00:00'$pkit$;
      GET DIAGNOSTICS pkit_moved = ROW_COUNT;
      IF pkit_moved > 0 THEN
        EXECUTE $pkit$DELETE FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-03 00:00:00' AND "startTime" < '2026-12-04 00:00:00'$pkit$;
        RAISE NOTICE 'partitionkit: moved % rows from % into %', pkit_moved, '"public"."LiteLLM_SpendLogs_default"', '"public"."LiteLLM_SpendLogs_p20261203"';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ATTACH PARTITION "public"."LiteLLM_SpendLogs_p20261203" FOR VALUES FROM ('2026-12-03 00:00:00') TO ('2026-12-04 00:00:00')$pkit$;
      RAISE NOTICE 'partitionkit: created partition % %', '"public"."LiteLLM_SpendLogs_p20261203"', 'FOR VALUES FROM (''2026-12-03 00:00:00'') TO (''2026-12-04 00:00:00'')';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261203" FOR VALUES FROM (''2026-12-03 00:00:00'') TO (''2026-12-04 00:00:00'')', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261203" FOR VALUES FROM (''2026-12-03 00:00:00'') TO (''2026-12-04 00:00:00'')', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261204" FOR VALUES FROM ('2026-12-04 00:00:00') TO ('2026-12-05 00:00:00')
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_moved pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261204" (LIKE "public"."LiteLLM_SpendLogs" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261204" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$LOCK TABLE ONLY "public"."LiteLLM_SpendLogs" IN SHARE UPDATE EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs_default" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_p20261204" ("request_id", "startTime", "spend") SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-04 00:00:00' AND "startTime" < '2026-12-05 00:00:00'$pkit$;
      GET DIAGNOSTICS pkit_moved = ROW_COUNT;
      IF pkit_moved > 0 THEN
        EXECUTE $pkit$DELETE FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-04 00:00:00' AND "startTime" < '2026-12-05 00:00:00'$pkit$;
        RAISE NOTICE 'partitionkit: moved % rows from % into %', pkit_moved, '"public"."LiteLLM_SpendLogs_default"', '"public"."LiteLLM_SpendLogs_p20261204"';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ATTACH PARTITION "public"."LiteLLM_SpendLogs_p20261204" FOR VALUES FROM ('2026-12-04 00:00:00') TO ('2026-12-05 00:00:00')$pkit$;
      RAISE NOTICE 'partitionkit: created partition % %', '"public"."LiteLLM_SpendLogs_p20261204"', 'FOR VALUES FROM (''2026-12-04 00:00:00'') TO (''2026-12-05 00:00:00'')';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261204" FOR VALUES FROM (''2026-12-04 00:00:00'') TO (''2026-12-05 00:00:00'')', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261204" FOR VALUES FROM (''2026-12-04 00:00:00'') TO (''2026-12-05 00:00:00'')', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261205" FOR VALUES FROM ('2026-12-05 00:00:00') TO ('2026-12-06 00:00:00')
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_moved pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261205" (LIKE "public"."LiteLLM_SpendLogs" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261205" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$LOCK TABLE ONLY "public"."LiteLLM_SpendLogs" IN SHARE UPDATE EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs_default" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_p20261205" ("request_id", "startTime", "spend") SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-05 00:00:00' AND "startTime" < '2026-12-06 00:00:00'$pkit$;
      GET DIAGNOSTICS pkit_moved = ROW_COUNT;
      IF pkit_moved > 0 THEN
        EXECUTE $pkit$DELETE FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-05 00:00:00' AND "startTime" < '2026-12-06 00:00:00'$pkit$;
        RAISE NOTICE 'partitionkit: moved % rows from % into %', pkit_moved, '"public"."LiteLLM_SpendLogs_default"', '"public"."LiteLLM_SpendLogs_p20261205"';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ATTACH PARTITION "public"."LiteLLM_SpendLogs_p20261205" FOR VALUES FROM ('2026-12-05 00:00:00') TO ('2026-12-06 00:00:00')$pkit$;
      RAISE NOTICE 'partitionkit: created partition % %', '"public"."LiteLLM_SpendLogs_p20261205"', 'FOR VALUES FROM (''2026-12-05 00:00:00'') TO (''2026-12-06 00:00:00'')';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261205" FOR VALUES FROM (''2026-12-05 00:00:00'') TO (''2026-12-06 00:00:00'')', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261205" FOR VALUES FROM (''2026-12-05 00:00:00'') TO (''2026-12-06 00:00:00'')', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261206" FOR VALUES FROM ('2026-12-06 00:00:00') TO ('2026-12-07 00:00:00')
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_moved pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261206" (LIKE "public"."LiteLLM_SpendLogs" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261206" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$LOCK TABLE ONLY "public"."LiteLLM_SpendLogs" IN SHARE UPDATE EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs_default" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_p20261206" ("request_id", "startTime", "spend") SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-06 00:00:00' AND "startTime" < '2026-12-07 00:00:00'$pkit$;
      GET DIAGNOSTICS pkit_moved = ROW_COUNT;
      IF pkit_moved > 0 THEN
        EXECUTE $pkit$DELETE FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-06 00:00:00' AND "startTime" < '2026-12-07 00:00:00'$pkit$;
        RAISE NOTICE 'partitionkit: moved % rows from % into %', pkit_moved, '"public"."LiteLLM_SpendLogs_default"', '"public"."LiteLLM_SpendLogs_p20261206"';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ATTACH PARTITION "public"."LiteLLM_SpendLogs_p20261206" FOR VALUES FROM ('2026-12-06 00:00:00') TO ('2026-12-07 00:00:00')$pkit$;
      RAISE NOTICE 'partitionkit: created partition % %', '"public"."LiteLLM_SpendLogs_p20261206"', 'FOR VALUES FROM (''2026-12-06 00:00:00'') TO (''2026-12-07 00:00:00'')';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261206" FOR VALUES FROM (''2026-12-06 00:00:00'') TO (''2026-12-07 00:00:00'')', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261206" FOR VALUES FROM (''2026-12-06 00:00:00'') TO (''2026-12-07 00:00:00'')', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261207" FOR VALUES FROM ('2026-12-07 00:00:00') TO ('2026-12-08 00:00:00')
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_moved pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261207" (LIKE "public"."LiteLLM_SpendLogs" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261207" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$LOCK TABLE ONLY "public"."LiteLLM_SpendLogs" IN SHARE UPDATE EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs_default" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_p20261207" ("request_id", "startTime", "spend") SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-07 00:00:00' AND "startTime" < '2026-12-08 00:00:00'$pkit$;
      GET DIAGNOSTICS pkit_moved = ROW_COUNT;
      IF pkit_moved > 0 THEN
        EXECUTE $pkit$DELETE FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-07 00:00:00' AND "startTime" < '2026-12-08 00:00:00'$pkit$;
        RAISE NOTICE 'partitionkit: moved % rows from % into %', pkit_moved, '"public"."LiteLLM_SpendLogs_default"', '"public"."LiteLLM_SpendLogs_p20261207"';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ATTACH PARTITION "public"."LiteLLM_SpendLogs_p20261207" FOR VALUES FROM ('2026-12-07 00:00:00') TO ('2026-12-08 00:00:00')$pkit$;
      RAISE NOTICE 'partitionkit: created partition % %', '"public"."LiteLLM_SpendLogs_p20261207"', 'FOR VALUES FROM (''2026-12-07 00:00:00'') TO (''2026-12-08 00:00:00'')';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261207" FOR VALUES FROM (''2026-12-07 00:00:00'') TO (''2026-12-08 00:00:00'')', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261207" FOR VALUES FROM (''2026-12-07 00:00:00'') TO (''2026-12-08 00:00:00'')', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261208" FOR VALUES FROM ('2026-12-08 00:00:00') TO ('2026-12-09 00:00:00')
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_moved pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261208" (LIKE "public"."LiteLLM_SpendLogs" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261208" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$LOCK TABLE ONLY "public"."LiteLLM_SpendLogs" IN SHARE UPDATE EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs_default" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_p20261208" ("request_id", "startTime", "spend") SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-08 00:00:00' AND "startTime" < '2026-12-09 00:00:00'$pkit$;
      GET DIAGNOSTICS pkit_moved = ROW_COUNT;
      IF pkit_moved > 0 THEN
        EXECUTE $pkit$DELETE FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-08 00:00:00' AND "startTime" < '2026-12-09 00:00:00'$pkit$;
        RAISE NOTICE 'partitionkit: moved % rows from % into %', pkit_moved, '"public"."LiteLLM_SpendLogs_default"', '"public"."LiteLLM_SpendLogs_p20261208"';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ATTACH PARTITION "public"."LiteLLM_SpendLogs_p20261208" FOR VALUES FROM ('2026-12-08 00:00:00') TO ('2026-12-09 00:00:00')$pkit$;
      RAISE NOTICE 'partitionkit: created partition % %', '"public"."LiteLLM_SpendLogs_p20261208"', 'FOR VALUES FROM (''2026-12-08 00:00:00'') TO (''2026-12-09 00:00:00'')';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261208" FOR VALUES FROM (''2026-12-08 00:00:00'') TO (''2026-12-09 00:00:00'')', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261208" FOR VALUES FROM (''2026-12-08 00:00:00'') TO (''2026-12-09 00:00:00'')', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261209" FOR VALUES FROM ('2026-12-09 00:00:00') TO ('2026-12-10 00:00:00')
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_moved pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261209" (LIKE "public"."LiteLLM_SpendLogs" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261209" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$LOCK TABLE ONLY "public"."LiteLLM_SpendLogs" IN SHARE UPDATE EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs_default" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_p20261209" ("request_id", "startTime", "spend") SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-09 00:00:00' AND "startTime" < '2026-12-10 00:00:00'$pkit$;
      GET DIAGNOSTICS pkit_moved = ROW_COUNT;
      IF pkit_moved > 0 THEN
        EXECUTE $pkit$DELETE FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-09 00:00:00' AND "startTime" < '2026-12-10 00:00:00'$pkit$;
        RAISE NOTICE 'partitionkit: moved % rows from % into %', pkit_moved, '"public"."LiteLLM_SpendLogs_default"', '"public"."LiteLLM_SpendLogs_p20261209"';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ATTACH PARTITION "public"."LiteLLM_SpendLogs_p20261209" FOR VALUES FROM ('2026-12-09 00:00:00') TO ('2026-12-10 00:00:00')$pkit$;
      RAISE NOTICE 'partitionkit: created partition % %', '"public"."LiteLLM_SpendLogs_p20261209"', 'FOR VALUES FROM (''2026-12-09 00:00:00'') TO (''2026-12-10 00:00:00'')';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261209" FOR VALUES FROM (''2026-12-09 00:00:00'') TO (''2026-12-10 00:00:00'')', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261209" FOR VALUES FROM (''2026-12-09 00:00:00'') TO (''2026-12-10 00:00:00'')', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261210" FOR VALUES FROM ('2026-12-10 00:00:00') TO ('2026-12-11 00:00:00')
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_moved pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TABLE "public"."LiteLLM_SpendLogs_p20261210" (LIKE "public"."LiteLLM_SpendLogs" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_p20261210" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$LOCK TABLE ONLY "public"."LiteLLM_SpendLogs" IN SHARE UPDATE EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs_default" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_p20261210" ("request_id", "startTime", "spend") SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-10 00:00:00' AND "startTime" < '2026-12-11 00:00:00'$pkit$;
      GET DIAGNOSTICS pkit_moved = ROW_COUNT;
      IF pkit_moved > 0 THEN
        EXECUTE $pkit$DELETE FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" >= '2026-12-10 00:00:00' AND "startTime" < '2026-12-11 00:00:00'$pkit$;
        RAISE NOTICE 'partitionkit: moved % rows from % into %', pkit_moved, '"public"."LiteLLM_SpendLogs_default"', '"public"."LiteLLM_SpendLogs_p20261210"';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ATTACH PARTITION "public"."LiteLLM_SpendLogs_p20261210" FOR VALUES FROM ('2026-12-10 00:00:00') TO ('2026-12-11 00:00:00')$pkit$;
      RAISE NOTICE 'partitionkit: created partition % %', '"public"."LiteLLM_SpendLogs_p20261210"', 'FOR VALUES FROM (''2026-12-10 00:00:00'') TO (''2026-12-11 00:00:00'')';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261210" FOR VALUES FROM (''2026-12-10 00:00:00'') TO (''2026-12-11 00:00:00'')', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create partition "public"."LiteLLM_SpendLogs_p20261210" FOR VALUES FROM (''2026-12-10 00:00:00'') TO (''2026-12-11 00:00:00'')', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: delete rows older than '2026-11-03 12:00:00' from "public"."LiteLLM_SpendLogs_default", "public"."LiteLLM_SpendLogs_legacy" in batches of 10000, for at most 300000 ms
DO $pkit$
DECLARE
  pkit_deadline pg_catalog.timestamptz;
  pkit_batch pg_catalog.int8;
  pkit_deleted pg_catalog.int8;
  pkit_remaining pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  pkit_deadline := clock_timestamp() + interval '300000 milliseconds';
  pkit_deleted := 0;
  LOOP
    EXIT WHEN clock_timestamp() > pkit_deadline;
    DELETE FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE ctid = ANY (ARRAY(SELECT ctid FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" < '2026-11-03 12:00:00' LIMIT 10000));
    GET DIAGNOSTICS pkit_batch = ROW_COUNT;
    pkit_deleted := pkit_deleted + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    EXIT WHEN pkit_batch < 10000;
  END LOOP;
  SELECT count(*) INTO pkit_remaining FROM (SELECT 1 FROM ONLY "public"."LiteLLM_SpendLogs_default" WHERE "startTime" < '2026-11-03 12:00:00' LIMIT 1000000) r;
  RAISE NOTICE 'partitionkit: deleted % expired rows from %; % remain%', pkit_deleted, '"public"."LiteLLM_SpendLogs_default"', pkit_remaining, CASE WHEN pkit_remaining > 0 THEN ' (the time budget ran out; the next run continues)' ELSE '' END;
  pkit_deleted := 0;
  LOOP
    EXIT WHEN clock_timestamp() > pkit_deadline;
    DELETE FROM ONLY "public"."LiteLLM_SpendLogs_legacy" WHERE ctid = ANY (ARRAY(SELECT ctid FROM ONLY "public"."LiteLLM_SpendLogs_legacy" WHERE "startTime" < '2026-11-03 12:00:00' LIMIT 10000));
    GET DIAGNOSTICS pkit_batch = ROW_COUNT;
    pkit_deleted := pkit_deleted + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    EXIT WHEN pkit_batch < 10000;
  END LOOP;
  SELECT count(*) INTO pkit_remaining FROM (SELECT 1 FROM ONLY "public"."LiteLLM_SpendLogs_legacy" WHERE "startTime" < '2026-11-03 12:00:00' LIMIT 1000000) r;
  RAISE NOTICE 'partitionkit: deleted % expired rows from %; % remain%', pkit_deleted, '"public"."LiteLLM_SpendLogs_legacy"', pkit_remaining, CASE WHEN pkit_remaining > 0 THEN ' (the time budget ran out; the next run continues)' ELSE '' END;
END
$pkit$;

-- partitionkit: record the successful maintenance of "public"."LiteLLM_SpendLogs" in its comment (partitionkit: last successful maintenance 2026-12-03T12:00:00Z)
DO $pkit$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_comment pg_catalog.text;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      pkit_comment := pg_catalog.regexp_replace(COALESCE(pg_catalog.obj_description('"public"."LiteLLM_SpendLogs"'::regclass, 'pg_class'), ''), E'(^|\\n)partitionkit: last successful maintenance [^\\n]*', '', 'g');
      EXECUTE pg_catalog.format('COMMENT ON TABLE %s IS %L', '"public"."LiteLLM_SpendLogs"', CASE WHEN pkit_comment = '' THEN 'partitionkit: last successful maintenance 2026-12-03T12:00:00Z' ELSE pkit_comment || pg_catalog.chr(10) || 'partitionkit: last successful maintenance 2026-12-03T12:00:00Z' END);
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: record the successful maintenance of "public"."LiteLLM_SpendLogs" in its comment (partitionkit: last successful maintenance 2026-12-03T12:00:00Z)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: record the successful maintenance of "public"."LiteLLM_SpendLogs" in its comment (partitionkit: last successful maintenance 2026-12-03T12:00:00Z)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit$;

-- partitionkit: release the maintenance lock of "public"."LiteLLM_SpendLogs"
SELECT pg_catalog.pg_advisory_unlock(<key>);
