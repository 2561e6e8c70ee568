-- partitionkit: build the unique index "public"."events_partition_pkey" on the primary key plus the partition key, concurrently (writes continue)
CREATE UNIQUE INDEX CONCURRENTLY "events_partition_pkey" ON "public"."events" ("id", "created_at");

-- partitionkit: build the unique index "public"."events_revert_pkey" on the original primary key, concurrently (writes continue), kept on the legacy partition for a revert
CREATE UNIQUE INDEX CONCURRENTLY "events_revert_pkey" ON "public"."events" ("id");

-- partitionkit: add CHECK events_partition_bound (created_at < '2026-11-23 00:00:00+00:00') to "public"."events" without scanning it
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
      pkit_max := (SELECT "created_at"::text FROM "public"."events" AS pkit_rows WHERE "created_at" IS NOT NULL AND "created_at" >= '2026-11-23 00:00:00+00:00' ORDER BY pkit_rows."created_at" DESC LIMIT 1);
      IF pkit_max IS NOT NULL THEN
        RAISE EXCEPTION 'partitionkit: % has rows with % up to % at or beyond the conversion boundary %', '"public"."events"', 'created_at', pkit_max, '''2026-11-23 00:00:00+00:00''' USING HINT = 'Rows with future keys cannot go into the legacy partition; correct or delete them and run the change again.';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."events" ADD CONSTRAINT "events_partition_bound" CHECK ("created_at" < '2026-11-23 00:00:00+00:00') NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: add CHECK events_partition_bound (created_at < ''2026-11-23 00:00:00+00:00'') to "public"."events" without scanning it', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: add CHECK events_partition_bound (created_at < ''2026-11-23 00:00:00+00:00'') to "public"."events" without scanning it', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate CHECK events_partition_bound on "public"."events" (reads every row; writes continue)
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."events" VALIDATE CONSTRAINT "events_partition_bound"$pkit$;
END
$pkit1$;

-- partitionkit: switch "public"."events" to a range-partitioned table, keeping the old table as "public"."events_legacy"
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
      SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END INTO pkit_next_0 FROM "public"."events_id_seq";
      EXECUTE $pkit$ALTER TABLE "public"."events" DROP CONSTRAINT "events_pkey"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" ADD CONSTRAINT "events_legacy_pkey" PRIMARY KEY USING INDEX "events_partition_pkey"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_id_created_key" RENAME TO "events_legacy_id_created_key"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_no_twins" RENAME TO "events_legacy_no_twins"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_created_brin" RENAME TO "events_legacy_created_brin"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_note_lower_idx" RENAME TO "events_legacy_note_lower_idx"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_tenant_big_idx" RENAME TO "events_legacy_tenant_big_idx"$pkit$;
      EXECUTE $pkit$DROP TRIGGER "events_audit" ON "public"."events"$pkit$;
      EXECUTE $pkit$DROP TRIGGER "events_disabled" ON "public"."events"$pkit$;
      EXECUTE $pkit$DROP TRIGGER "events_stamp" ON "public"."events"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" RENAME TO "events_legacy"$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."events" (LIKE "public"."events_legacy" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION INCLUDING STATISTICS) PARTITION BY RANGE ("created_at")$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" DROP CONSTRAINT "events_partition_bound"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" DROP CONSTRAINT "events_code_short"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" ADD CONSTRAINT "events_code_short" CHECK ((length((code)::text) < 10)) NOT VALID$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_legacy" ALTER COLUMN "id" DROP IDENTITY$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME "public"."events_id_seq" START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE)$pkit$;
      EXECUTE pg_catalog.format('ALTER TABLE "public"."events" ALTER COLUMN "id" RESTART WITH %s', pkit_next_0);
      EXECUTE $pkit$ALTER SEQUENCE "public"."events_seq_no_seq" OWNED BY "public"."events"."seq_no"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" ADD CONSTRAINT "events_id_created_key" UNIQUE (id, created_at)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" ADD CONSTRAINT "events_no_twins" EXCLUDE USING btree (id WITH =, created_at WITH =)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" ADD CONSTRAINT "events_pkey" PRIMARY KEY (id, "created_at")$pkit$;
      EXECUTE $pkit$CREATE INDEX "events_created_brin" ON "public"."events" USING brin (created_at)$pkit$;
      EXECUTE $pkit$CREATE INDEX "events_note_lower_idx" ON "public"."events" USING btree (lower(note))$pkit$;
      EXECUTE $pkit$CREATE INDEX "events_tenant_big_idx" ON "public"."events" USING btree (tenant_id) WHERE (amount > (100)::numeric)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" ADD CONSTRAINT "events_tenant_id_fkey" FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" ATTACH PARTITION "public"."events_legacy" FOR VALUES FROM (MINVALUE) TO ('2026-11-23 00:00:00+00:00')$pkit$;
      EXECUTE $pkit$REVOKE ALL ON TABLE "public"."events_legacy" FROM "pk_app", "pk_reader"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_legacy" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$DROP POLICY "events_tenant_policy" ON "public"."events_legacy"$pkit$;
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
      EXECUTE $pkit$COMMENT ON CONSTRAINT "events_pkey" ON "public"."events" IS 'the key
