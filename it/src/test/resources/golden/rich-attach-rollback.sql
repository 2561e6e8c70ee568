-- partitionkit: revert "public"."events" to a plain table in place: its legacy partition "public"."events_legacy" (about 3000 rows) becomes the table again, and the rows of the 2 other partition(s) and DEFAULT (about 0 rows) move into it
DO $pkit$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
RAISE NOTICE 'partitionkit: %', 'revert "public"."events" to a plain table in place: its legacy partition "public"."events_legacy" (about 3000 rows) becomes the table again, and the rows of the 2 other partition(s) and DEFAULT (about 0 rows) move into it';
END
$pkit$;

-- partitionkit: make "public"."events_legacy" the DEFAULT partition of "public"."events" (proved by CHECK events_partition_bound, no scan), moving the rows of the old DEFAULT "public"."events_default" into it
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
      EXECUTE $pkit$LOCK TABLE "public"."events" IN ACCESS EXCLUSIVE MODE$pkit$;
      PERFORM pg_catalog.pg_advisory_xact_lock(<key>);
      IF (SELECT pg_catalog.string_agg(a.attname::text, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = '"public"."events"'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') IS DISTINCT FROM 'id,created_at,tenant_id,amount,note,seq_no,code,payload' THEN
        RAISE EXCEPTION 'partitionkit: the columns of % changed since the revert was planned', '"public"."events"' USING HINT = 'Nothing was moved. Run the change again.';
      END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conrelid = '"public"."events_legacy"'::regclass AND k.conname = 'events_partition_bound' AND k.convalidated) THEN
        RAISE EXCEPTION 'partitionkit: the CHECK % on % is gone or not validated', 'events_partition_bound', '"public"."events_legacy"' USING HINT = 'Without it PostgreSQL would read the whole partition under lock. Run the change again.';
      END IF;
      EXECUTE $pkit$ALTER TABLE "public"."event_notes" DROP CONSTRAINT "event_notes_event_fk"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" DETACH PARTITION "public"."events_default"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" DETACH PARTITION "public"."events_legacy"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" ATTACH PARTITION "public"."events_legacy" DEFAULT$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_legacy" DROP CONSTRAINT "events_partition_bound"$pkit$;
      SELECT pg_catalog.string_agg(pg_catalog.format('DISABLE TRIGGER %I', t.tgname), ', ' ORDER BY t.tgname),
             pg_catalog.string_agg(pg_catalog.format(CASE t.tgenabled WHEN 'A' THEN 'ENABLE ALWAYS TRIGGER %I' WHEN 'R' THEN 'ENABLE REPLICA TRIGGER %I' ELSE 'ENABLE TRIGGER %I' END, t.tgname), ', ' ORDER BY t.tgname)
        INTO pkit_disable_triggers, pkit_enable_triggers FROM pg_catalog.pg_trigger t
        WHERE t.tgrelid = '"public"."events_legacy"'::regclass AND NOT t.tgisinternal AND t.tgenabled <> 'D';
      IF pkit_disable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."events_legacy" ' || pkit_disable_triggers;
      END IF;
      BEGIN
        EXECUTE $pkit$INSERT INTO "public"."events_legacy" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") OVERRIDING SYSTEM VALUE SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM ONLY "public"."events_default"$pkit$;
      EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"public"."events"', 'id', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing of this step was applied, and every row is still in the table.';
      END;
      IF pkit_enable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."events_legacy" ' || pkit_enable_triggers;
      END IF;
      EXECUTE $pkit$DROP TABLE "public"."events_default"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."event_notes" ADD CONSTRAINT "event_notes_event_fk" FOREIGN KEY (event_id, event_created_at) REFERENCES public.events(id, created_at) NOT VALID$pkit$;
      EXECUTE $pkit$COMMENT ON TABLE "public"."events_legacy" IS 'every property
partitionkit: revertPartitioning is turning this partition back into the plain table "public"."events"; run the revert again to finish it'$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: make "public"."events_legacy" the DEFAULT partition of "public"."events" (proved by CHECK events_partition_bound, no scan), moving the rows of the old DEFAULT "public"."events_default" into it', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: make "public"."events_legacy" the DEFAULT partition of "public"."events" (proved by CHECK events_partition_bound, no scan), moving the rows of the old DEFAULT "public"."events_default" into it', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: move the rows of "public"."events_p20261123" (about 0) into "public"."events_legacy" and drop it
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
      EXECUTE $pkit$LOCK TABLE "public"."events" IN ACCESS EXCLUSIVE MODE$pkit$;
      PERFORM pg_catalog.pg_advisory_xact_lock(<key>);
      IF (SELECT pg_catalog.string_agg(a.attname::text, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = '"public"."events"'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') IS DISTINCT FROM 'id,created_at,tenant_id,amount,note,seq_no,code,payload' THEN
        RAISE EXCEPTION 'partitionkit: the columns of % changed since the revert was planned', '"public"."events"' USING HINT = 'Nothing was moved. Run the change again.';
      END IF;
      IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"public"."events"'::regclass AND i.inhrelid = pg_catalog.to_regclass('"public"."events_p20261123"')) THEN
      EXECUTE $pkit$ALTER TABLE "public"."event_notes" DROP CONSTRAINT "event_notes_event_fk"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" DETACH PARTITION "public"."events_p20261123"$pkit$;
      SELECT pg_catalog.string_agg(pg_catalog.format('DISABLE TRIGGER %I', t.tgname), ', ' ORDER BY t.tgname),
             pg_catalog.string_agg(pg_catalog.format(CASE t.tgenabled WHEN 'A' THEN 'ENABLE ALWAYS TRIGGER %I' WHEN 'R' THEN 'ENABLE REPLICA TRIGGER %I' ELSE 'ENABLE TRIGGER %I' END, t.tgname), ', ' ORDER BY t.tgname)
        INTO pkit_disable_triggers, pkit_enable_triggers FROM pg_catalog.pg_trigger t
        WHERE t.tgrelid = '"public"."events_legacy"'::regclass AND NOT t.tgisinternal AND t.tgenabled <> 'D';
      IF pkit_disable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."events_legacy" ' || pkit_disable_triggers;
      END IF;
      BEGIN
        EXECUTE $pkit$INSERT INTO "public"."events_legacy" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") OVERRIDING SYSTEM VALUE SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM ONLY "public"."events_p20261123"$pkit$;
      EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"public"."events"', 'id', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing of this step was applied, and every row is still in the table.';
      END;
      IF pkit_enable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."events_legacy" ' || pkit_enable_triggers;
      END IF;
      EXECUTE $pkit$DROP TABLE "public"."events_p20261123"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."event_notes" ADD CONSTRAINT "event_notes_event_fk" FOREIGN KEY (event_id, event_created_at) REFERENCES public.events(id, created_at) NOT VALID$pkit$;
      END IF;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: move the rows of "public"."events_p20261123" (about 0) into "public"."events_legacy" and drop it', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: move the rows of "public"."events_p20261123" (about 0) into "public"."events_legacy" and drop it', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: move the rows of "public"."events_p20261124" (about 0) into "public"."events_legacy" and drop it
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
      EXECUTE $pkit$LOCK TABLE "public"."events" IN ACCESS EXCLUSIVE MODE$pkit$;
      PERFORM pg_catalog.pg_advisory_xact_lock(<key>);
      IF (SELECT pg_catalog.string_agg(a.attname::text, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = '"public"."events"'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') IS DISTINCT FROM 'id,created_at,tenant_id,amount,note,seq_no,code,payload' THEN
        RAISE EXCEPTION 'partitionkit: the columns of % changed since the revert was planned', '"public"."events"' USING HINT = 'Nothing was moved. Run the change again.';
      END IF;
      IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"public"."events"'::regclass AND i.inhrelid = pg_catalog.to_regclass('"public"."events_p20261124"')) THEN
      EXECUTE $pkit$ALTER TABLE "public"."event_notes" DROP CONSTRAINT "event_notes_event_fk"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" DETACH PARTITION "public"."events_p20261124"$pkit$;
      SELECT pg_catalog.string_agg(pg_catalog.format('DISABLE TRIGGER %I', t.tgname), ', ' ORDER BY t.tgname),
             pg_catalog.string_agg(pg_catalog.format(CASE t.tgenabled WHEN 'A' THEN 'ENABLE ALWAYS TRIGGER %I' WHEN 'R' THEN 'ENABLE REPLICA TRIGGER %I' ELSE 'ENABLE TRIGGER %I' END, t.tgname), ', ' ORDER BY t.tgname)
        INTO pkit_disable_triggers, pkit_enable_triggers FROM pg_catalog.pg_trigger t
        WHERE t.tgrelid = '"public"."events_legacy"'::regclass AND NOT t.tgisinternal AND t.tgenabled <> 'D';
      IF pkit_disable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."events_legacy" ' || pkit_disable_triggers;
      END IF;
      BEGIN
        EXECUTE $pkit$INSERT INTO "public"."events_legacy" ("id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload") OVERRIDING SYSTEM VALUE SELECT "id", "created_at", "tenant_id", "amount", "note", "seq_no", "code", "payload" FROM ONLY "public"."events_p20261124"$pkit$;
      EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'partitionkit: rows of % share the primary key (%) that the plain table needs: %', '"public"."events"', 'id', SQLERRM USING HINT = 'Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole table, and run the change again; nothing of this step was applied, and every row is still in the table.';
      END;
      IF pkit_enable_triggers IS NOT NULL THEN
        EXECUTE 'ALTER TABLE "public"."events_legacy" ' || pkit_enable_triggers;
      END IF;
      EXECUTE $pkit$DROP TABLE "public"."events_p20261124"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."event_notes" ADD CONSTRAINT "event_notes_event_fk" FOREIGN KEY (event_id, event_created_at) REFERENCES public.events(id, created_at) NOT VALID$pkit$;
      END IF;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: move the rows of "public"."events_p20261124" (about 0) into "public"."events_legacy" and drop it', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: move the rows of "public"."events_p20261124" (about 0) into "public"."events_legacy" and drop it', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: switch "public"."events" back to a plain table: "public"."events_legacy", its only partition now, takes its name and properties
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
      PERFORM pg_catalog.pg_advisory_xact_lock(<key>);
      IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = '"public"."events"'::regclass AND i.inhrelid <> '"public"."events_legacy"'::regclass) THEN
        RAISE EXCEPTION 'partitionkit: % has partitions besides % that the revert has not emptied yet', '"public"."events"', '"public"."events_legacy"' USING HINT = 'Nothing was switched. Run the change again: it moves their rows too.';
      END IF;
      SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END INTO pkit_next_0 FROM "public"."events_id_seq";
      EXECUTE $pkit$ALTER TABLE "public"."event_notes" DROP CONSTRAINT "event_notes_event_fk"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" DETACH PARTITION "public"."events_legacy"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" RENAME TO "events_partitioned_old"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events_legacy" RENAME TO "events"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" OWNER TO "pk_owner"$pkit$;
      EXECUTE $pkit$CREATE OR REPLACE VIEW "public"."recent_events" AS
SELECT id,
    tenant_id,
    amount
   FROM public.events
  WHERE (created_at > (now() - '1 day'::interval))$pkit$;
      EXECUTE $pkit$ALTER SEQUENCE "public"."events_seq_no_seq" OWNED BY "public"."events"."seq_no"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."event_notes" ADD CONSTRAINT "event_notes_event_fk" FOREIGN KEY (event_id, event_created_at) REFERENCES public.events(id, created_at) NOT VALID$pkit$;
      EXECUTE $pkit$ALTER PUBLICATION "events_pub" DROP TABLE "public"."events_partitioned_old"$pkit$;
      EXECUTE $pkit$ALTER PUBLICATION "events_pub" ADD TABLE "public"."events"$pkit$;
      EXECUTE $pkit$DROP TABLE "public"."events_partitioned_old"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" DROP CONSTRAINT "events_legacy_pkey"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" ADD CONSTRAINT "events_pkey" PRIMARY KEY USING INDEX "events_revert_pkey"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_legacy_created_brin" RENAME TO "events_created_brin"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_legacy_id_created_key" RENAME TO "events_id_created_key"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_legacy_no_twins" RENAME TO "events_no_twins"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_legacy_note_lower_idx" RENAME TO "events_note_lower_idx"$pkit$;
      EXECUTE $pkit$ALTER INDEX "public"."events_legacy_tenant_big_idx" RENAME TO "events_tenant_big_idx"$pkit$;
      EXECUTE $pkit$ALTER TABLE "public"."events" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME "public"."events_id_seq" START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE)$pkit$;
      EXECUTE pg_catalog.format('ALTER TABLE "public"."events" ALTER COLUMN "id" RESTART WITH %s', pkit_next_0);
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
      EXECUTE $pkit$COMMENT ON CONSTRAINT "events_pkey" ON "public"."events" IS 'the key'$pkit$;
      EXECUTE $pkit$COMMENT ON INDEX "public"."events_note_lower_idx" IS 'case-insensitive'$pkit$;
      EXIT;
    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
      IF pkit_attempt >= 10 THEN
        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %', 'partitionkit: switch "public"."events" back to a plain table: "public"."events_legacy", its only partition now, takes its name and properties', pkit_attempt, '5s', SQLERRM USING HINT = 'A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';
      END IF;
      RAISE NOTICE '%: attempt % waited longer than lock_timeout % (%); retrying', 'partitionkit: switch "public"."events" back to a plain table: "public"."events_legacy", its only partition now, takes its name and properties', pkit_attempt, '5s', SQLERRM;
      PERFORM pg_sleep(least(10.0, 0.2 * power(2, pkit_attempt - 1)) * (0.5 + random()));
    END;
  END LOOP;
END
$pkit1$;

-- partitionkit: validate foreign key event_notes_event_fk of "public"."event_notes" against the plain table
DO $pkit1$
BEGIN
  PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
EXECUTE $pkit$ALTER TABLE "public"."event_notes" VALIDATE CONSTRAINT "event_notes_event_fk"$pkit$;
END
$pkit1$;
