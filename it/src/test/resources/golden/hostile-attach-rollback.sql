-- partitionkit: revert "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" to a plain table in place: its legacy partition "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" (about 300 rows) becomes the table again, and the rows of the 2 other partition(s) and DEFAULT (about 0 rows) move into it
DO $pkit$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
RAISE NOTICE 'partitionkit: %', 'revert "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" to a plain table in place: its legacy partition "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" (about 300 rows) becomes the table again, and the rows of the 2 other partition(s) and DEFAULT (about 0 rows) move into it';
END
$pkit$;

-- partitionkit: make "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" the DEFAULT partition of "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" (proved by CHECK partitionkit: moved 9 rows; 9 remain "O" 注文_partition_bound, no scan), moving the rows of the old DEFAULT "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_default" into it
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
      EXECUTE $pkit$LOCK TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" IN ACCESS EXCLUSIVE MODE$pkit$;
      PERFORM pg_catalog.pg_advisory_xact_lock(<key>);
      IF (SELECT pg_catalog.string_agg(a.attname::text, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') IS DISTINCT FROM 'id
(a), DEFERRABLE b USING c,créé le "at" USING now(),tenant ON "t",''); DROP TABLE victim; --,x"; DROP TABLE victim; --,n° ON s USING q' THEN
        RAISE EXCEPTION 'partitionkit: the columns of % changed since the revert was planned', '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"' USING HINT = 'Nothing was moved. Run the change again.';
      END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conrelid = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy"'::regclass AND k.conname = 'partitionkit: moved 9 rows; 9 remain "O" 注文_partition_bound' AND k.convalidated) THEN
        RAISE EXCEPTION 'partitionkit: the CHECK % on % is gone or not validated', 'partitionkit: moved 9 rows; 9 remain "O" 注文_partition_bound', '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy"' USING HINT = 'Without it PostgreSQL would read the whole partition under lock. Run the change again.';
      END IF;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Notes ""N""; DROP TABLE victim; --" DROP CONSTRAINT "fk
; DROP TABLE victim; --"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" DETACH PARTITION "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_default"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" DETACH PARTITION "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ATTACH PARTITION "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" DEFAULT$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" DROP CONSTRAINT "partitionkit: moved 9 rows; 9 remain ""O"" 注文_partition_bound"$pkit$;
      SELECT pg_catalog.string_agg(pg_catalog.format('DISABLE TRIGGER %I', t.tgname), ', ' ORDER BY t.tgname),
             pg_catalog.string_agg(pg_catalog.format(CASE t.tgenabled WHEN 'A' THEN 'ENABLE ALWAYS TRIGGER %I' WHEN 'R' THEN 'ENABLE REPLICA TRIGGER %I' ELSE 'ENABLE TRIGGER %I' END, t.tgname), ', ' ORDER BY t.tgname)
        INTO pkit_disable_triggers, pkit_enable_triggers FROM pg_catalog.pg_trigger t
        WHERE t.tgrelid = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy"'::regclass AND NOT t.tgisinternal AND t.tgenabled <> 'D';
      IF pkit_disable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" ' || pkit_disable_triggers;
      END IF;
      BEGIN
        EXECUTE $pkit$INSERT INTO "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" ("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()", "tenant ON ""t""", "'); DROP TABLE victim; --", "x""; DROP TABLE victim; --", "n° ON s USING q") OVERRIDING SYSTEM VALUE SELECT "id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()", "tenant ON ""t""", "'); DROP TABLE victim; --", "x""; DROP TABLE victim; --", "n° ON s USING q" FROM ONLY "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_default"$pkit$;
      EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"', 'id
(a), DEFERRABLE b USING c', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing of this step was applied, and every row is still in the table.';
      END;
      IF pkit_enable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" ' || pkit_enable_triggers;
      END IF;
      EXECUTE $pkit$DROP TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_default"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Notes ""N""; DROP TABLE victim; --" ADD CONSTRAINT "fk
; DROP TABLE victim; --" FOREIGN KEY ("order id", "order at") REFERENCES "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()") NOT VALID$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" IS '''); DROP TABLE victim; --
partitionkit: revertPartitioning is turning this partition back into the plain table "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"; run the revert again to finish it'$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: make "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" the DEFAULT partition of "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" (proved by CHECK partitionkit: moved 9 rows; 9 remain "O" 注文_partition_bound, no scan), moving the rows of the old DEFAULT "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_default" into it', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: make "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" the DEFAULT partition of "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" (proved by CHECK partitionkit: moved 9 rows; 9 remain "O" 注文_partition_bound, no scan), moving the rows of the old DEFAULT "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_default" into it', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: move the rows of "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261123" (about 0) into "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" and drop it
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
      EXECUTE $pkit$LOCK TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" IN ACCESS EXCLUSIVE MODE$pkit$;
      PERFORM pg_catalog.pg_advisory_xact_lock(<key>);
      IF (SELECT pg_catalog.string_agg(a.attname::text, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') IS DISTINCT FROM 'id
(a), DEFERRABLE b USING c,créé le "at" USING now(),tenant ON "t",''); DROP TABLE victim; --,x"; DROP TABLE victim; --,n° ON s USING q' THEN
        RAISE EXCEPTION 'partitionkit: the columns of % changed since the revert was planned', '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"' USING HINT = 'Nothing was moved. Run the change again.';
      END IF;
      IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"'::regclass AND i.inhrelid = pg_catalog.to_regclass('"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261123"')) THEN
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Notes ""N""; DROP TABLE victim; --" DROP CONSTRAINT "fk
; DROP TABLE victim; --"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" DETACH PARTITION "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261123"$pkit$;
      SELECT pg_catalog.string_agg(pg_catalog.format('DISABLE TRIGGER %I', t.tgname), ', ' ORDER BY t.tgname),
             pg_catalog.string_agg(pg_catalog.format(CASE t.tgenabled WHEN 'A' THEN 'ENABLE ALWAYS TRIGGER %I' WHEN 'R' THEN 'ENABLE REPLICA TRIGGER %I' ELSE 'ENABLE TRIGGER %I' END, t.tgname), ', ' ORDER BY t.tgname)
        INTO pkit_disable_triggers, pkit_enable_triggers FROM pg_catalog.pg_trigger t
        WHERE t.tgrelid = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy"'::regclass AND NOT t.tgisinternal AND t.tgenabled <> 'D';
      IF pkit_disable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" ' || pkit_disable_triggers;
      END IF;
      BEGIN
        EXECUTE $pkit$INSERT INTO "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" ("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()", "tenant ON ""t""", "'); DROP TABLE victim; --", "x""; DROP TABLE victim; --", "n° ON s USING q") OVERRIDING SYSTEM VALUE SELECT "id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()", "tenant ON ""t""", "'); DROP TABLE victim; --", "x""; DROP TABLE victim; --", "n° ON s USING q" FROM ONLY "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261123"$pkit$;
      EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"', 'id
(a), DEFERRABLE b USING c', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing of this step was applied, and every row is still in the table.';
      END;
      IF pkit_enable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" ' || pkit_enable_triggers;
      END IF;
      EXECUTE $pkit$DROP TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261123"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Notes ""N""; DROP TABLE victim; --" ADD CONSTRAINT "fk
; DROP TABLE victim; --" FOREIGN KEY ("order id", "order at") REFERENCES "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()") NOT VALID$pkit$;
      END IF;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: move the rows of "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261123" (about 0) into "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" and drop it', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: move the rows of "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261123" (about 0) into "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" and drop it', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: move the rows of "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261124" (about 0) into "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" and drop it
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
      EXECUTE $pkit$LOCK TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" IN ACCESS EXCLUSIVE MODE$pkit$;
      PERFORM pg_catalog.pg_advisory_xact_lock(<key>);
      IF (SELECT pg_catalog.string_agg(a.attname::text, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') IS DISTINCT FROM 'id
(a), DEFERRABLE b USING c,créé le "at" USING now(),tenant ON "t",''); DROP TABLE victim; --,x"; DROP TABLE victim; --,n° ON s USING q' THEN
        RAISE EXCEPTION 'partitionkit: the columns of % changed since the revert was planned', '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"' USING HINT = 'Nothing was moved. Run the change again.';
      END IF;
      IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"'::regclass AND i.inhrelid = pg_catalog.to_regclass('"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261124"')) THEN
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Notes ""N""; DROP TABLE victim; --" DROP CONSTRAINT "fk
; DROP TABLE victim; --"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" DETACH PARTITION "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261124"$pkit$;
      SELECT pg_catalog.string_agg(pg_catalog.format('DISABLE TRIGGER %I', t.tgname), ', ' ORDER BY t.tgname),
             pg_catalog.string_agg(pg_catalog.format(CASE t.tgenabled WHEN 'A' THEN 'ENABLE ALWAYS TRIGGER %I' WHEN 'R' THEN 'ENABLE REPLICA TRIGGER %I' ELSE 'ENABLE TRIGGER %I' END, t.tgname), ', ' ORDER BY t.tgname)
        INTO pkit_disable_triggers, pkit_enable_triggers FROM pg_catalog.pg_trigger t
        WHERE t.tgrelid = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy"'::regclass AND NOT t.tgisinternal AND t.tgenabled <> 'D';
      IF pkit_disable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" ' || pkit_disable_triggers;
      END IF;
      BEGIN
        EXECUTE $pkit$INSERT INTO "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" ("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()", "tenant ON ""t""", "'); DROP TABLE victim; --", "x""; DROP TABLE victim; --", "n° ON s USING q") OVERRIDING SYSTEM VALUE SELECT "id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()", "tenant ON ""t""", "'); DROP TABLE victim; --", "x""; DROP TABLE victim; --", "n° ON s USING q" FROM ONLY "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261124"$pkit$;
      EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"', 'id
(a), DEFERRABLE b USING c', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing of this step was applied, and every row is still in the table.';
      END;
      IF pkit_enable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" ' || pkit_enable_triggers;
      END IF;
      EXECUTE $pkit$DROP TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261124"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Notes ""N""; DROP TABLE victim; --" ADD CONSTRAINT "fk
; DROP TABLE victim; --" FOREIGN KEY ("order id", "order at") REFERENCES "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()") NOT VALID$pkit$;
      END IF;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: move the rows of "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261124" (about 0) into "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" and drop it', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: move the rows of "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261124" (about 0) into "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" and drop it', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: switch "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" back to a plain table: "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy", its only partition now, takes its name and properties
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
      EXECUTE $pkit$LOCK TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" IN ACCESS EXCLUSIVE MODE$pkit$;
      PERFORM pg_catalog.pg_advisory_xact_lock(<key>);
      IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"'::regclass AND i.inhrelid <> '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy"'::regclass) THEN
        RAISE EXCEPTION 'partitionkit: % has partitions besides % that the revert has not emptied yet', '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"', '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy"' USING HINT = 'Nothing was switched. Run the change again: it moves their rows too.';
      END IF;
      SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END INTO pkit_next_0 FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 _id
(a), DEFERRABLE b USING c_seq";
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Notes ""N""; DROP TABLE victim; --" DROP CONSTRAINT "fk
; DROP TABLE victim; --"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" DETACH PARTITION "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" RENAME TO "partitionkit: moved 9 rows; 9 remain ""O"" 注文_partitioned_old"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" RENAME TO "partitionkit: moved 9 rows; 9 remain ""O"" 注文"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE OR REPLACE VIEW "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."view ""V"" ON w USING v" AS
SELECT "id
(a), DEFERRABLE b USING c",
    "créé le ""at"" USING now()",
    "'); DROP TABLE victim; --"
   FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"$pkit$;
      EXECUTE $pkit$ALTER SEQUENCE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" _n° ON s USING q_seq" OWNED BY "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"."n° ON s USING q"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Notes ""N""; DROP TABLE victim; --" ADD CONSTRAINT "fk
; DROP TABLE victim; --" FOREIGN KEY ("order id", "order at") REFERENCES "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()") NOT VALID$pkit$;
      EXECUTE $pkit$ALTER PUBLICATION "pub ""P"" ON t; --" DROP TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_partitioned_old"$pkit$;
      EXECUTE $pkit$ALTER PUBLICATION "pub ""P"" ON t; --" ADD TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"$pkit$;
      EXECUTE $pkit$DROP TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_partitioned_old"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" DROP CONSTRAINT "pk ""名前"" ON p USING q_legacy"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ADD CONSTRAINT "pk ""名前"" ON p USING q" PRIMARY KEY USING INDEX "partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_pkey"$pkit$;
      EXECUTE $pkit$ALTER INDEX "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."brin USING ""k"" ON_legacy" RENAME TO "brin USING ""k"" ON"$pkit$;
      EXECUTE $pkit$ALTER INDEX "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."idx; DROP TABLE victim; --_legacy" RENAME TO "idx; DROP TABLE victim; --"$pkit$;
      EXECUTE $pkit$ALTER INDEX "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."u ON v USING w ""q""_legacy" RENAME TO "u ON v USING w ""q"""$pkit$;
      EXECUTE $pkit$ALTER INDEX "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."x ON y USING z_legacy" RENAME TO "x ON y USING z"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ALTER COLUMN "id
(a), DEFERRABLE b USING c" ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 _id
(a), DEFERRABLE b USING c_seq" START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE)$pkit$;
      EXECUTE pg_catalog.format('ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ALTER COLUMN "id
(a), DEFERRABLE b USING c" RESTART WITH %s', pkit_next_0);
      EXECUTE $pkit$CREATE TRIGGER "trg ON t USING u
 x" BEFORE INSERT ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" FOR EACH ROW EXECUTE FUNCTION "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."fn ""trg""(); DROP TABLE victim; --"()$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$CREATE POLICY "pol'); DROP TABLE victim; --" ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" AS PERMISSIVE FOR SELECT TO "app ""role""; DROP TABLE victim; --" USING (("tenant ON ""t""" < 100))$pkit$;
      EXECUTE $pkit$GRANT INSERT ON TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" TO "app ""role""; DROP TABLE victim; --"$pkit$;
      EXECUTE $pkit$GRANT SELECT ON TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" TO "app ""role""; DROP TABLE victim; --"$pkit$;
      EXECUTE $pkit$GRANT UPDATE ("x""; DROP TABLE victim; --") ON TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" TO "app ""role""; DROP TABLE victim; --"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" IS '''); DROP TABLE victim; --'$pkit$;
      EXECUTE $pkit$COMMENT ON CONSTRAINT "u ON v USING w ""q""" ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" IS '$$; DROP TABLE victim; --'$pkit$;
      EXECUTE $pkit$COMMENT ON INDEX "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."x ON y USING z" IS 'USING ON'$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" REPLICA IDENTITY USING INDEX "u ON v USING w ""q"""$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: switch "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" back to a plain table: "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy", its only partition now, takes its name and properties', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: switch "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" back to a plain table: "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy", its only partition now, takes its name and properties', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key fk ; DROP TABLE victim; -- of "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Notes ""N"" ; DROP TABLE victim; --" against the plain table
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Notes ""N""; DROP TABLE victim; --" VALIDATE CONSTRAINT "fk
; DROP TABLE victim; --"$pkit$;
END
$pkit1$;
