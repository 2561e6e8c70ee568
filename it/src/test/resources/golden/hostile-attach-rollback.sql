-- partitionkit: create "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log" for the keys of rows written during revertPartitioning
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$CREATE TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log" ("id
(a), DEFERRABLE b USING c" bigint)$pkit$;
EXECUTE $pkit$COMMENT ON TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log" IS 'partitionkit: keys of rows written to "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" during revertPartitioning'$pkit$;
END
$pkit1$;

-- partitionkit: create the function that logs written keys, executable by no other role
DO $pkit2$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit1$CREATE OR REPLACE FUNCTION "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_capture"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $pkit$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log" ("id
(a), DEFERRABLE b USING c") VALUES (OLD."id
(a), DEFERRABLE b USING c");
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log" ("id
(a), DEFERRABLE b USING c") VALUES (NEW."id
(a), DEFERRABLE b USING c");
  END IF;
  RETURN NULL;
END
$pkit$$pkit1$;
EXECUTE $pkit$COMMENT ON FUNCTION "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_capture"() IS 'partitionkit: logs the keys of rows written to "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" during revertPartitioning'$pkit$;
EXECUTE $pkit$REVOKE ALL ON FUNCTION "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_capture"() FROM PUBLIC$pkit$;
END
$pkit2$;

