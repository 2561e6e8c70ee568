package io.partitionkit.liquibase.maintain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.filter.ChangeSetFilterResult;
import liquibase.changelog.visitor.ChangeSetVisitor;
import liquibase.database.Database;

/** Remembers the changesets a changelog iteration accepts, in changelog order. */
final class ChangeSetCollector implements ChangeSetVisitor {

    private final List<ChangeSet> changeSets = new ArrayList<>();

    @Override
    public Direction getDirection() {
        return Direction.FORWARD;
    }

    @Override
    public void visit(ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database, Set<ChangeSetFilterResult> filterResults) {
        changeSets.add(changeSet);
    }

    List<ChangeSet> changeSets() {
        return List.copyOf(changeSets);
    }
}
