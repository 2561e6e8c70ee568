package io.partitionkit.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of update-sql output a reader cares about: the conversion changeset's steps and the DDL
 * they run. Liquibase's bookkeeping and partitionkit's PL/pgSQL scaffolding (lock_timeout retries,
 * safety checks) are left out, and long lines are cut.
 */
final class UpdateSqlExcerpt {

    private static final int MAX_LINE = 150;
    private static final Pattern EXECUTED = Pattern.compile("EXECUTE \\$pk\\$(.*)\\$pk\\$;");
    private static final Pattern DO_BLOCK_END = Pattern.compile("^\\$\\w*\\$;$");

    private UpdateSqlExcerpt() {
    }

    static String of(String updateSql, String changeSetId) {
        List<String> shown = new ArrayList<>();
        boolean inChangeSet = false;
        boolean inDoBlock = false;
        for (String line : updateSql.split("\\R")) {
            if (line.startsWith("-- Changeset ")) {
                inChangeSet = line.contains("::" + changeSetId + "::");
            }
            if (line.toLowerCase(Locale.ROOT).contains("databasechangelog")) {
                inChangeSet = false; // Liquibase records the changeset: its SQL ends here
            }
            if (!inChangeSet || line.isBlank()) {
                continue;
            }
            if (inDoBlock) {
                inDoBlock = !DO_BLOCK_END.matcher(line).matches();
                Matcher executed = EXECUTED.matcher(line);
                if (executed.find()) {
                    shown.add("    " + executed.group(1) + ";");
                }
            } else if (line.startsWith("DO $")) {
                inDoBlock = true;
                shown.add("DO ... (one transaction under lock_timeout, retried if a lock is busy):");
            } else {
                shown.add(line);
            }
        }
        return String.join("\n", shown.stream().map(UpdateSqlExcerpt::cut).toList());
    }

    private static String cut(String line) {
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE - 3) + "...";
    }
}
