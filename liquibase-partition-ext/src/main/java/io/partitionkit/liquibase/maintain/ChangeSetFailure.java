package io.partitionkit.liquibase.maintain;

/** A maintenance changeset that failed, and why. */
public record ChangeSetFailure(String changeSet, String reason) {
}
