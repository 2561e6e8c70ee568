package io.partitionkit.it.bench;

import io.partitionkit.it.maintain.Maintenance;
import io.partitionkit.it.support.TestDatabase;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The fleet as partitionkit keeps it: partitions named {@code events_NNN_pYYYYMMDD}, made with plain
 * SQL (faster than premaking them with ensurePartitions one attach at a time), and an
 * {@code ensurePartitions} changeset a table.
 */
final class PartitionedFleet extends Fleet {

    static final int PREMAKE = 7;

    PartitionedFleet(TestDatabase db, String schema, int tables, LocalDate firstDay, int rowDays) {
        super(db, schema, tables, firstDay, rowDays);
    }

    @Override
    void create(int days) {
        db.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
        for (String table : tables()) {
            db.execute("CREATE TABLE " + qualified(table) + " (id bigint NOT NULL, at timestamptz NOT NULL, amount int, "
                            + "PRIMARY KEY (id, at)) PARTITION BY RANGE (at)",
                    "CREATE TABLE " + qualified(table) + "_default PARTITION OF " + qualified(table) + " DEFAULT");
        }
        addDays(0, days);
    }

    @Override
    void addDays(int first, int count) {
        LocalDate from = firstDay.plusDays(first);
        for (String table : tables()) {
            db.execute("""
                    DO $$BEGIN FOR d IN 0..%d LOOP
                      EXECUTE format('CREATE TABLE %s.%%I PARTITION OF %s FOR VALUES FROM (%%L) TO (%%L)',
                          '%s_p' || to_char(date '%s' + d, 'YYYYMMDD'), (date '%5$s' + d) || ' 00:00+00', (date '%5$s' + d + 1) || ' 00:00+00');
                    END LOOP; END$$""".formatted(count - 1, schema, qualified(table), table, from),
                    insertRows(table, first, count));
        }
    }

    /**
     * Every table's ensurePartitions, as runAlways changesets; expired rows in the partition spanning
     * the cutoff are kept until it expires whole, as pg_partman keeps them.
     */
    String changeSets(String retention) {
        return tables().stream().map(table -> Maintenance.changeSet("maintain-" + table, "schemaName=\"" + schema + "\" tableName=\""
                + table + "\" column=\"at\" interval=\"day\" premake=\"" + PREMAKE + "\" retention=\"" + retention + "\" deleteExpiredRows=\"false\""))
                .collect(Collectors.joining());
    }
}
