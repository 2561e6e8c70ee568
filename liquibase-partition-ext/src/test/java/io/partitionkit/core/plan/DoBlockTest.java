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
        String sql = new DoBlock().setting("row_security", "off").declare("pk_rows", DoBlock.BIGINT, "0")
                .line("  LOOP", "    pk_rows := pk_rows + 1;").commit("    ").line("  END LOOP;").sql();

        assertThat(sql).isEqualTo("DO $pk$\n"
                + "DECLARE\n  pk_rows pg_catalog.int8 := 0;\n"
                + "BEGIN\n  " + PIN + "\n  PERFORM pg_catalog.set_config('row_security', 'off', true);\n"
                + "  LOOP\n    pk_rows := pk_rows + 1;\n    COMMIT;\n    " + PIN
                + "\n    PERFORM pg_catalog.set_config('row_security', 'off', true);\n  END LOOP;\nEND\n$pk$");
    }

    @Test
    void statementsRunThroughExecute() {
        assertThat(DoBlock.executing(List.of("ANALYZE \"public\".\"t\"")).sql())
                .contains("  " + PIN + "\nEXECUTE $pk$ANALYZE \"public\".\"t\"$pk$;\nEND");
    }

    @Test
    void declarationsResolveWithoutTheCallersSearchPath() {
        assertThatThrownBy(() -> new DoBlock().declare("pk_key", "text")).hasMessageContaining("schema-qualified or %TYPE");
        assertThatThrownBy(() -> new DoBlock().declare("pk_at", DoBlock.TIMESTAMPTZ, "now()")).hasMessageContaining("a constant");
        assertThat(new DoBlock().declare("pk_key", DoBlock.typeOf(new QualifiedName("s", "t"), "id")).sql())
                .contains("pk_key \"s\".\"t\".\"id\"%TYPE;");
    }

    @Test
    void namesReachRaiseAsArgumentsNeverAsFormatText() {
        String name = "we'ird\\' %s";
        assertThat(DoBlock.raise("NOTICE", "partitionkit: moved % rows into %", "pk_moved", Sql.literal(name)))
                .isEqualTo("RAISE NOTICE 'partitionkit: moved % rows into %', pk_moved, E'we''ird\\\\'' %s';");
        assertThatThrownBy(() -> DoBlock.raise("NOTICE", "partitionkit: " + name)).hasMessageContaining("constant text");
        assertThatThrownBy(() -> DoBlock.raise("NOTICE", "% and %", "pk_a")).hasMessageContaining("2 placeholder(s) for 1 argument(s)");
        assertThat(DoBlock.raise("NOTICE", "100%% of %", "pk_a")).isEqualTo("RAISE NOTICE '100%% of %', pk_a;");
    }
}
