package io.partitionkit.core.status;

import io.partitionkit.core.status.PartitionStatus.Flag;
import java.util.Locale;

/**
 * A {@link StatusReport} as one JSON document. Its member names are a published interface (the
 * README documents them, a test pins them): add members, never rename or remove one.
 */
public final class StatusJson {

    private StatusJson() {
    }

    public static String render(StatusReport report) {
        JsonText json = JsonText.pretty().beginObject();
        json.name("at").value(report.at().toString());
        json.name("tables").beginArray();
        report.tables().forEach(table -> table(json, table));
        json.endArray();
        json.name("warnings").beginArray();
        for (StatusReport.TableWarning warning : report.warnings()) {
            json.beginObject().name("schema").value(warning.table().schema()).name("table").value(warning.table().name())
                    .name("code").value(warning.warning().kind().code()).name("message").value(warning.warning().message()).endObject();
        }
        return json.endArray().endObject().text();
    }

    private static void table(JsonText json, TableStatus table) {
        TableMetrics metrics = TableMetrics.of(table);
        json.beginObject();
        json.name("schema").value(table.table().schema());
        json.name("table").value(table.table().name());
        json.name("partitionedBy").value(table.partitionedBy());
        json.name("column").value(table.column());
        json.name("interval").value(table.interval());
        json.name("intervalSource").value(table.intervalSource().name().toLowerCase(Locale.ROOT));
        json.name("intervalSeconds");
        if (table.intervalLength().isEmpty()) {
            json.nullValue();
        } else {
            json.value(table.intervalLength().get().toSeconds());
        }
        StatusPolicy policy = table.policy();
        json.name("premake");
        if (policy == null) {
            json.nullValue();
        } else {
            json.value(policy.premake());
        }
        json.name("retention").value(policy == null || policy.retention() == null ? null : policy.retention().toString());
        json.name("timeZone").value(policy == null ? null : policy.zone().toString());
        json.name("lastMaintenance").value(table.lastMaintenance().map(Object::toString).orElse(null));
        json.name("defaultRows").value(metrics.defaultRows());
        json.name("defaultRowsNotUuidv7");
        if (metrics.defaultRowsNotUuidv7().isEmpty()) {
            json.nullValue();
        } else {
            json.value(metrics.defaultRowsNotUuidv7().get());
        }
        json.name("partitionCount").value(metrics.partitions());
        json.name("premadeIntervals");
        if (metrics.premadeIntervals().isEmpty()) {
            json.nullValue();
        } else {
            json.value(metrics.premadeIntervals().get());
        }
        json.name("expiredPartitions").value(metrics.expiredPartitions());
        json.name("gaps").value(metrics.gaps());
        json.name("bytes").value(metrics.bytes());
        coverage(json, table.coverage());
        json.name("partitions").beginArray();
        for (PartitionStatus partition : table.partitions()) {
            boolean isDefault = partition.has(Flag.DEFAULT);
            json.beginObject().name("name").value(partition.name().name()).name("default").value(isDefault)
                    .name("from").value(isDefault ? null : partition.from()).name("to").value(isDefault || partition.to().isEmpty() ? null
                            : partition.to())
                    .name(isDefault ? "rows" : "estimatedRows").value(partition.rows()).name("bytes").value(partition.bytes())
                    .name("flags").beginArray();
            partition.flags().stream().filter(flag -> flag != Flag.DEFAULT).sorted()
                    .forEach(flag -> json.value(flag.name().toLowerCase(Locale.ROOT)));
            json.endArray().endObject();
        }
        json.endArray();
        json.name("warnings").beginArray();
        table.warnings().forEach(warning -> json.beginObject().name("code").value(warning.kind().code())
                .name("message").value(warning.message()).endObject());
        json.endArray();
        json.name("notes").beginArray();
        table.notes().forEach(json::value);
        json.endArray();
        json.endObject();
    }

    private static void coverage(JsonText json, Coverage coverage) {
        json.name("coverage");
        if (coverage == null) {
            json.nullValue();
            return;
        }
        json.beginObject().name("now").value(coverage.reference()).name("nowIs").value(coverage.referenceName())
                .name("currentPartition").value(coverage.current() == null ? null : coverage.current().name())
                .name("reach").value(coverage.reach()).endObject();
    }
}