partitionkit: primary key was ("id") before the partition key was added'$pkit$;
      EXECUTE $pkit$COMMENT ON INDEX "public"."events_note_lower_idx" IS 'case-insensitive'$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" REPLICA IDENTITY FULL$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."events_p20261123" PARTITION OF "public"."events" FOR VALUES FROM ('2026-11-23 00:00:00+00:00') TO ('2026-11-24 00:00:00+00:00') WITH (fillfactor=90, autovacuum_vacuum_scale_factor=0.05, toast.autovacuum_enabled=false)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261123" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261123" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261123" REPLICA IDENTITY FULL$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."events_p20261124" PARTITION OF "public"."events" FOR VALUES FROM ('2026-11-24 00:00:00+00:00') TO ('2026-11-25 00:00:00+00:00') WITH (fillfactor=90, autovacuum_vacuum_scale_factor=0.05, toast.autovacuum_enabled=false)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261124" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261124" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_p20261124" REPLICA IDENTITY FULL$pkit$;
      EXECUTE $pkit$CREATE TABLE "public"."events_default" PARTITION OF "public"."events" DEFAULT WITH (fillfactor=90, autovacuum_vacuum_scale_factor=0.05, toast.autovacuum_enabled=false)$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_default" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_default" ENABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_default" REPLICA IDENTITY FULL$pkit$;
      EXECUTE $pkit$ALTER PUBLICATION "events_pub" DROP TABLE "public"."events_legacy"$pkit$;
      EXECUTE $pkit$ALTER PUBLICATION "events_pub" ADD TABLE "public"."events"$pkit$;
      EXECUTE $pkit$CREATE OR REPLACE VIEW "public"."recent_events" AS
SELECT id,
    tenant_id,
    amount
   FROM public.events
  WHERE (created_at > (now() - '1 day'::interval))$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."event_notes" DROP CONSTRAINT "event_notes_event_fk"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."event_notes" ADD CONSTRAINT "event_notes_event_fk" FOREIGN KEY (event_id, event_created_at) REFERENCES public.events(id, created_at) NOT VALID$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: switch "public"."events" to a range-partitioned table, keeping the old table as "public"."events_legacy"', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: switch "public"."events" to a range-partitioned table, keeping the old table as "public"."events_legacy"', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key event_notes_event_fk of "public"."event_notes" against the partitioned table
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."event_notes" VALIDATE CONSTRAINT "event_notes_event_fk"$pkit$;
END
$pkit1$;

-- partitionkit: collect planner statistics for the partitioned table "public"."events"
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ANALYZE "public"."events"$pkit$;
END
$pkit1$;
