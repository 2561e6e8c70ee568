package io.partitionkit.core.plan.maintain;

import io.partitionkit.core.catalog.ArchivedTable;
import io.partitionkit.core.catalog.CitusTable;
import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.Bound;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.plan.ArchiveMarker;
import io.partitionkit.core.plan.CarriedProperties;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.plan.DoBlock;
import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.LockedTransaction;
import io.partitionkit.core.plan.PartitionTemplate;
import io.partitionkit.core.plan.RetryPolicy;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.TablespaceMove;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The SQL of maintenance units. Each locking transaction runs under lock_timeout and retries. */
final class MaintenanceSteps {

    private final TableSnapshot table;
    private final MaintenanceOptions options;
    private final PartitionGrid grid;
    private final RetryPolicy retry;
    private final PartitionTemplate template;
    private final String key;

    private final Duration deleteTimeBudget;

    /** {@code deleteTimeBudget}: how long deleting expired rows may take, at most the option's. */
    /** Whether a foreign key of another table references the table. */
    private final boolean referenced;
    /** The table's NOT VALID CHECK constraints, which new partitions keep NOT VALID. */
    private final List<Constraint> notValidChecks;
    /** How Citus holds the table, on a database with Citus. */
    private final Optional<CitusTable> citus;

    MaintenanceSteps(TableSnapshot table, MaintenanceFacts facts, MaintenanceOptions options, PartitionGrid grid, RetryPolicy retry,
                     PartitionTemplate template, Duration deleteTimeBudget) {
        this.referenced = facts.referenced();
        this.notValidChecks = facts.notValidChecks();
        this.citus = facts.citus();
        this.deleteTimeBudget = deleteTimeBudget;
        this.table = table;
        this.options = options;
        this.grid = grid;
        this.retry = retry;
        this.template = template;
        this.key = Sql.ident(options.column());
    }

    /**
     * Creates a partition without an ACCESS EXCLUSIVE lock on the partitioned table: a standalone
     * table LIKE it is attached, which takes SHARE UPDATE EXCLUSIVE on the partitioned table (reads
     * and writes continue) and ACCESS EXCLUSIVE on the new table and on DEFAULT. Rows DEFAULT holds
     * for the range move into the new table first, while writes to DEFAULT wait, so none is lost.
     * When DEFAULT holds rows of the range, the application is writing into it right now; an insert
     * that chose DEFAULT before the attach would then fail PostgreSQL's check of DEFAULT's new
     * constraint after it. So that transaction takes SHARE ROW EXCLUSIVE on the partitioned table
     * instead: writes wait for the move and the attach (reads go on), and then find the partition.
     */
    MaintenancePlan.Unit creation(QualifiedName partition, PartitionRange range, boolean defaultHoldsRowsOfRange) {
        String bounds = PartitionTemplate.rangeBound(grid, range);
        LockMode tableLock = defaultHoldsRowsOfRange ? LockMode.SHARE_ROW_EXCLUSIVE : LockMode.SHARE_UPDATE_EXCLUSIVE;
        LockedTransaction transaction = new LockedTransaction("create partition " + partition + " " + bounds, retry);
        transaction.sql(Ddl.createTableLike(partition, table.name(), false)
                + Ddl.withOptions(template.reloptions(), template.toastReloptions()) + Ddl.tablespace(table.tablespace()));
        transaction.sql(CarriedProperties.notValidChecks(notValidChecks, partition, check -> true));
        // A Citus table while empty, co-located with the table: rows from DEFAULT then move shard to shard, and the attach is Citus's own.
        citus.flatMap(like -> Ddl.makeCitusTable(partition, like, table.name())).ifPresent(transaction::sql);
        template.ownerAndAccess(transaction, partition);
        transaction.sql(Ddl.lockTableOnly(table.name(), tableLock));
        table.partitioning().defaultPartition().map(Partition::name).filter(d -> options.moveDefaultRows())
                .ifPresent(defaultPartition -> moveRows(transaction, defaultPartition, partition, range));
        transaction.sql(Ddl.attachPartition(table.name(), partition, bounds));
        template.replicaIdentityOfNewPartition(transaction, partition);
        transaction.plpgsql(DoBlock.raise("NOTICE", "partitionkit: created partition % %", Sql.literal(partition.toString()),
                Sql.literal(bounds)));
        return new MaintenancePlan.Unit("create " + partition + " " + bounds, MaintenancePlan.Effect.CREATE,
                List.of(transaction.toStep(tableLock)));
    }

