package io.partitionkit.core.plan.convert;

import io.partitionkit.core.sql.QualifiedName;
import java.util.Locale;

/**
 * What a copy's caller is told before the first row moves: the update does not return until every
 * row is copied, so an application that migrates at start-up does not start until then. Given
 * whenever ranges are left to load, whatever the estimate: {@code reltuples} is 0 for a table never
 * analyzed, and a copy that is told nothing is the one that surprises.
 */
final class CopyWaitWarning {

    private CopyWaitWarning() {
    }

    static String of(QualifiedName table, long estimatedRows, int rangesToLoad) {
        return String.format(Locale.ROOT, "strategy copy is about to copy the rows of %s (an estimated %,d rows, from the planner's "
                + "statistics) into %d range table(s) before its switch: this update, and an application start-up that runs it, waits "
                + "until the copy ends, which takes hours for a big table. Run this changeset in a deployment step before the "
                + "application starts (liquibase update, from the Liquibase CLI or the Liquibase Maven plugin), or convert with "
                + "strategy attach, which moves no rows", table, Math.max(estimatedRows, 0), rangesToLoad);
    }
}
