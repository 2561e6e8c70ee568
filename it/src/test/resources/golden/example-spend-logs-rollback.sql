-- partitionkit: revert "public"."LiteLLM_SpendLogs" to a plain table in place: its legacy partition "public"."LiteLLM_SpendLogs_legacy" (about 3000 rows) becomes the table again, and the rows of the 6 other partition(s) and DEFAULT (about 0 rows) move into it
DO $pkit$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
RAISE NOTICE 'partitionkit: %', 'revert "public"."LiteLLM_SpendLogs" to a plain table in place: its legacy partition "public"."LiteLLM_SpendLogs_legacy" (about 3000 rows) becomes the table again, and the rows of the 6 other partition(s) and DEFAULT (about 0 rows) move into it';
END
$pkit$;

-- partitionkit: make "public"."LiteLLM_SpendLogs_legacy" the DEFAULT partition of "public"."LiteLLM_SpendLogs" (proved by CHECK LiteLLM_SpendLogs_partition_bound, no scan), moving the rows of the old DEFAULT "public"."LiteLLM_SpendLogs_default" into it
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_disable_triggers pg_catalog.text;
  pkit_enable_triggers pg_catalog.text;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs" IN ACCESS EXCLUSIVE MODE$pkit$;
      PERFORM pg_catalog.pg_advisory_xact_lock(<key>);
      IF (SELECT pg_catalog.string_agg(a.attname::text, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = '"public"."LiteLLM_SpendLogs"'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') IS DISTINCT FROM 'request_id,startTime,spend' THEN
        RAISE EXCEPTION 'partitionkit: the columns of % changed since the revert was planned', '"public"."LiteLLM_SpendLogs"' USING HINT = 'Nothing was moved. Run the change again.';
      END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conrelid = '"public"."LiteLLM_SpendLogs_legacy"'::regclass AND k.conname = 'LiteLLM_SpendLogs_partition_bound' AND k.convalidated) THEN
        RAISE EXCEPTION 'partitionkit: the CHECK % on % is gone or not validated', 'LiteLLM_SpendLogs_partition_bound', '"public"."LiteLLM_SpendLogs_legacy"' USING HINT = 'Without it PostgreSQL would read the whole partition under lock. Run the change again.';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" DETACH PARTITION "public"."LiteLLM_SpendLogs_default"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" DETACH PARTITION "public"."LiteLLM_SpendLogs_legacy"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ATTACH PARTITION "public"."LiteLLM_SpendLogs_legacy" DEFAULT$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_legacy" DROP CONSTRAINT "LiteLLM_SpendLogs_partition_bound"$pkit$;
      SELECT pg_catalog.string_agg(pg_catalog.format('DISABLE TRIGGER %I', t.tgname), ', ' ORDER BY t.tgname),
             pg_catalog.string_agg(pg_catalog.format(CASE t.tgenabled WHEN 'A' THEN 'ENABLE ALWAYS TRIGGER %I' WHEN 'R' THEN 'ENABLE REPLICA TRIGGER %I' ELSE 'ENABLE TRIGGER %I' END, t.tgname), ', ' ORDER BY t.tgname)
        INTO pkit_disable_triggers, pkit_enable_triggers FROM pg_catalog.pg_trigger t
        WHERE t.tgrelid = '"public"."LiteLLM_SpendLogs_legacy"'::regclass AND NOT t.tgisinternal AND t.tgenabled <> 'D';
      IF pkit_disable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."LiteLLM_SpendLogs_legacy" ' || pkit_disable_triggers;
      END IF;
      BEGIN
        EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_legacy" ("request_id", "startTime", "spend") OVERRIDING SYSTEM VALUE SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_default"$pkit$;
      EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"public"."LiteLLM_SpendLogs"', 'request_id', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing of this step was applied, and every row is still in the table.';
      END;
      IF pkit_enable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."LiteLLM_SpendLogs_legacy" ' || pkit_enable_triggers;
      END IF;
      EXECUTE $pkit$DROP TABLE "public"."LiteLLM_SpendLogs_default"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."LiteLLM_SpendLogs_legacy" IS 'partitionkit: revertPartitioning is turning this partition back into the plain table "public"."LiteLLM_SpendLogs"; run the revert again to finish it'$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: make "public"."LiteLLM_SpendLogs_legacy" the DEFAULT partition of "public"."LiteLLM_SpendLogs" (proved by CHECK LiteLLM_SpendLogs_partition_bound, no scan), moving the rows of the old DEFAULT "public"."LiteLLM_SpendLogs_default" into it', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: make "public"."LiteLLM_SpendLogs_legacy" the DEFAULT partition of "public"."LiteLLM_SpendLogs" (proved by CHECK LiteLLM_SpendLogs_partition_bound, no scan), moving the rows of the old DEFAULT "public"."LiteLLM_SpendLogs_default" into it', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261123" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_disable_triggers pg_catalog.text;
  pkit_enable_triggers pg_catalog.text;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs" IN ACCESS EXCLUSIVE MODE$pkit$;
      PERFORM pg_catalog.pg_advisory_xact_lock(<key>);
      IF (SELECT pg_catalog.string_agg(a.attname::text, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = '"public"."LiteLLM_SpendLogs"'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') IS DISTINCT FROM 'request_id,startTime,spend' THEN
        RAISE EXCEPTION 'partitionkit: the columns of % changed since the revert was planned', '"public"."LiteLLM_SpendLogs"' USING HINT = 'Nothing was moved. Run the change again.';
      END IF;
      IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"public"."LiteLLM_SpendLogs"'::regclass AND i.inhrelid = pg_catalog.to_regclass('"public"."LiteLLM_SpendLogs_p20261123"')) THEN
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" DETACH PARTITION "public"."LiteLLM_SpendLogs_p20261123"$pkit$;
      SELECT pg_catalog.string_agg(pg_catalog.format('DISABLE TRIGGER %I', t.tgname), ', ' ORDER BY t.tgname),
             pg_catalog.string_agg(pg_catalog.format(CASE t.tgenabled WHEN 'A' THEN 'ENABLE ALWAYS TRIGGER %I' WHEN 'R' THEN 'ENABLE REPLICA TRIGGER %I' ELSE 'ENABLE TRIGGER %I' END, t.tgname), ', ' ORDER BY t.tgname)
        INTO pkit_disable_triggers, pkit_enable_triggers FROM pg_catalog.pg_trigger t
        WHERE t.tgrelid = '"public"."LiteLLM_SpendLogs_legacy"'::regclass AND NOT t.tgisinternal AND t.tgenabled <> 'D';
      IF pkit_disable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."LiteLLM_SpendLogs_legacy" ' || pkit_disable_triggers;
      END IF;
      BEGIN
        EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_legacy" ("request_id", "startTime", "spend") OVERRIDING SYSTEM VALUE SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_p20261123"$pkit$;
      EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"public"."LiteLLM_SpendLogs"', 'request_id', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing of this step was applied, and every row is still in the table.';
      END;
      IF pkit_enable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."LiteLLM_SpendLogs_legacy" ' || pkit_enable_triggers;
      END IF;
      EXECUTE $pkit$DROP TABLE "public"."LiteLLM_SpendLogs_p20261123"$pkit$;
      END IF;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261123" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261123" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261124" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_disable_triggers pg_catalog.text;
  pkit_enable_triggers pg_catalog.text;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs" IN ACCESS EXCLUSIVE MODE$pkit$;
      PERFORM pg_catalog.pg_advisory_xact_lock(<key>);
      IF (SELECT pg_catalog.string_agg(a.attname::text, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = '"public"."LiteLLM_SpendLogs"'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') IS DISTINCT FROM 'request_id,startTime,spend' THEN
        RAISE EXCEPTION 'partitionkit: the columns of % changed since the revert was planned', '"public"."LiteLLM_SpendLogs"' USING HINT = 'Nothing was moved. Run the change again.';
      END IF;
      IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"public"."LiteLLM_SpendLogs"'::regclass AND i.inhrelid = pg_catalog.to_regclass('"public"."LiteLLM_SpendLogs_p20261124"')) THEN
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" DETACH PARTITION "public"."LiteLLM_SpendLogs_p20261124"$pkit$;
      SELECT pg_catalog.string_agg(pg_catalog.format('DISABLE TRIGGER %I', t.tgname), ', ' ORDER BY t.tgname),
             pg_catalog.string_agg(pg_catalog.format(CASE t.tgenabled WHEN 'A' THEN 'ENABLE ALWAYS TRIGGER %I' WHEN 'R' THEN 'ENABLE REPLICA TRIGGER %I' ELSE 'ENABLE TRIGGER %I' END, t.tgname), ', ' ORDER BY t.tgname)
        INTO pkit_disable_triggers, pkit_enable_triggers FROM pg_catalog.pg_trigger t
        WHERE t.tgrelid = '"public"."LiteLLM_SpendLogs_legacy"'::regclass AND NOT t.tgisinternal AND t.tgenabled <> 'D';
      IF pkit_disable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."LiteLLM_SpendLogs_legacy" ' || pkit_disable_triggers;
      END IF;
      BEGIN
        EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_legacy" ("request_id", "startTime", "spend") OVERRIDING SYSTEM VALUE SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_p20261124"$pkit$;
      EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"public"."LiteLLM_SpendLogs"', 'request_id', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing of this step was applied, and every row is still in the table.';
      END;
      IF pkit_enable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."LiteLLM_SpendLogs_legacy" ' || pkit_enable_triggers;
      END IF;
      EXECUTE $pkit$DROP TABLE "public"."LiteLLM_SpendLogs_p20261124"$pkit$;
      END IF;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261124" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261124" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261125" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_disable_triggers pg_catalog.text;
  pkit_enable_triggers pg_catalog.text;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs" IN ACCESS EXCLUSIVE MODE$pkit$;
      PERFORM pg_catalog.pg_advisory_xact_lock(<key>);
      IF (SELECT pg_catalog.string_agg(a.attname::text, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = '"public"."LiteLLM_SpendLogs"'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') IS DISTINCT FROM 'request_id,startTime,spend' THEN
        RAISE EXCEPTION 'partitionkit: the columns of % changed since the revert was planned', '"public"."LiteLLM_SpendLogs"' USING HINT = 'Nothing was moved. Run the change again.';
      END IF;
      IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"public"."LiteLLM_SpendLogs"'::regclass AND i.inhrelid = pg_catalog.to_regclass('"public"."LiteLLM_SpendLogs_p20261125"')) THEN
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" DETACH PARTITION "public"."LiteLLM_SpendLogs_p20261125"$pkit$;
      SELECT pg_catalog.string_agg(pg_catalog.format('DISABLE TRIGGER %I', t.tgname), ', ' ORDER BY t.tgname),
             pg_catalog.string_agg(pg_catalog.format(CASE t.tgenabled WHEN 'A' THEN 'ENABLE ALWAYS TRIGGER %I' WHEN 'R' THEN 'ENABLE REPLICA TRIGGER %I' ELSE 'ENABLE TRIGGER %I' END, t.tgname), ', ' ORDER BY t.tgname)
        INTO pkit_disable_triggers, pkit_enable_triggers FROM pg_catalog.pg_trigger t
        WHERE t.tgrelid = '"public"."LiteLLM_SpendLogs_legacy"'::regclass AND NOT t.tgisinternal AND t.tgenabled <> 'D';
      IF pkit_disable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."LiteLLM_SpendLogs_legacy" ' || pkit_disable_triggers;
      END IF;
      BEGIN
        EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_legacy" ("request_id", "startTime", "spend") OVERRIDING SYSTEM VALUE SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_p20261125"$pkit$;
      EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"public"."LiteLLM_SpendLogs"', 'request_id', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing of this step was applied, and every row is still in the table.';
      END;
      IF pkit_enable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."LiteLLM_SpendLogs_legacy" ' || pkit_enable_triggers;
      END IF;
      EXECUTE $pkit$DROP TABLE "public"."LiteLLM_SpendLogs_p20261125"$pkit$;
      END IF;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261125" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261125" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261126" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_disable_triggers pg_catalog.text;
  pkit_enable_triggers pg_catalog.text;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs" IN ACCESS EXCLUSIVE MODE$pkit$;
      PERFORM pg_catalog.pg_advisory_xact_lock(<key>);
      IF (SELECT pg_catalog.string_agg(a.attname::text, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = '"public"."LiteLLM_SpendLogs"'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') IS DISTINCT FROM 'request_id,startTime,spend' THEN
        RAISE EXCEPTION 'partitionkit: the columns of % changed since the revert was planned', '"public"."LiteLLM_SpendLogs"' USING HINT = 'Nothing was moved. Run the change again.';
      END IF;
      IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"public"."LiteLLM_SpendLogs"'::regclass AND i.inhrelid = pg_catalog.to_regclass('"public"."LiteLLM_SpendLogs_p20261126"')) THEN
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" DETACH PARTITION "public"."LiteLLM_SpendLogs_p20261126"$pkit$;
      SELECT pg_catalog.string_agg(pg_catalog.format('DISABLE TRIGGER %I', t.tgname), ', ' ORDER BY t.tgname),
             pg_catalog.string_agg(pg_catalog.format(CASE t.tgenabled WHEN 'A' THEN 'ENABLE ALWAYS TRIGGER %I' WHEN 'R' THEN 'ENABLE REPLICA TRIGGER %I' ELSE 'ENABLE TRIGGER %I' END, t.tgname), ', ' ORDER BY t.tgname)
        INTO pkit_disable_triggers, pkit_enable_triggers FROM pg_catalog.pg_trigger t
        WHERE t.tgrelid = '"public"."LiteLLM_SpendLogs_legacy"'::regclass AND NOT t.tgisinternal AND t.tgenabled <> 'D';
      IF pkit_disable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."LiteLLM_SpendLogs_legacy" ' || pkit_disable_triggers;
      END IF;
      BEGIN
        EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_legacy" ("request_id", "startTime", "spend") OVERRIDING SYSTEM VALUE SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_p20261126"$pkit$;
      EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"public"."LiteLLM_SpendLogs"', 'request_id', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing of this step was applied, and every row is still in the table.';
      END;
      IF pkit_enable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."LiteLLM_SpendLogs_legacy" ' || pkit_enable_triggers;
      END IF;
      EXECUTE $pkit$DROP TABLE "public"."LiteLLM_SpendLogs_p20261126"$pkit$;
      END IF;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261126" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261126" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261127" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_disable_triggers pg_catalog.text;
  pkit_enable_triggers pg_catalog.text;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs" IN ACCESS EXCLUSIVE MODE$pkit$;
      PERFORM pg_catalog.pg_advisory_xact_lock(<key>);
      IF (SELECT pg_catalog.string_agg(a.attname::text, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = '"public"."LiteLLM_SpendLogs"'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') IS DISTINCT FROM 'request_id,startTime,spend' THEN
        RAISE EXCEPTION 'partitionkit: the columns of % changed since the revert was planned', '"public"."LiteLLM_SpendLogs"' USING HINT = 'Nothing was moved. Run the change again.';
      END IF;
      IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"public"."LiteLLM_SpendLogs"'::regclass AND i.inhrelid = pg_catalog.to_regclass('"public"."LiteLLM_SpendLogs_p20261127"')) THEN
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" DETACH PARTITION "public"."LiteLLM_SpendLogs_p20261127"$pkit$;
      SELECT pg_catalog.string_agg(pg_catalog.format('DISABLE TRIGGER %I', t.tgname), ', ' ORDER BY t.tgname),
             pg_catalog.string_agg(pg_catalog.format(CASE t.tgenabled WHEN 'A' THEN 'ENABLE ALWAYS TRIGGER %I' WHEN 'R' THEN 'ENABLE REPLICA TRIGGER %I' ELSE 'ENABLE TRIGGER %I' END, t.tgname), ', ' ORDER BY t.tgname)
        INTO pkit_disable_triggers, pkit_enable_triggers FROM pg_catalog.pg_trigger t
        WHERE t.tgrelid = '"public"."LiteLLM_SpendLogs_legacy"'::regclass AND NOT t.tgisinternal AND t.tgenabled <> 'D';
      IF pkit_disable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."LiteLLM_SpendLogs_legacy" ' || pkit_disable_triggers;
      END IF;
      BEGIN
        EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_legacy" ("request_id", "startTime", "spend") OVERRIDING SYSTEM VALUE SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_p20261127"$pkit$;
      EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"public"."LiteLLM_SpendLogs"', 'request_id', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing of this step was applied, and every row is still in the table.';
      END;
      IF pkit_enable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."LiteLLM_SpendLogs_legacy" ' || pkit_enable_triggers;
      END IF;
      EXECUTE $pkit$DROP TABLE "public"."LiteLLM_SpendLogs_p20261127"$pkit$;
      END IF;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261127" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261127" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261128" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
  pkit_disable_triggers pg_catalog.text;
  pkit_enable_triggers pg_catalog.text;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$LOCK TABLE "public"."LiteLLM_SpendLogs" IN ACCESS EXCLUSIVE MODE$pkit$;
      PERFORM pg_catalog.pg_advisory_xact_lock(<key>);
      IF (SELECT pg_catalog.string_agg(a.attname::text, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = '"public"."LiteLLM_SpendLogs"'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') IS DISTINCT FROM 'request_id,startTime,spend' THEN
        RAISE EXCEPTION 'partitionkit: the columns of % changed since the revert was planned', '"public"."LiteLLM_SpendLogs"' USING HINT = 'Nothing was moved. Run the change again.';
      END IF;
      IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"public"."LiteLLM_SpendLogs"'::regclass AND i.inhrelid = pg_catalog.to_regclass('"public"."LiteLLM_SpendLogs_p20261128"')) THEN
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" DETACH PARTITION "public"."LiteLLM_SpendLogs_p20261128"$pkit$;
      SELECT pg_catalog.string_agg(pg_catalog.format('DISABLE TRIGGER %I', t.tgname), ', ' ORDER BY t.tgname),
             pg_catalog.string_agg(pg_catalog.format(CASE t.tgenabled WHEN 'A' THEN 'ENABLE ALWAYS TRIGGER %I' WHEN 'R' THEN 'ENABLE REPLICA TRIGGER %I' ELSE 'ENABLE TRIGGER %I' END, t.tgname), ', ' ORDER BY t.tgname)
        INTO pkit_disable_triggers, pkit_enable_triggers FROM pg_catalog.pg_trigger t
        WHERE t.tgrelid = '"public"."LiteLLM_SpendLogs_legacy"'::regclass AND NOT t.tgisinternal AND t.tgenabled <> 'D';
      IF pkit_disable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."LiteLLM_SpendLogs_legacy" ' || pkit_disable_triggers;
      END IF;
      BEGIN
        EXECUTE $pkit$INSERT INTO "public"."LiteLLM_SpendLogs_legacy" ("request_id", "startTime", "spend") OVERRIDING SYSTEM VALUE SELECT "request_id", "startTime", "spend" FROM ONLY "public"."LiteLLM_SpendLogs_p20261128"$pkit$;
      EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"public"."LiteLLM_SpendLogs"', 'request_id', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing of this step was applied, and every row is still in the table.';
      END;
      IF pkit_enable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."LiteLLM_SpendLogs_legacy" ' || pkit_enable_triggers;
      END IF;
      EXECUTE $pkit$DROP TABLE "public"."LiteLLM_SpendLogs_p20261128"$pkit$;
      END IF;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261128" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: move the rows of "public"."LiteLLM_SpendLogs_p20261128" (about 0) into "public"."LiteLLM_SpendLogs_legacy" and drop it', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: switch "public"."LiteLLM_SpendLogs" back to a plain table: "public"."LiteLLM_SpendLogs_legacy", its only partition now, takes its name and properties
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
      PERFORM pg_catalog.pg_advisory_xact_lock(<key>);
      IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"public"."LiteLLM_SpendLogs"'::regclass AND i.inhrelid <> '"public"."LiteLLM_SpendLogs_legacy"'::regclass) THEN
        RAISE EXCEPTION 'partitionkit: % has partitions besides % that the revert has not emptied yet', '"public"."LiteLLM_SpendLogs"', '"public"."LiteLLM_SpendLogs_legacy"' USING HINT = 'Nothing was switched. Run the change again: it moves their rows too.';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" DETACH PARTITION "public"."LiteLLM_SpendLogs_legacy"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" RENAME TO "LiteLLM_SpendLogs_partitioned_old"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs_legacy" RENAME TO "LiteLLM_SpendLogs"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$DROP TABLE "public"."LiteLLM_SpendLogs_partitioned_old"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" DROP CONSTRAINT "LiteLLM_SpendLogs_legacy_pkey"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" ADD CONSTRAINT "LiteLLM_SpendLogs_pkey" PRIMARY KEY USING INDEX "LiteLLM_SpendLogs_revert_pkey"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."LiteLLM_SpendLogs" DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."LiteLLM_SpendLogs" IS NULL$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: switch "public"."LiteLLM_SpendLogs" back to a plain table: "public"."LiteLLM_SpendLogs_legacy", its only partition now, takes its name and properties', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: switch "public"."LiteLLM_SpendLogs" back to a plain table: "public"."LiteLLM_SpendLogs_legacy", its only partition now, takes its name and properties', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;
