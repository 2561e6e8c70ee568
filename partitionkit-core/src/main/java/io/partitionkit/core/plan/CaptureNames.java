package io.partitionkit.core.plan;

import io.partitionkit.core.sql.QualifiedName;

/**
 * Where a live copy logs the key of every row written to its source while it runs, and where those
 * rows are replayed; and the notes that mark the log and its function as this copy's own.
 *
 * @param source      the table whose writes are logged
 * @param target      the table that receives the rows
 * @param log         the table of logged keys
 * @param function    the trigger function that logs them
 * @param trigger     the trigger on the source table
 * @param replayKeys  the temporary table a replay batch collects its keys in
 * @param copy        what copies, for the notes: "a conversion with strategy copy"
 */
public record CaptureNames(QualifiedName source, QualifiedName target, QualifiedName log, QualifiedName function, String trigger,
                    String replayKeys, String copy) {

    String logMarker() {
        return "partitionkit: keys of rows written to " + source + " during " + copy;
    }

    String functionMarker() {
        return "partitionkit: logs the keys of rows written to " + source + " during " + copy;
    }

    LeftBehind.Expected expectedLog(String creator) {
        return new LeftBehind.Expected("the log of written keys", logMarker(), creator);
    }

    LeftBehind.Expected expectedFunction(String creator) {
        return new LeftBehind.Expected("the function that logs written keys", functionMarker(), creator);
    }
}
