-- partitionkit: take the maintenance lock of "public"."counters" (another run holding it means this one skips the table)
SELECT pg_catalog.pg_try_advisory_lock(<key>);

-- partitionkit: drop expired partition "public"."counters_0"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$DROP TABLE "public"."counters_0"$pkit$;
      RAISE NOTICE 'partitionkit: % expired partition % (%)', 'dropped', '"public"."counters_0"', 'FOR VALUES FROM (''0'') TO (''1000'')';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: drop expired partition "public"."counters_0"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: drop expired partition "public"."counters_0"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: drop expired partition "public"."counters_1000"
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$DROP TABLE "public"."counters_1000"$pkit$;
      RAISE NOTICE 'partitionkit: % expired partition % (%)', 'dropped', '"public"."counters_1000"', 'FOR VALUES FROM (''1000'') TO (''2000'')';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: drop expired partition "public"."counters_1000"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: drop expired partition "public"."counters_1000"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create partition "public"."counters_p3000" FOR VALUES FROM (3000) TO (4000)
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
      EXECUTE $pkit$CREATE TABLE "public"."counters_p3000" (LIKE "public"."counters" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."counters_p3000" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$LOCK TABLE ONLY "public"."counters" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$LOCK TABLE "public"."counters_default" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."counters_p3000" ("id", "at") SELECT "id", "at" FROM ONLY "public"."counters_default" WHERE "id" >= 3000 AND "id" < 4000$pkit$;
      GET DIAGNOSTICS pkit_moved = ROW_COUNT;
      IF pkit_moved > 0 THEN
        EXECUTE $pkit$DELETE FROM ONLY "public"."counters_default" WHERE "id" >= 3000 AND "id" < 4000$pkit$;
        RAISE NOTICE 'partitionkit: moved % rows from % into %', pkit_moved, '"public"."counters_default"', '"public"."counters_p3000"';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."counters" ATTACH PARTITION "public"."counters_p3000" FOR VALUES FROM (3000) TO (4000)$pkit$;
      RAISE NOTICE 'partitionkit: created partition % %', '"public"."counters_p3000"', 'FOR VALUES FROM (3000) TO (4000)';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create partition "public"."counters_p3000" FOR VALUES FROM (3000) TO (4000)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create partition "public"."counters_p3000" FOR VALUES FROM (3000) TO (4000)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create partition "public"."counters_p4000" FOR VALUES FROM (4000) TO (5000)
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
      EXECUTE $pkit$CREATE TABLE "public"."counters_p4000" (LIKE "public"."counters" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."counters_p4000" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$LOCK TABLE ONLY "public"."counters" IN SHARE UPDATE EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$LOCK TABLE "public"."counters_default" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."counters_p4000" ("id", "at") SELECT "id", "at" FROM ONLY "public"."counters_default" WHERE "id" >= 4000 AND "id" < 5000$pkit$;
      GET DIAGNOSTICS pkit_moved = ROW_COUNT;
      IF pkit_moved > 0 THEN
        EXECUTE $pkit$DELETE FROM ONLY "public"."counters_default" WHERE "id" >= 4000 AND "id" < 5000$pkit$;
        RAISE NOTICE 'partitionkit: moved % rows from % into %', pkit_moved, '"public"."counters_default"', '"public"."counters_p4000"';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."counters" ATTACH PARTITION "public"."counters_p4000" FOR VALUES FROM (4000) TO (5000)$pkit$;
      RAISE NOTICE 'partitionkit: created partition % %', '"public"."counters_p4000"', 'FOR VALUES FROM (4000) TO (5000)';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create partition "public"."counters_p4000" FOR VALUES FROM (4000) TO (5000)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create partition "public"."counters_p4000" FOR VALUES FROM (4000) TO (5000)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create partition "public"."counters_p5000" FOR VALUES FROM (5000) TO (6000)
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
      EXECUTE $pkit$CREATE TABLE "public"."counters_p5000" (LIKE "public"."counters" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."counters_p5000" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$LOCK TABLE ONLY "public"."counters" IN SHARE UPDATE EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$LOCK TABLE "public"."counters_default" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."counters_p5000" ("id", "at") SELECT "id", "at" FROM ONLY "public"."counters_default" WHERE "id" >= 5000 AND "id" < 6000$pkit$;
      GET DIAGNOSTICS pkit_moved = ROW_COUNT;
      IF pkit_moved > 0 THEN
        EXECUTE $pkit$DELETE FROM ONLY "public"."counters_default" WHERE "id" >= 5000 AND "id" < 6000$pkit$;
        RAISE NOTICE 'partitionkit: moved % rows from % into %', pkit_moved, '"public"."counters_default"', '"public"."counters_p5000"';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."counters" ATTACH PARTITION "public"."counters_p5000" FOR VALUES FROM (5000) TO (6000)$pkit$;
      RAISE NOTICE 'partitionkit: created partition % %', '"public"."counters_p5000"', 'FOR VALUES FROM (5000) TO (6000)';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create partition "public"."counters_p5000" FOR VALUES FROM (5000) TO (6000)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create partition "public"."counters_p5000" FOR VALUES FROM (5000) TO (6000)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: delete rows older than 2001 from "public"."counters_default", "public"."counters_2000" in batches of 10000, for at most 300000 ms
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
    DELETE FROM ONLY "public"."counters_default" WHERE ctid = ANY (ARRAY(SELECT ctid FROM ONLY "public"."counters_default" WHERE "id" < 2001 LIMIT 10000));
    GET DIAGNOSTICS pkit_batch = ROW_COUNT;
    pkit_deleted := pkit_deleted + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    EXIT WHEN pkit_batch < 10000;
  END LOOP;
  SELECT count(*) INTO pkit_remaining FROM (SELECT 1 FROM ONLY "public"."counters_default" WHERE "id" < 2001 LIMIT 1000000) r;
  RAISE NOTICE 'partitionkit: deleted % expired rows from %; % remain%', pkit_deleted, '"public"."counters_default"', pkit_remaining, CASE WHEN pkit_remaining > 0 THEN ' (the time budget ran out; the next run continues)' ELSE '' END;
  pkit_deleted := 0;
  LOOP
    EXIT WHEN clock_timestamp() > pkit_deadline;
    DELETE FROM ONLY "public"."counters_2000" WHERE ctid = ANY (ARRAY(SELECT ctid FROM ONLY "public"."counters_2000" WHERE "id" < 2001 LIMIT 10000));
    GET DIAGNOSTICS pkit_batch = ROW_COUNT;
    pkit_deleted := pkit_deleted + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    EXIT WHEN pkit_batch < 10000;
  END LOOP;
  SELECT count(*) INTO pkit_remaining FROM (SELECT 1 FROM ONLY "public"."counters_2000" WHERE "id" < 2001 LIMIT 1000000) r;
  RAISE NOTICE 'partitionkit: deleted % expired rows from %; % remain%', pkit_deleted, '"public"."counters_2000"', pkit_remaining, CASE WHEN pkit_remaining > 0 THEN ' (the time budget ran out; the next run continues)' ELSE '' END;
END
$pkit$;

-- partitionkit: record the successful maintenance of "public"."counters" in its comment (partitionkit: last successful maintenance 2026-11-21T12:00:00Z)
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
      pkit_comment := pg_catalog.regexp_replace(COALESCE(pg_catalog.obj_description('"public"."counters"'::regclass, 'pg_class'), ''), E'(^|\\n)partitionkit: last successful maintenance [^\\n]*', '', 'g');
      EXECUTE pg_catalog.format('COMMENT ON TABLE %s IS %L', '"public"."counters"', CASE WHEN pkit_comment = '' THEN 'partitionkit: last successful maintenance 2026-11-21T12:00:00Z' ELSE pkit_comment || pg_catalog.chr(10) || 'partitionkit: last successful maintenance 2026-11-21T12:00:00Z' END);
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: record the successful maintenance of "public"."counters" in its comment (partitionkit: last successful maintenance 2026-11-21T12:00:00Z)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: record the successful maintenance of "public"."counters" in its comment (partitionkit: last successful maintenance 2026-11-21T12:00:00Z)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit$;

-- partitionkit: release the maintenance lock of "public"."counters"
SELECT pg_catalog.pg_advisory_unlock(<key>);

-- partitionkit: take the maintenance lock of "public"."visits" (another run holding it means this one skips the table)
SELECT pg_catalog.pg_try_advisory_lock(<key>);

-- partitionkit: archive expired partition "public"."visits_20261102" into schema attic
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "public"."visits" DETACH PARTITION "public"."visits_20261102"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."visits_20261102" SET SCHEMA "attic"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "attic"."visits_20261102" IS 'partitionkit: archived partition of "public"."visits" FOR VALUES FROM (''2026-11-02'') TO (''2026-11-09'')'$pkit$;
      RAISE NOTICE 'partitionkit: % expired partition % (%)', 'archived', '"public"."visits_20261102"', 'FOR VALUES FROM (''2026-11-02'') TO (''2026-11-09'')';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: archive expired partition "public"."visits_20261102" into schema attic', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: archive expired partition "public"."visits_20261102" into schema attic', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create partition "public"."visits_p20261123" FOR VALUES FROM ('2026-11-23') TO ('2026-11-30')
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
      EXECUTE $pkit$CREATE TABLE "public"."visits_p20261123" (LIKE "public"."visits" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."visits_p20261123" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$LOCK TABLE ONLY "public"."visits" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$LOCK TABLE "public"."visits_default" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."visits_p20261123" ("id", "at") SELECT "id", "at" FROM ONLY "public"."visits_default" WHERE "at" >= '2026-11-23' AND "at" < '2026-11-30'$pkit$;
      GET DIAGNOSTICS pkit_moved = ROW_COUNT;
      IF pkit_moved > 0 THEN
        EXECUTE $pkit$DELETE FROM ONLY "public"."visits_default" WHERE "at" >= '2026-11-23' AND "at" < '2026-11-30'$pkit$;
        RAISE NOTICE 'partitionkit: moved % rows from % into %', pkit_moved, '"public"."visits_default"', '"public"."visits_p20261123"';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."visits" ATTACH PARTITION "public"."visits_p20261123" FOR VALUES FROM ('2026-11-23') TO ('2026-11-30')$pkit$;
      RAISE NOTICE 'partitionkit: created partition % %', '"public"."visits_p20261123"', 'FOR VALUES FROM (''2026-11-23'') TO (''2026-11-30'')';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create partition "public"."visits_p20261123" FOR VALUES FROM (''2026-11-23'') TO (''2026-11-30'')', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create partition "public"."visits_p20261123" FOR VALUES FROM (''2026-11-23'') TO (''2026-11-30'')', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create partition "public"."visits_p20261130" FOR VALUES FROM ('2026-11-30') TO ('2026-12-07')
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
      EXECUTE $pkit$CREATE TABLE "public"."visits_p20261130" (LIKE "public"."visits" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."visits_p20261130" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$LOCK TABLE ONLY "public"."visits" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$LOCK TABLE "public"."visits_default" IN SHARE ROW EXCLUSIVE MODE$pkit$;
      EXECUTE $pkit$INSERT INTO "public"."visits_p20261130" ("id", "at") SELECT "id", "at" FROM ONLY "public"."visits_default" WHERE "at" >= '2026-11-30' AND "at" < '2026-12-07'$pkit$;
      GET DIAGNOSTICS pkit_moved = ROW_COUNT;
      IF pkit_moved > 0 THEN
        EXECUTE $pkit$DELETE FROM ONLY "public"."visits_default" WHERE "at" >= '2026-11-30' AND "at" < '2026-12-07'$pkit$;
        RAISE NOTICE 'partitionkit: moved % rows from % into %', pkit_moved, '"public"."visits_default"', '"public"."visits_p20261130"';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."visits" ATTACH PARTITION "public"."visits_p20261130" FOR VALUES FROM ('2026-11-30') TO ('2026-12-07')$pkit$;
      RAISE NOTICE 'partitionkit: created partition % %', '"public"."visits_p20261130"', 'FOR VALUES FROM (''2026-11-30'') TO (''2026-12-07'')';
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: create partition "public"."visits_p20261130" FOR VALUES FROM (''2026-11-30'') TO (''2026-12-07'')', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: create partition "public"."visits_p20261130" FOR VALUES FROM (''2026-11-30'') TO (''2026-12-07'')', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: delete rows older than '2026-11-11' from "public"."visits_default", "public"."visits_20261109" in batches of 100, for at most 300000 ms
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
    DELETE FROM ONLY "public"."visits_default" WHERE ctid = ANY (ARRAY(SELECT ctid FROM ONLY "public"."visits_default" WHERE "at" < '2026-11-11' LIMIT 100));
    GET DIAGNOSTICS pkit_batch = ROW_COUNT;
    pkit_deleted := pkit_deleted + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    EXIT WHEN pkit_batch < 100;
  END LOOP;
  SELECT count(*) INTO pkit_remaining FROM (SELECT 1 FROM ONLY "public"."visits_default" WHERE "at" < '2026-11-11' LIMIT 1000000) r;
  RAISE NOTICE 'partitionkit: deleted % expired rows from %; % remain%', pkit_deleted, '"public"."visits_default"', pkit_remaining, CASE WHEN pkit_remaining > 0 THEN ' (the time budget ran out; the next run continues)' ELSE '' END;
  pkit_deleted := 0;
  LOOP
    EXIT WHEN clock_timestamp() > pkit_deadline;
    DELETE FROM ONLY "public"."visits_20261109" WHERE ctid = ANY (ARRAY(SELECT ctid FROM ONLY "public"."visits_20261109" WHERE "at" < '2026-11-11' LIMIT 100));
    GET DIAGNOSTICS pkit_batch = ROW_COUNT;
    pkit_deleted := pkit_deleted + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    EXIT WHEN pkit_batch < 100;
  END LOOP;
  SELECT count(*) INTO pkit_remaining FROM (SELECT 1 FROM ONLY "public"."visits_20261109" WHERE "at" < '2026-11-11' LIMIT 1000000) r;
  RAISE NOTICE 'partitionkit: deleted % expired rows from %; % remain%', pkit_deleted, '"public"."visits_20261109"', pkit_remaining, CASE WHEN pkit_remaining > 0 THEN ' (the time budget ran out; the next run continues)' ELSE '' END;
END
$pkit$;

-- partitionkit: record the successful maintenance of "public"."visits" in its comment (partitionkit: last successful maintenance 2026-11-21T12:00:00Z)
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
      pkit_comment := pg_catalog.regexp_replace(COALESCE(pg_catalog.obj_description('"public"."visits"'::regclass, 'pg_class'), ''), E'(^|\\n)partitionkit: last successful maintenance [^\\n]*', '', 'g');
      EXECUTE pg_catalog.format('COMMENT ON TABLE %s IS %L', '"public"."visits"', CASE WHEN pkit_comment = '' THEN 'partitionkit: last successful maintenance 2026-11-21T12:00:00Z' ELSE pkit_comment || pg_catalog.chr(10) || 'partitionkit: last successful maintenance 2026-11-21T12:00:00Z' END);
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: record the successful maintenance of "public"."visits" in its comment (partitionkit: last successful maintenance 2026-11-21T12:00:00Z)', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: record the successful maintenance of "public"."visits" in its comment (partitionkit: last successful maintenance 2026-11-21T12:00:00Z)', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit$;

-- partitionkit: release the maintenance lock of "public"."visits"
SELECT pg_catalog.pg_advisory_unlock(<key>);
