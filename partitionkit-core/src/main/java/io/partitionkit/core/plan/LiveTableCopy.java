package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL that copies a live table's rows into a new table without losing writes made meanwhile:
 * while {@link Capture} logs the key of every row inserted, updated or deleted, rows are copied in key order,
 * one committed batch at a time, resuming after the highest key already copied; replaying the log
 * deletes each logged key from the copy and copies the row again as it now is (or not at all).
 */
public final class LiveTableCopy {

    /** How often a long copy reports progress. */
    private static final String PROGRESS_EVERY = "interval '30 seconds'";

    private final TableSnapshot source;
    private final CaptureNames names;
    private final List<String> key;
    private final int batchSize;
    private final KeysetBatch keyset;
    private final String columns;

    public LiveTableCopy(TableSnapshot source, CaptureNames names, List<String> key, int batchSize) {
        this.source = source;
        this.names = names;
        this.key = key;
        this.batchSize = batchSize;
        this.keyset = new KeysetBatch(source, key, batchSize);
        this.columns = Ddl.storedColumns(source, "");
    }

    /**
     * Copies rows from {@code from} (the partitioned table, or a table being folded in) in key order,
     * committing every batch. Copying the partitioned table resumes after the copy's highest key;
     * folding skips keys the copy already has.
     */
    public String copyRows(QualifiedName from, boolean onlyMissing) {
        QualifiedName target = names.target();
        String insertFilter = onlyMissing ? "NOT EXISTS (SELECT 1 FROM " + target.sql() + " t WHERE " + keyEquals("t.", "b.") + ")" : "";
        DoBlock block = new DoBlock().setting("row_security", "off");
        keyset.declareKeys(block);
        block.declare("pkit_started", DoBlock.BOOLEAN, "false").declare("pkit_batch", DoBlock.BIGINT).declare("pkit_rows", DoBlock.BIGINT, "0")
                .declare("pkit_began", DoBlock.TIMESTAMPTZ).declare("pkit_reported", DoBlock.TIMESTAMPTZ);
        String what = Sql.literal(from.toString());
        block.line("  pkit_began := clock_timestamp();", "  pkit_reported := pkit_began;");
        if (!onlyMissing) {
            block.line("  " + keyset.resumeAfterLastOf(target), "  pkit_started := FOUND;");
        }
        block.line("  LOOP",
                "    pkit_batch := NULL;",
                "    BEGIN",
                "      IF pkit_started THEN",
                "        " + keyset.copyNext(from, keyset.afterLastKey(), target, insertFilter, "        "),
                "      ELSE",
                "        " + keyset.copyNext(from, "", target, insertFilter, "        "),
                "      END IF;",
                "    EXCEPTION WHEN unique_violation THEN",
                "      " + duplicateKey(what, key, "nothing was switched."),
                "    END;",
                "    EXIT WHEN pkit_batch IS NULL;",
                "    pkit_started := true;",
                "    pkit_rows := pkit_rows + pkit_batch;");
        block.commit("    ");
        block.line("    IF clock_timestamp() - pkit_reported > " + PROGRESS_EVERY + " THEN",
                "      " + DoBlock.raise("NOTICE", "partitionkit: % rows of % copied so far, % rows/s", "pkit_rows", what,
                        "round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001))"),
                "      pkit_reported := clock_timestamp();",
                "    END IF;",
                "  END LOOP;",
                "  " + DoBlock.raise("NOTICE", "partitionkit: copied % rows of % in %", "pkit_rows", what, "clock_timestamp() - pkit_began"));
        return block.sql();
    }

