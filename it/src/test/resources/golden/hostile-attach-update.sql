-- partitionkit: build the unique index "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_partition_pkey" on the primary key plus the partition key, concurrently (writes continue)
CREATE UNIQUE INDEX CONCURRENTLY "partitionkit: moved 9 rows; 9 remain ""O"" 注文_partition_pkey" ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()");

-- partitionkit: build the unique index "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_pkey" on the original primary key, concurrently (writes continue), kept on the legacy partition for a revert
CREATE UNIQUE INDEX CONCURRENTLY "partitionkit: moved 9 rows; 9 remain ""O"" 注文_revert_pkey" ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ("id
(a), DEFERRABLE b USING c");

-- partitionkit: add CHECK partitionkit: moved 9 rows; 9 remain "O" 注文_partition_bound (créé le "at" USING now() < '2026-11-23 00:00:00+00:00') to "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" without scanning it
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
      pkit_max := (SELECT "créé le ""at"" USING now()"::text FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" AS pkit_rows WHERE "créé le ""at"" USING now()" IS NOT NULL AND "créé le ""at"" USING now()" >= '2026-11-23 00:00:00+00:00' ORDER BY pkit_rows."créé le ""at"" USING now()" DESC LIMIT 1);
      IF pkit_max IS NOT NULL THEN
        RAISE EXCEPTION 'partitionkit: % has rows with % up to % at or beyond the conversion boundary %', '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"', 'créé le "at" USING now()', pkit_max, '''2026-11-23 00:00:00+00:00''' USING HINT = 'Rows with future keys cannot go into the legacy partition; correct or delete them and run the change again.';
      END IF;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ADD CONSTRAINT "partitionkit: moved 9 rows; 9 remain ""O"" 注文_partition_bound" CHECK ("créé le ""at"" USING now()" < '2026-11-23 00:00:00+00:00') NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add CHECK partitionkit: moved 9 rows; 9 remain "O" 注文_partition_bound (créé le "at" USING now() < ''2026-11-23 00:00:00+00:00'') to "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" without scanning it', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add CHECK partitionkit: moved 9 rows; 9 remain "O" 注文_partition_bound (créé le "at" USING now() < ''2026-11-23 00:00:00+00:00'') to "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" without scanning it', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate CHECK partitionkit: moved 9 rows; 9 remain "O" 注文_partition_bound on "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" (reads every row; writes continue)
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" VALIDATE CONSTRAINT "partitionkit: moved 9 rows; 9 remain ""O"" 注文_partition_bound"$pkit$;
END
$pkit1$;

-- partitionkit: switch "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" to a range-partitioned table, keeping the old table as "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy"
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
      SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END INTO pkit_next_0 FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 _id
(a), DEFERRABLE b USING c_seq";
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" DROP CONSTRAINT "pk ""名前"" ON p USING q"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ADD CONSTRAINT "pk ""名前"" ON p USING q_legacy" PRIMARY KEY USING INDEX "partitionkit: moved 9 rows; 9 remain ""O"" 注文_partition_pkey"$pkit$;
      EXECUTE $pkit$ALTER INDEX "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."u ON v USING w ""q""" RENAME TO "u ON v USING w ""q""_legacy"$pkit$;
      EXECUTE $pkit$ALTER INDEX "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."brin USING ""k"" ON" RENAME TO "brin USING ""k"" ON_legacy"$pkit$;
      EXECUTE $pkit$ALTER INDEX "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."idx; DROP TABLE victim; --" RENAME TO "idx; DROP TABLE victim; --_legacy"$pkit$;
      EXECUTE $pkit$ALTER INDEX "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."x ON y USING z" RENAME TO "x ON y USING z_legacy"$pkit$;
      EXECUTE $pkit$DROP TRIGGER "trg ON t USING u
 x" ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" RENAME TO "partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy"$pkit$;
      EXECUTE $pkit$CREATE TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" (LIKE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION INCLUDING STATISTICS) PARTITION BY RANGE ("créé le ""at"" USING now()")$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" DROP CONSTRAINT "partitionkit: moved 9 rows; 9 remain ""O"" 注文_partition_bound"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" ALTER COLUMN "id
(a), DEFERRABLE b USING c" DROP IDENTITY$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ALTER COLUMN "id
(a), DEFERRABLE b USING c" ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 _id
(a), DEFERRABLE b USING c_seq" START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE)$pkit$;
      EXECUTE pg_catalog.format('ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ALTER COLUMN "id
(a), DEFERRABLE b USING c" RESTART WITH %s', pkit_next_0);
      EXECUTE $pkit$ALTER SEQUENCE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" _n° ON s USING q_seq" OWNED BY "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"."n° ON s USING q"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ADD CONSTRAINT "pk ""名前"" ON p USING q" PRIMARY KEY ("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()")$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ADD CONSTRAINT "u ON v USING w ""q""" UNIQUE ("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()")$pkit$;
      EXECUTE $pkit$CREATE INDEX "brin USING ""k"" ON" ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" USING brin ("créé le ""at"" USING now()")$pkit$;
      EXECUTE $pkit$CREATE INDEX "idx; DROP TABLE victim; --" ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" USING btree (lower("x""; DROP TABLE victim; --"))$pkit$;
      EXECUTE $pkit$CREATE INDEX "x ON y USING z" ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" USING btree ("'); DROP TABLE victim; --") WHERE ("x""; DROP TABLE victim; --" <> ' ON a USING b'::text)$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ADD CONSTRAINT "fk ON ""tenants"" USING x" FOREIGN KEY ("tenant ON ""t""") REFERENCES "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Tenants 'T' ON t USING u"("tenant ON ""t""")$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ATTACH PARTITION "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" FOR VALUES FROM (MINVALUE) TO ('2026-11-23 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$REVOKE ALL ON TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy" FROM "app ""role""; DROP TABLE victim; --"$pkit$;
      EXECUTE $pkit$DROP POLICY "pol'); DROP TABLE victim; --" ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy"$pkit$;
      EXECUTE $pkit$CREATE TRIGGER "trg ON t USING u
 x" BEFORE INSERT ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" FOR EACH ROW EXECUTE FUNCTION "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."fn ""trg""(); DROP TABLE victim; --"()$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$CREATE POLICY "pol'); DROP TABLE victim; --" ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" AS PERMISSIVE FOR SELECT TO "app ""role""; DROP TABLE victim; --" USING (("tenant ON ""t""" < 100))$pkit$;
      EXECUTE $pkit$GRANT INSERT ON TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" TO "app ""role""; DROP TABLE victim; --"$pkit$;
      EXECUTE $pkit$GRANT SELECT ON TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" TO "app ""role""; DROP TABLE victim; --"$pkit$;
      EXECUTE $pkit$GRANT UPDATE ("x""; DROP TABLE victim; --") ON TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" TO "app ""role""; DROP TABLE victim; --"$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" IS '''); DROP TABLE victim; --'$pkit$;
      EXECUTE $pkit$COMMENT ON CONSTRAINT "pk ""名前"" ON p USING q" ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" IS 'partitionkit: primary key was ("id
(a), DEFERRABLE b USING c") before the partition key was added'$pkit$;
      EXECUTE $pkit$COMMENT ON CONSTRAINT "u ON v USING w ""q""" ON "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" IS '$$; DROP TABLE victim; --'$pkit$;
      EXECUTE $pkit$COMMENT ON INDEX "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."x ON y USING z" IS 'USING ON'$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" REPLICA IDENTITY USING INDEX "u ON v USING w ""q"""$pkit$;
      EXECUTE $pkit$CREATE TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261123" PARTITION OF "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" FOR VALUES FROM ('2026-11-23 00:00:00+00:00') TO ('2026-11-24 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261123" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261123" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE pg_catalog.format('ALTER TABLE %s REPLICA IDENTITY USING INDEX %I', '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261123"', (SELECT c.relname FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid JOIN pg_catalog.pg_index x ON x.indexrelid = c.oid WHERE i.inhparent = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."u ON v USING w ""q"""'::regclass AND x.indrelid = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261123"'::regclass));
      EXECUTE $pkit$CREATE TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261124" PARTITION OF "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" FOR VALUES FROM ('2026-11-24 00:00:00+00:00') TO ('2026-11-25 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261124" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261124" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE pg_catalog.format('ALTER TABLE %s REPLICA IDENTITY USING INDEX %I', '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261124"', (SELECT c.relname FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid JOIN pg_catalog.pg_index x ON x.indexrelid = c.oid WHERE i.inhparent = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."u ON v USING w ""q"""'::regclass AND x.indrelid = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_p20261124"'::regclass));
      EXECUTE $pkit$CREATE TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_default" PARTITION OF "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" DEFAULT$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_default" OWNER TO "postgres"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_default" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE pg_catalog.format('ALTER TABLE %s REPLICA IDENTITY USING INDEX %I', '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_default"', (SELECT c.relname FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid JOIN pg_catalog.pg_index x ON x.indexrelid = c.oid WHERE i.inhparent = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."u ON v USING w ""q"""'::regclass AND x.indrelid = '"Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_default"'::regclass));
      EXECUTE $pkit$ALTER PUBLICATION "pub ""P"" ON t; --" DROP TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy"$pkit$;
      EXECUTE $pkit$ALTER PUBLICATION "pub ""P"" ON t; --" ADD TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"$pkit$;
      EXECUTE $pkit$CREATE OR REPLACE VIEW "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."view ""V"" ON w USING v" AS
SELECT "id
(a), DEFERRABLE b USING c",
    "créé le ""at"" USING now()",
    "'); DROP TABLE victim; --"
   FROM "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Notes ""N""; DROP TABLE victim; --" DROP CONSTRAINT "fk
; DROP TABLE victim; --"$pkit$;
      EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Notes ""N""; DROP TABLE victim; --" ADD CONSTRAINT "fk
; DROP TABLE victim; --" FOREIGN KEY ("order id", "order at") REFERENCES "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"("id
(a), DEFERRABLE b USING c", "créé le ""at"" USING now()") NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: switch "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" to a range-partitioned table, keeping the old table as "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: switch "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文" to a range-partitioned table, keeping the old table as "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文_legacy"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key fk ; DROP TABLE victim; -- of "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Notes ""N"" ; DROP TABLE victim; --" against the partitioned table
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."Notes ""N""; DROP TABLE victim; --" VALIDATE CONSTRAINT "fk
; DROP TABLE victim; --"$pkit$;
END
$pkit1$;

-- partitionkit: collect planner statistics for the partitioned table "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ANALYZE "Schéma ""S"" ON x; DROP SCHEMA public CASCADE; --"."partitionkit: moved 9 rows; 9 remain ""O"" 注文"$pkit$;
END
$pkit1$;
