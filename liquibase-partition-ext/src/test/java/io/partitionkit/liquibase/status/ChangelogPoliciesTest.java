package io.partitionkit.liquibase.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.core.options.InvalidOptionsException;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.status.StatusPolicy;
import io.partitionkit.liquibase.EnsurePartitionsChange;
import java.time.ZoneId;
import java.util.Map;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import org.junit.jupiter.api.Test;

class ChangelogPoliciesTest {

    private final DatabaseChangeLog changeLog = new DatabaseChangeLog("db/changelog.xml");

    private void add(String id, String schema, String table, String interval, Integer premake, String retention) {
        EnsurePartitionsChange change = new EnsurePartitionsChange();
        change.setSchemaName(schema);
        change.setTableName(table);
        change.setColumn("created_at");
        change.setInterval(interval);
        change.setPremake(premake);
        change.setRetention(retention);
        change.setTimeZone("Europe/Berlin");
        ChangeSet changeSet = new ChangeSet(id, "ops", true, false, "db/changelog.xml", null, null, changeLog);
        changeSet.addChange(change);
        changeLog.addChangeSet(changeSet);
    }

    @Test
    void eachEnsurePartitionsChangeBecomesItsTablesPolicyTheLastOneWinning() {
        add("events-v1", null, "events", "day", 3, null);
        add("events-v2", null, "events", "day", 14, "90 days");
        add("audit", "ops", "audit_log", "month", null, null);

        Map<QualifiedName, StatusPolicy> policies = ChangelogPolicies.of(changeLog, "app");

        assertThat(policies).containsOnlyKeys(new QualifiedName("app", "events"), new QualifiedName("ops", "audit_log"));
        StatusPolicy events = policies.get(new QualifiedName("app", "events"));
        assertThat(events.premake()).isEqualTo(14);
        assertThat(events.retention()).hasToString("90 days");
        assertThat(events.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(policies.get(new QualifiedName("ops", "audit_log")).premake()).as("the change's default").isEqualTo(7);
    }

    @Test
    void anInvalidChangeIsReportedWithItsChangeSet() {
        add("broken", null, "events", "fortnight", 3, null);

        assertThatThrownBy(() -> ChangelogPolicies.of(changeLog, "app")).isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("changeset db/changelog.xml::broken::ops: interval 'fortnight' is not one of hour, day");
    }
}