    /**
     * Replays logged keys batch by batch until the log is nearly empty; the switch replays the rest.
     * The backlog found at the start is one round; another round starts only if the backlog has
     * shrunk meanwhile, so that writers faster than the replay cannot keep it going for ever: what
     * they leave is replayed by the switch. The keys table is truncated, not deleted from: no
     * autovacuum reaches a temporary table, and its dead rows would slow every batch down.
     */
    public String replay() {
        QualifiedName keys = new QualifiedName("pg_temp", names.replayKeys());
        String backlog = "SELECT count(*) INTO pkit_round FROM " + names.log().sql() + ";";
        DoBlock block = new DoBlock().setting("row_security", "off")
                .declare("pkit_batch", DoBlock.BIGINT).declare("pkit_rows", DoBlock.BIGINT, "0").declare("pkit_round", DoBlock.BIGINT)
                .declare("pkit_backlog", DoBlock.BIGINT);
        block.line("  IF to_regclass(" + Sql.literal(keys.sql()) + ") IS NULL THEN",
                "    CREATE TEMP TABLE " + Sql.ident(keys.name()) + " (LIKE " + names.log().sql() + ");",
                "  END IF;",
                "  " + backlog,
                "  pkit_backlog := pkit_round;",
                "  LOOP",
                "    TRUNCATE " + keys.sql() + ";",
                "    WITH taken AS (DELETE FROM " + names.log().sql() + " WHERE ctid = ANY (ARRAY(SELECT ctid FROM "
                        + names.log().sql() + " LIMIT " + batchSize + ")) RETURNING " + Sql.idents(key) + ")",
                "      INSERT INTO " + keys.sql() + " SELECT DISTINCT " + Sql.idents(key) + " FROM taken;",
                "    GET DIAGNOSTICS pkit_batch = ROW_COUNT;",
                "    EXIT WHEN pkit_batch = 0;",
                "    DELETE FROM " + names.target().sql() + " t USING " + keys.sql() + " k WHERE " + keyEquals("t.", "k.") + ";",
                "    INSERT INTO " + names.target().sql() + " (" + columns + ") SELECT " + Ddl.storedColumns(source, "s.") + " FROM "
                        + source.name().sql() + " s JOIN " + keys.sql() + " k ON " + keyEquals("s.", "k.") + ";",
                "    pkit_rows := pkit_rows + pkit_batch;");
        block.commit("    ");
        block.line("    EXIT WHEN pkit_batch < " + batchSize + ";",
                "    pkit_round := pkit_round - pkit_batch;",
                "    IF pkit_round <= 0 THEN",
                "      " + backlog,
                "      IF pkit_round >= pkit_backlog THEN",
                "        " + DoBlock.raise("NOTICE", "partitionkit: writes come faster than the replay; the switch replays the last % logged keys",
                        "pkit_round"),
                "        EXIT;",
                "      END IF;",
                "      pkit_backlog := pkit_round;",
                "    END IF;",
                "  END LOOP;",
                "  " + DoBlock.raise("NOTICE", "partitionkit: replayed % keys written meanwhile", "pkit_rows"));
        return block.sql();
    }

    /** The last replay, inside the switch: nothing can write any more, so all of it at once. */
    public List<String> finalReplay() {
        String logged = "(SELECT DISTINCT " + Sql.idents(key) + " FROM " + names.log().sql() + ")";
        return List.of(
                "DELETE FROM " + names.target().sql() + " t USING " + logged + " k WHERE " + keyEquals("t.", "k."),
                "INSERT INTO " + names.target().sql() + " (" + columns + ") SELECT " + Ddl.storedColumns(source, "s.") + " FROM "
                        + source.name().sql() + " s WHERE (" + keyListWith("s.") + ") IN " + logged);
    }

    private String keyListWith(String prefix) {
        return key.stream().map(k -> prefix + Sql.ident(k)).collect(Collectors.joining(", "));
    }

    private String keyEquals(String left, String right) {
        return "(" + keyListWith(left) + ") = (" + keyListWith(right) + ")";
    }

    /**
     * The error for rows of different partitions sharing the plain table's primary key, which only a
     * plain table enforces; {@code what} is a literal naming the table, {@code outcome} what became of the change.
     */
    public static String duplicateKey(String what, List<String> key, String outcome) {
        return DoBlock.raiseWithHint("EXCEPTION", "partitionkit: rows of % share the primary key (%) that the plain table needs: %",
                "Partitions may hold the same key twice. Remove the duplicates, or name a primaryKey that is unique across the whole "
                        + "table, and run the change again; " + outcome, what, Sql.literal(String.join(", ", key)), "SQLERRM");
    }
}