    private void moveRows(LockedTransaction transaction, QualifiedName defaultPartition, QualifiedName partition, PartitionRange range) {
        String columns = Ddl.storedColumns(table, "");
        String inRange = Ddl.inRange(key, grid, range);
        transaction.declare("pkit_moved", DoBlock.BIGINT);
        transaction.sql(Ddl.lockTable(defaultPartition, LockMode.SHARE_ROW_EXCLUSIVE));
        transaction.plpgsql("EXECUTE " + Sql.dollarQuoted("INSERT INTO " + partition.sql() + " (" + columns + ") SELECT " + columns
                        + " FROM ONLY " + defaultPartition.sql() + " WHERE " + inRange) + ";",
                "GET DIAGNOSTICS pkit_moved = ROW_COUNT;",
                "IF pkit_moved > 0 THEN",
                "  EXECUTE " + Sql.dollarQuoted("DELETE FROM ONLY " + defaultPartition.sql() + " WHERE " + inRange) + ";",
                "  " + DoBlock.raise("NOTICE", "partitionkit: moved % rows from % into %", "pkit_moved",
                        Sql.literal(defaultPartition.toString()), Sql.literal(partition.toString())),
                "END IF;");
    }

    /**
     * Removes a partition whose every row has expired. Dropping or detaching needs ACCESS EXCLUSIVE on
     * the partitioned table for a catalog-only moment, under lock_timeout. With foreign keys from other
     * tables it detaches first (PostgreSQL then checks no row references it) and never cascades.
     */
    MaintenancePlan.Unit removal(Partition partition) {
        String name = partition.name().toString();
        String detach = Ddl.detachPartition(table.name(), partition.name());
        LockedTransaction transaction;
        MaintenancePlan.Effect effect;
        switch (options.retentionMode()) {
            case DETACH -> {
                transaction = new LockedTransaction("detach expired partition " + name, retry).sql(detach).sql(keptAside(partition));
                effect = MaintenancePlan.Effect.DETACH;
            }
            case ARCHIVE -> {
                transaction = new LockedTransaction("archive expired partition " + name + " into schema " + options.archiveSchema(), retry)
                        .sql(detach).sql(keptAside(partition)).sql(Ddl.setSchema(partition.name(), options.archiveSchema()))
                        .sql(Ddl.commentOnTable(archived(partition), ArchiveMarker.comment(partition.comment(), table.name(),
                                partition.boundText())));
                effect = MaintenancePlan.Effect.ARCHIVE;
            }
            default -> {
                transaction = new LockedTransaction("drop expired partition " + name, retry);
                if (referenced) {
                    transaction.sql(detach);
                }
                transaction.sql(Ddl.dropTable(partition.name()));
                effect = MaintenancePlan.Effect.DROP;
            }
        }
        transaction.plpgsql(DoBlock.raise("NOTICE", "partitionkit: % expired partition % (%)", Sql.literal(effect.pastTense()),
                Sql.literal(name), Sql.literal(partition.boundText())));
        List<Step> steps = new ArrayList<>(List.of(transaction.toStep(LockMode.ACCESS_EXCLUSIVE)));
        if (effect == MaintenancePlan.Effect.ARCHIVE && options.archiveTablespace() != null) {
            // A step of its own: the detach commits first, so the partitioned table is not locked while the rows are copied.
            steps.add(TablespaceMove.step(archived(partition), options.archiveTablespace(), retry));
        }
        return new MaintenancePlan.Unit(effect.verb() + " " + name + " (" + partition.boundText() + ")", effect, steps);
    }

    /** Where retentionMode archive puts a partition. */
    private QualifiedName archived(Partition partition) {
        return new QualifiedName(options.archiveSchema(), partition.name().name());
    }

    /**
     * Moves a table an earlier run archived to archiveTablespace: that run stopped between the archive
     * and the move, or archived it before archiveTablespace was set.
     */
    MaintenancePlan.Unit tablespaceMove(ArchivedTable archived) {
        return new MaintenancePlan.Unit("move " + archived.name() + " to tablespace " + options.archiveTablespace(),
                MaintenancePlan.Effect.MOVE, List.of(TablespaceMove.step(archived.name(), options.archiveTablespace(), retry)));
    }

    /**
     * A partition that leaves the table keeps the access of a partition: outside it, the table's
     * policies no longer guard its rows, so no role but its owner may reach them.
     */
    private List<String> keptAside(Partition partition) {
        return template.accessOfExistingPartition(partition.name(), partition.grantees(), partition.rowSecurity(), false);
    }

    /**
     * Freezes a partition in two transactions, each under lock_timeout and retried. The first adds a
     * CHECK per column NOT VALID, with the note that marks it as partitionkit's: ACCESS EXCLUSIVE on
     * the partition (not on the partitioned table) for a catalog-only moment. The second validates
     * them: SHARE UPDATE EXCLUSIVE on the partition, which reads and writes pass, while it scans it.
     * Only a validated CHECK lets the planner exclude the partition.
     */
    MaintenancePlan.Unit freezing(QualifiedName partition, List<FreezePlanner.FrozenBound> bounds) {
        String columns = bounds.stream().map(FreezePlanner.FrozenBound::column).collect(Collectors.joining(", "));
        LockedTransaction add = new LockedTransaction("add the frozen bounds of " + partition + " on " + columns + " (NOT VALID)", retry);
        LockedTransaction validate = new LockedTransaction("validate the frozen bounds of " + partition + " on " + columns
                + " (scans it)", retry);
        for (FreezePlanner.FrozenBound bound : bounds) {
            if (bound.replacesUnvalidated()) {
                add.sql(Ddl.dropConstraint(partition, bound.constraint()));
            }
            add.sql(Ddl.addConstraint(partition, bound.constraint(), bound.check() + " NOT VALID"));
            add.sql(Ddl.commentOnConstraint(partition, bound.constraint(), FrozenBounds.marker(bound.column())));
            validate.sql(Ddl.validateConstraint(partition, bound.constraint()));
        }
        validate.plpgsql(DoBlock.raise("NOTICE", "partitionkit: froze partition % on %", Sql.literal(partition.toString()),
                Sql.literal(columns)));
        return new MaintenancePlan.Unit("freeze " + partition + " on " + columns, MaintenancePlan.Effect.FREEZE,
                List.of(add.toStep(LockMode.ACCESS_EXCLUSIVE), validate.toStep(LockMode.SHARE_UPDATE_EXCLUSIVE)));
    }