-- partitionkit: log the key of every row written to "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" from now on
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$CREATE TRIGGER "partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_capture" AFTER INSERT OR UPDATE OR DELETE ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" FOR EACH ROW EXECUTE FUNCTION "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_capture"()$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ENABLE ALWAYS TRIGGER "partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_capture"$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: log the key of every row written to "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" from now on', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: log the key of every row written to "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" from now on', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: create "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" shaped like "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文", with primary key [id (a), DEFERRABLE b USING c], to receive its rows
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$CREATE TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" (LIKE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION INCLUDING STATISTICS)$pkit$;
EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" ADD CONSTRAINT "pk ""名前"" ON p USING q_unpartitioned" PRIMARY KEY ("id
(a), DEFERRABLE b USING c")$pkit$;
EXECUTE pg_catalog.format('COMMENT ON TABLE %s IS %L', '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned"', 'partitionkit: the plain copy of "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" that revertPartitioning is filling with primary key ("id
(a), DEFERRABLE b USING c") from partitions ' || (SELECT coalesce(string_agg(i.inhrelid::text, ',' ORDER BY i.inhrelid), '') FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"'::regclass));
END
$pkit1$;

-- partitionkit: copy the rows of "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" into "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" in batches of 10000
DO $pkit$
DECLARE
  pkit_key_0 "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"."id
(a), DEFERRABLE b USING c"%TYPE;
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
  SELECT "id
(a), DEFERRABLE b USING c" INTO pkit_key_0 FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" ORDER BY "id
(a), DEFERRABLE b USING c" DESC LIMIT 1;
  pkit_started := FOUND;
  LOOP
    pkit_batch := NULL;
    BEGIN
      IF pkit_started THEN
        WITH b AS (SELECT "id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()", "tenant ON ""t""", "'); DROP TABLE victim; --", "x""; DROP TABLE victim; --", "n° ON s USING q" FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" WHERE ("id
(a), DEFERRABLE b USING c") > (pkit_key_0) ORDER BY "id
(a), DEFERRABLE b USING c" LIMIT 10000),
          c AS (INSERT INTO "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" ("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()", "tenant ON ""t""", "'); DROP TABLE victim; --", "x""; DROP TABLE victim; --", "n° ON s USING q") SELECT "id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()", "tenant ON ""t""", "'); DROP TABLE victim; --", "x""; DROP TABLE victim; --", "n° ON s USING q" FROM b)
        SELECT b."id
(a), DEFERRABLE b USING c", count(*) OVER () INTO pkit_key_0, pkit_batch FROM b ORDER BY b."id
(a), DEFERRABLE b USING c" DESC LIMIT 1;
      ELSE
        WITH b AS (SELECT "id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()", "tenant ON ""t""", "'); DROP TABLE victim; --", "x""; DROP TABLE victim; --", "n° ON s USING q" FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ORDER BY "id
(a), DEFERRABLE b USING c" LIMIT 10000),
          c AS (INSERT INTO "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" ("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()", "tenant ON ""t""", "'); DROP TABLE victim; --", "x""; DROP TABLE victim; --", "n° ON s USING q") SELECT "id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()", "tenant ON ""t""", "'); DROP TABLE victim; --", "x""; DROP TABLE victim; --", "n° ON s USING q" FROM b)
        SELECT b."id
(a), DEFERRABLE b USING c", count(*) OVER () INTO pkit_key_0, pkit_batch FROM b ORDER BY b."id
(a), DEFERRABLE b USING c" DESC LIMIT 1;
      END IF;
    EXCEPTION WHEN unique_violation THEN
      RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"', 'id
(a), DEFERRABLE b USING c', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing was switched.';
    END;
    EXIT WHEN pkit_batch IS NULL;
    pkit_started := true;
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    IF clock_timestamp() - pkit_reported > interval '30 seconds' THEN
      RAISE NOTICE 'partitionkit: % rows of % copied so far, % rows/s', pkit_rows, '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"', round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));
      pkit_reported := clock_timestamp();
    END IF;
  END LOOP;
  RAISE NOTICE 'partitionkit: copied % rows of % in %', pkit_rows, '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"', clock_timestamp() - pkit_began;
END
$pkit$;

-- partitionkit: replay rows written meanwhile into "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned"
DO $pkit$
DECLARE
  pkit_batch pg_catalog.int8;
  pkit_rows pg_catalog.int8 := 0;
  pkit_round pg_catalog.int8;
  pkit_backlog pg_catalog.int8;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('row_security', 'off', true);
  IF to_regclass('"pg_temp"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_keys"') IS NULL THEN
    CREATE TEMP TABLE "partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_keys" (LIKE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log");
  END IF;
  SELECT count(*) INTO pkit_round FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log";
  pkit_backlog := pkit_round;
  LOOP
    TRUNCATE "pg_temp"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_keys";
    WITH taken AS (DELETE FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log" WHERE ctid = ANY (ARRAY(SELECT ctid FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log" LIMIT 10000)) RETURNING "id
(a), DEFERRABLE b USING c")
      INSERT INTO "pg_temp"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_keys" SELECT DISTINCT "id
(a), DEFERRABLE b USING c" FROM taken;
    GET DIAGNOSTICS pkit_batch = ROW_COUNT;
    EXIT WHEN pkit_batch = 0;
    DELETE FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" t USING "pg_temp"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_keys" k WHERE (t."id
(a), DEFERRABLE b USING c") = (k."id
(a), DEFERRABLE b USING c");
    INSERT INTO "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" ("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()", "tenant ON ""t""", "'); DROP TABLE victim; --", "x""; DROP TABLE victim; --", "n° ON s USING q") SELECT s."id
(a), DEFERRABLE b USING c", s."créé le ""at"" USING now()", s."tenant ON ""t""", s."'); DROP TABLE victim; --", s."x""; DROP TABLE victim; --", s."n° ON s USING q" FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" s JOIN "pg_temp"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_keys" k ON (s."id
(a), DEFERRABLE b USING c") = (k."id
(a), DEFERRABLE b USING c");
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    EXIT WHEN pkit_batch < 10000;
    pkit_round := pkit_round - pkit_batch;
    IF pkit_round <= 0 THEN
      SELECT count(*) INTO pkit_round FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log";
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

-- partitionkit: build index brin USING "k" ON on "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" (not yet in use)
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$CREATE INDEX "brin USING ""k"" ON_unpartitioned" ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" USING brin ("créé le ""at"" USING now()")$pkit$;
END
$pkit1$;

-- partitionkit: build index idx ; DROP TABLE victim; -- on "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" (not yet in use)
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$CREATE INDEX "idx; DROP TABLE victim; --_unpartitioned" ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" USING btree (lower("x""; DROP TABLE victim; --"))$pkit$;
END
$pkit1$;

-- partitionkit: build index x ON y USING z on "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" (not yet in use)
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$CREATE INDEX "x ON y USING z_unpartitioned" ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" USING btree ("'); DROP TABLE victim; --") WHERE ("x""; DROP TABLE victim; --" <> ' ON a USING b'::text)$pkit$;
END
$pkit1$;

-- partitionkit: add constraint u ON v USING w "q" to "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" (not yet in use)
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" ADD CONSTRAINT "u ON v USING w ""q""_unpartitioned" UNIQUE ("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()")$pkit$;
END
$pkit1$;

-- partitionkit: add foreign key fk ON "tenants" USING x to "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" without checking rows
DO $pkit1$
DECLARE
  pkit_attempt pg_catalog.int4 := 0;
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
  PERFORM pg_catalog.set_config('lock_timeout', '5s', true);
  LOOP
    pkit_attempt := pkit_attempt + 1;
    BEGIN
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" ADD CONSTRAINT "fk ON ""tenants"" USING x" FOREIGN KEY ("tenant ON ""t""") REFERENCES "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Tenants 'T' ON t USING u"("tenant ON ""t""") NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add foreign key fk ON "tenants" USING x to "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" without checking rows', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add foreign key fk ON "tenants" USING x to "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" without checking rows', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key fk ON "tenants" USING x of "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" VALIDATE CONSTRAINT "fk ON ""tenants"" USING x"$pkit$;
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
  IF to_regclass('"pg_temp"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_keys"') IS NULL THEN
    CREATE TEMP TABLE "partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_keys" (LIKE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log");
  END IF;
  SELECT count(*) INTO pkit_round FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log";
  pkit_backlog := pkit_round;
  LOOP
    TRUNCATE "pg_temp"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_keys";
    WITH taken AS (DELETE FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log" WHERE ctid = ANY (ARRAY(SELECT ctid FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log" LIMIT 10000)) RETURNING "id
(a), DEFERRABLE b USING c")
      INSERT INTO "pg_temp"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_keys" SELECT DISTINCT "id
(a), DEFERRABLE b USING c" FROM taken;
    GET DIAGNOSTICS pkit_batch = ROW_COUNT;
    EXIT WHEN pkit_batch = 0;
    DELETE FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" t USING "pg_temp"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_keys" k WHERE (t."id
(a), DEFERRABLE b USING c") = (k."id
(a), DEFERRABLE b USING c");
    INSERT INTO "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" ("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()", "tenant ON ""t""", "'); DROP TABLE victim; --", "x""; DROP TABLE victim; --", "n° ON s USING q") SELECT s."id
(a), DEFERRABLE b USING c", s."créé le ""at"" USING now()", s."tenant ON ""t""", s."'); DROP TABLE victim; --", s."x""; DROP TABLE victim; --", s."n° ON s USING q" FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" s JOIN "pg_temp"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_keys" k ON (s."id
(a), DEFERRABLE b USING c") = (k."id
(a), DEFERRABLE b USING c");
    pkit_rows := pkit_rows + pkit_batch;
    COMMIT;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    EXIT WHEN pkit_batch < 10000;
    pkit_round := pkit_round - pkit_batch;
    IF pkit_round <= 0 THEN
      SELECT count(*) INTO pkit_round FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log";
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

-- partitionkit: switch "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" back to a plain table
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
      IF pg_catalog.obj_description('"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned"'::regclass, 'pg_class') IS DISTINCT FROM 'partitionkit: the plain copy of "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" that revertPartitioning is filling with primary key ("id
(a), DEFERRABLE b USING c") from partitions ' || (SELECT coalesce(string_agg(i.inhrelid::text, ',' ORDER BY i.inhrelid), '') FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"'::regclass) THEN
        RAISE EXCEPTION 'partitionkit: partitions of % were attached or detached since the revert began copying it; its copy would miss or resurrect their rows', '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"' USING HINT = 'Nothing was switched or dropped. Drop the plain copy ("Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned") and the log of written keys, and run the change again to copy the table as it is now.';
      END IF;
      EXECUTE $pkit$DELETE FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" t USING (SELECT DISTINCT "id
(a), DEFERRABLE b USING c" FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log") k WHERE (t."id
(a), DEFERRABLE b USING c") = (k."id
(a), DEFERRABLE b USING c")$pkit$;
      EXECUTE $pkit$INSERT INTO "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" ("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()", "tenant ON ""t""", "'); DROP TABLE victim; --", "x""; DROP TABLE victim; --", "n° ON s USING q") SELECT s."id
(a), DEFERRABLE b USING c", s."créé le ""at"" USING now()", s."tenant ON ""t""", s."'); DROP TABLE victim; --", s."x""; DROP TABLE victim; --", s."n° ON s USING q" FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" s WHERE (s."id
(a), DEFERRABLE b USING c") IN (SELECT DISTINCT "id
(a), DEFERRABLE b USING c" FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log")$pkit$;
      SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END INTO pkit_next_0 FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 _id
(a), DEFERRABLE b USING c_seq";
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" RENAME TO "partitionkit: moved 9 rows; 9 remain ""O"" 注文_partitioned_old"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_unpartitioned" RENAME TO "partitionkit: moved 9 rows; 9 remain ""O"" 注文"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$CREATE OR REPLACE VIEW "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."view ""V"" ON w USING v" AS
SELECT "id
(a), DEFERRABLE b USING c",
    "créé le ""at"" USING now()",
    "'); DROP TABLE victim; --"
   FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"$pkit$;
      EXECUTE $pkit$ALTER SEQUENCE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" _n° ON s USING q_seq" OWNED BY "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"."n° ON s USING q"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Notes ""N""; DROP TABLE victim; --" DROP CONSTRAINT "fk
; DROP TABLE victim; --"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Notes ""N""; DROP TABLE victim; --" ADD CONSTRAINT "fk
; DROP TABLE victim; --" FOREIGN KEY ("order id", "order at") REFERENCES "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()") NOT VALID$pkit$;
      EXECUTE $pkit$ALTER PUBLICATION "pub ""P"" ON t; --" DROP TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_partitioned_old"$pkit$;
      EXECUTE $pkit$ALTER PUBLICATION "pub ""P"" ON t; --" ADD TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"$pkit$;
      EXECUTE $pkit$DROP TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_partitioned_old"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" RENAME CONSTRAINT "pk ""名前"" ON p USING q_unpartitioned" TO "pk ""名前"" ON p USING q"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" RENAME CONSTRAINT "u ON v USING w ""q""_unpartitioned" TO "u ON v USING w ""q"""$pkit$;
      EXECUTE $pkit$ALTER INDEX "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."brin USING ""k"" ON_unpartitioned" RENAME TO "brin USING ""k"" ON"$pkit$;
      EXECUTE $pkit$ALTER INDEX "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."idx; DROP TABLE victim; --_unpartitioned" RENAME TO "idx; DROP TABLE victim; --"$pkit$;
      EXECUTE $pkit$ALTER INDEX "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."x ON y USING z_unpartitioned" RENAME TO "x ON y USING z"$pkit$;
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
      EXECUTE $pkit$DROP TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_log"$pkit$;
      EXECUTE $pkit$DROP FUNCTION "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_capture"()$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: switch "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" back to a plain table', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: switch "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" back to a plain table', pkit_attempt, '5s', SQLERRM;
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

-- partitionkit: collect planner statistics for the plain table "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ANALYZE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"$pkit$;
END
$pkit1$;
