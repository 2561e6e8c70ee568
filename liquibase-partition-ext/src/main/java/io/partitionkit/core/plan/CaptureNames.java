package io.partitionkit.core.plan;

import io.partitionkit.core.sql.QualifiedName;

/**
 * Where a live copy logs the key of every row written while it runs, and where those rows are
 * replayed.
 *
 * @param target      the table that receives the rows
 * @param log         the table of logged keys
 * @param function    the trigger function that logs them
 * @param trigger     the trigger on the source table
 * @param replayKeys  the temporary table a replay batch collects its keys in
 */
record CaptureNames(QualifiedName target, QualifiedName log, QualifiedName function, String trigger, String replayKeys) {
}
