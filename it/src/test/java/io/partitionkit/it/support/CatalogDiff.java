package io.partitionkit.it.support;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.DependentView;
import io.partitionkit.core.catalog.IncomingForeignKey;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.OwnedSequence;
import io.partitionkit.core.catalog.Policy;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.catalog.Trigger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table's catalog properties as plain values, without what legitimately changes when a table is
 * rebuilt (OIDs, column numbers, statistics, sequence positions): two tables with equal property
 * maps are the same table to users, tools and the planner.
 */
public final class CatalogDiff {

    private CatalogDiff() {
    }

    public static TableSnapshot snapshot(TestDatabase db, String schema, String table) {
        try (Connection connection = db.connect()) {
            return new CatalogReader(connection).read(schema, table)
                    .orElseThrow(() -> new AssertionError("no table " + schema + "." + table));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> properties(TestDatabase db, String schema, String table) {
        return properties(snapshot(db, schema, table));
    }

    public static Map<String, Object> properties(TableSnapshot table) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", table.name());
        properties.put("kind", table.relkind());
        properties.put("persistence", table.persistence());
        properties.put("owner", table.owner());
        properties.put("tablespace", table.tablespace());
        properties.put("comment", table.comment());
        properties.put("reloptions", table.reloptions());
        properties.put("toast reloptions", table.toastReloptions());
        properties.put("replica identity", table.replicaIdentity() + " " + table.replicaIdentityIndex());
        properties.put("row security", table.rowSecurity() + " forced " + table.forceRowSecurity());
        properties.put("columns", table.columns().stream().map(CatalogDiff::column).toList());
        properties.put("constraints", table.constraints().stream().map(CatalogDiff::constraint).toList());
        properties.put("indexes", table.indexes().stream().map(CatalogDiff::index).toList());
        properties.put("foreign keys in", table.incomingForeignKeys().stream().map(CatalogDiff::incoming).toList());
        properties.put("triggers", table.triggers().stream().map(CatalogDiff::trigger).toList());
        properties.put("policies", table.policies().stream().map(CatalogDiff::policy).toList());
        properties.put("default acl", table.aclIsDefault());
        properties.put("grants", table.grants());
        properties.put("publications", table.publications());
        properties.put("views", table.dependentViews().stream().map(CatalogDiff::view).toList());
        properties.put("sequences", table.ownedSequences().stream().map(CatalogDiff::sequence).toList());
        properties.put("unsupported dependants", table.unsupportedDependants());
        properties.put("partition of", table.parentTable());
        return properties;
    }

    private static String column(Column c) {
        return c.name() + " " + c.type() + " collate=" + c.collation() + " notnull=" + c.notNull() + " default=" + c.defaultExpr()
                + " identity=" + c.identity() + " generated=" + c.generated() + " comment=" + c.comment();
    }

    private static String constraint(Constraint c) {
        return c.name() + " " + c.type() + " " + c.definition() + " valid=" + c.validated() + " index=" + c.indexName()
                + " comment=" + c.comment();
    }

    private static String index(Index i) {
        return i.name() + " unique=" + i.unique() + " primary=" + i.primary() + " valid=" + i.valid() + " USING " + i.usingClause()
                + " constraint=" + i.constraintName() + " comment=" + i.comment() + " tablespace=" + i.tablespace();
    }

    private static String incoming(IncomingForeignKey f) {
        return f.table() + "." + f.name() + " " + f.definition() + " valid=" + f.validated() + " comment=" + f.comment();
    }

    private static String trigger(Trigger t) {
        return t.head() + " ON <table> " + t.tail() + " enabled=" + t.enabled() + " comment=" + t.comment();
    }

    private static String policy(Policy p) {
        return p.name() + " permissive=" + p.permissive() + " " + p.command() + " to " + p.roles() + " using " + p.using()
                + " check " + p.withCheck() + " comment=" + p.comment();
    }

    private static String view(DependentView v) {
        return v.name() + " " + v.options() + " " + v.definition();
    }

    private static String sequence(OwnedSequence s) {
        return s.name() + " for " + s.column() + " identity=" + s.identity() + " " + s.dataType() + " start=" + s.start()
                + " increment=" + s.increment() + " min=" + s.min() + " max=" + s.max() + " cache=" + s.cache() + " cycle=" + s.cycle();
    }
}
