package io.partitionkit.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoBlockTest {

    private static final String PIN = "PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);";

    @Test
    void everyTransactionOfTheBlockStartsWithTheFixedSearchPathAndItsSettings() {
        String sql = new DoBlock().setting("row_security", "off").declare("pkit_rows", DoBlock.BIGINT, "0")
                .line("  LOOP", "    pkit_rows := pkit_rows + 1;").commit("    ").line("  END LOOP;").sql();

        assertThat(sql).isEqualTo("DO $pkit$\n"
                + "DECLARE\n  pkit_rows pg_catalog.int8 := 0;\n"
                + "BEGIN\n  " + PIN + "\n  PERFORM pg_catalog.set_config('row_security', 'off', true);\n"
                + "  LOOP\n    pkit_rows := pkit_rows + 1;\n    COMMIT;\n    " + PIN
                + "\n    PERFORM pg_catalog.set_config('row_security', 'off', true);\n  END LOOP;\nEND\n$pkit$");
    }

    /** Citus sends SET LOCAL statements, not set_config, on to its workers: every transaction of the block runs one. */
    @Test
    void boundingCitusWorkersSendsLockTimeoutOnInEveryTransaction() {
        String sql = new DoBlock().boundingCitusWorkers().setting("lock_timeout", "5s").line("  LOOP").commit("    ").line("  END LOOP;")
                .sql();
        String settings = "PERFORM pg_catalog.set_config('citus.propagate_set_commands', 'local', true);\n%s"
                + "PERFORM pg_catalog.set_config('lock_timeout', '5s', true);\n%sEXECUTE 'SET LOCAL lock_timeout = ''5s''';";

        assertThat(sql).contains("  " + PIN + "\n  " + settings.formatted("  ", "  "))
                .contains("    COMMIT;\n    " + PIN + "\n    " + settings.formatted("    ", "    "));
        assertThat(new DoBlock().setting("lock_timeout", "5s").sql()).doesNotContain("citus", "SET LOCAL");
    }

    @Test
    void statementsRunThroughExecute() {
        assertThat(DoBlock.executing(List.of("ANALYZE \"public\".\"t\"")).sql())
                .contains("  " + PIN + "\nEXECUTE $pkit$ANALYZE \"public\".\"t\"$pkit$;\nEND");
    }

    @Test
    void declarationsResolveWithoutTheCallersSearchPath() {
        assertThatThrownBy(() -> new DoBlock().declare("pkit_key", "text")).hasMessageContaining("schema-qualified or %TYPE");
        assertThatThrownBy(() -> new DoBlock().declare("pkit_at", DoBlock.TIMESTAMPTZ, "now()")).hasMessageContaining("a constant");
        assertThat(new DoBlock().declare("pkit_key", DoBlock.typeOf(new QualifiedName("s", "t"), "id")).sql())
                .contains("pkit_key \"s\".\"t\".\"id\"%TYPE;");
    }

    @Test
    void namesReachRaiseAsArgumentsNeverAsFormatText() {
        String name = "we'ird\\' %s";
        assertThat(DoBlock.raise("NOTICE", "partitionkit: moved % rows into %", "pkit_moved", Sql.literal(name)))
                .isEqualTo("RAISE NOTICE 'partitionkit: moved % rows into %', pkit_moved, E'we''ird\\\\'' %s';");
        assertThatThrownBy(() -> DoBlock.raise("NOTICE", "partitionkit: " + name)).hasMessageContaining("constant text");
        assertThatThrownBy(() -> DoBlock.raise("NOTICE", "% and %", "pkit_a")).hasMessageContaining("2 placeholder(s) for 1 argument(s)");
        assertThat(DoBlock.raise("NOTICE", "100%% of %", "pkit_a")).isEqualTo("RAISE NOTICE '100%% of %', pkit_a;");
    }
}
