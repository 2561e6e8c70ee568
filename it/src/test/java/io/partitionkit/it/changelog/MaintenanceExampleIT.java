package io.partitionkit.it.changelog;

import static io.partitionkit.testing.TestClock.NOON;
import static io.partitionkit.testing.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import io.partitionkit.liquibase.EnsurePartitionsChange;
import java.util.List;
import liquibase.changelog.ChangeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xml.sax.SAXException;

/** The maintenance example, as users copy it: one changeset in three formats, valid, and doing its job. */
@ExtendWith(PostgresExtension.class)
class MaintenanceExampleIT {

    private static final String XML = "examples/spend-logs-maintenance.xml";
    private static final List<String> FORMATS = List.of(XML, "examples/spend-logs-maintenance.yaml",
            "examples/spend-logs-maintenance.json");
    /** Pinned like the conversion example's: a later attribute must not change what users already ran. */
    private static final String CHECKSUM = "9:8d7e476788074fbe3229c265bdbfca08";

    @Test
    void everyFormatHoldsTheSameRunAlwaysChangeset() {
        for (String format : FORMATS) {
            ChangeSet changeSet = Changelogs.changeSet(Changelogs.parse(format), "spend-logs-maintenance");
            assertThat(changeSet.isAlwaysRun()).as(format).isTrue();
            assertThat(changeSet.isRunInTransaction()).as(format).isFalse();
            assertThat(changeSet.getLabels().toString()).as(format).isEqualTo("partition-maintenance");
            EnsurePartitionsChange change = (EnsurePartitionsChange) changeSet.getChanges().get(0);
            assertThat(List.of(change.getTableName(), change.getColumn(), change.getInterval(), change.getPremake(), change.getRetention()))
                    .as(format).containsExactly("LiteLLM_SpendLogs", "startTime", "day", 7, "30 days");
            assertThat(Changelogs.checkSum(changeSet)).as(format).isEqualTo(CHECKSUM);
        }
    }

    @Test
    void isValidAgainstTheShippedSchemas() throws SAXException {
        new ClasspathSchemaValidator().validate(Changelogs.text(XML));
    }

    @Test
    void keepsAConvertedSpendLogCoveredAndDeletesWhatExpired(TestDatabase db) {
        db.execute("CREATE TABLE \"LiteLLM_SpendLogs\" (request_id text PRIMARY KEY, \"startTime\" timestamp(3) NOT NULL, spend float8)",
                "INSERT INTO \"LiteLLM_SpendLogs\" SELECT 'req-' || i, timestamp '2026-11-21 12:00' - i * interval '10 minutes', i "
                        + "FROM generate_series(1, 5000) i");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        liquibase.update(Changelogs.XML);
        RowFingerprint recent = db.fingerprint("(SELECT * FROM \"LiteLLM_SpendLogs\" WHERE \"startTime\" >= '2026-11-05 12:00')");

        liquibase.withClock(at("2026-12-05T12:00:00Z")).update(XML);

        assertThat(db.column("SELECT pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                + "WHERE i.inhparent = '\"LiteLLM_SpendLogs\"'::regclass ORDER BY 1")).contains(
                "FOR VALUES FROM ('2026-12-05 00:00:00') TO ('2026-12-06 00:00:00')",
                "FOR VALUES FROM ('2026-12-12 00:00:00') TO ('2026-12-13 00:00:00')",
                // The old table's partition ends after the cutoff (2026-11-05 12:00), so it stays; its expired rows go.
                "FOR VALUES FROM (MINVALUE) TO ('2026-11-23 00:00:00')");
        assertThat(db.fingerprint("\"LiteLLM_SpendLogs\"")).isEqualTo(recent);
        assertThat(db.longValue("SELECT count(*) FROM \"LiteLLM_SpendLogs\" WHERE \"startTime\" < '2026-11-05 12:00'")).isZero();
    }
}
