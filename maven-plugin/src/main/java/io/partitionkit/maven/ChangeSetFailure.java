package io.partitionkit.maven;

/** A maintenance changeset that failed, and why. */
record ChangeSetFailure(String changeSet, String reason) {
}
