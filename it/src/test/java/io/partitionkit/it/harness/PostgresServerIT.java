package io.partitionkit.it.harness;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.PostgresServer;
import io.partitionkit.it.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class PostgresServerIT {

    @Test
    void servesTheRequestedMajorVersionInAFreshDatabase(TestDatabase db) {
        assertThat(db.server().majorVersion()).isEqualTo(PostgresServer.requestedMajorVersion());
        assertThat(db.value("SELECT current_database()")).isEqualTo(db.name());
        assertThat(db.value("SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()"))
                .isEqualTo("UTF8");
    }

    @Test
    void fingerprintsRowsIndependentlyOfOrder(TestDatabase db) {
        db.execute("CREATE TABLE f1 (a int, b text)", "CREATE TABLE f2 (a int, b text)",
                "INSERT INTO f1 VALUES (1, 'x'), (2, 'y')", "INSERT INTO f2 VALUES (2, 'y'), (1, 'x')");
        assertThat(db.fingerprint("f1")).isEqualTo(db.fingerprint("f2"));
        db.execute("UPDATE f2 SET b = 'z' WHERE a = 2");
        assertThat(db.fingerprint("f1")).isNotEqualTo(db.fingerprint("f2"));
    }
}