    /** Drops the CHECKs partitionkit froze a partition with: ACCESS EXCLUSIVE on the partition for a moment. */
    MaintenancePlan.Unit unfreezing(QualifiedName partition, List<String> constraints) {
        LockedTransaction drop = new LockedTransaction("drop the frozen bounds " + String.join(", ", constraints) + " of " + partition,
                retry);
        constraints.forEach(constraint -> drop.sql(Ddl.dropConstraint(partition, constraint)));
        drop.plpgsql(DoBlock.raise("NOTICE", "partitionkit: unfroze partition % (dropped %)", Sql.literal(partition.toString()),
                Sql.literal(String.join(", ", constraints))));
        return new MaintenancePlan.Unit("unfreeze " + partition, MaintenancePlan.Effect.UNFREEZE,
                List.of(drop.toStep(LockMode.ACCESS_EXCLUSIVE)));
    }

    /**
     * Deletes rows below the cutoff from the DEFAULT partition and the partition spanning the cutoff,
     * one committed batch at a time, until none is left or the time budget is spent; the next run
     * continues. Reports how many were deleted and how many remain.
     */
    MaintenancePlan.Unit expiredRowDeletion(List<QualifiedName> targets, Bound cutoff) {
        // A key that tells no time (a UUID of another version than 7) never expires by its bits.
        String expired = key + " < " + grid.literal(cutoff) + grid.placeableSql(options.column()).map(placeable -> " AND " + placeable)
                .orElse("");
        long budgetMillis = deleteTimeBudget.toMillis();
        DoBlock block = new DoBlock();
        if (citus.isPresent()) {
            block.boundingCitusWorkers();
        }
        block.setting("lock_timeout", options.lockTimeout().text()).setting("row_security", "off")
                .declare("pkit_deadline", DoBlock.TIMESTAMPTZ).declare("pkit_batch", DoBlock.BIGINT).declare("pkit_deleted", DoBlock.BIGINT)
                .declare("pkit_remaining", DoBlock.BIGINT);
        block.line("  pkit_deadline := clock_timestamp() + interval '" + budgetMillis + " milliseconds';");
        for (QualifiedName target : targets) {
            String from = "FROM ONLY " + target.sql();
            // Citus deletes on the shards in parallel, in one statement: it cannot plan a delete by ctid.
            String delete = citus.isPresent() ? "DELETE " + from + " WHERE " + expired + ";"
                    : "DELETE " + from + " WHERE ctid = ANY (ARRAY(SELECT ctid " + from + " WHERE " + expired + " LIMIT "
                            + options.batchSize() + "));";
            block.line("  pkit_deleted := 0;",
                    "  LOOP",
                    "    EXIT WHEN clock_timestamp() > pkit_deadline;",
                    "    " + delete,
                    "    GET DIAGNOSTICS pkit_batch = ROW_COUNT;",
                    "    pkit_deleted := pkit_deleted + pkit_batch;");
            block.commit("    ");
            block.line("    EXIT WHEN pkit_batch < " + options.batchSize() + ";",
                    "  END LOOP;",
                    "  SELECT count(*) INTO pkit_remaining FROM (SELECT 1 " + from + " WHERE " + expired + " LIMIT 1000000) r;",
                    "  " + DoBlock.raise("NOTICE", "partitionkit: deleted % expired rows from %; % remain%", "pkit_deleted",
                            Sql.literal(target.toString()), "pkit_remaining",
                            "CASE WHEN pkit_remaining > 0 THEN ' (the time budget ran out; the next run continues)' ELSE '' END"));
        }
        Step step = Step.online("delete rows older than " + grid.describe(cutoff) + " from "
                        + targets.stream().map(QualifiedName::toString).collect(Collectors.joining(", ")) + " in batches of "
                        + options.batchSize() + ", for at most " + budgetMillis + " ms",
                block.sql(), LockMode.ROW_EXCLUSIVE);
        return new MaintenancePlan.Unit("delete expired rows from " + targets.stream().map(QualifiedName::toString)
                .collect(Collectors.joining(", ")), MaintenancePlan.Effect.DELETE_EXPIRED, List.of(step));
    }
}
