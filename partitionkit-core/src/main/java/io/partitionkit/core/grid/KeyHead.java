package io.partitionkit.core.grid;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.OwnedSequence;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.Optional;

/**
 * "Now" on an integer key axis: the key head, which premake counts from and the retention window
 * hangs below. When the key column takes its values from a sequence it owns (an identity column, or
 * a serial's {@code nextval} default), the head is the largest key at or below the sequence's
 * position: a key above what the sequence has handed out was chosen by a client, and does not move
 * the window. Otherwise (no such sequence, one this role may not read, or none of whose values is in
 * the table) the head is the largest key.
 *
 * @param key      the head
 * @param next     the largest key below the head, if any
 * @param sequence the sequence that feeds the key column, when there is one
 */
public record KeyHead(long key, Optional<Long> next, Optional<FeedingSequence> sequence) {

    /**
     * The sequence a key column takes its values from.
     *
     * @param position the largest value it may have handed out (see {@link CatalogReader#sequencePosition}); empty when this
     *                 role may not read it
     */
    public record FeedingSequence(QualifiedName name, Optional<Long> position) {
    }

    /** A head measured from the largest key alone. */
    public static KeyHead largest(long key, Optional<Long> next) {
        return new KeyHead(key, next, Optional.empty());
    }

    /**
     * Reads the head of a table's integer key: the sequence's position, then the head and the key
     * below it, each a probe of every partition's index when an index leads with the key (a scan
     * without one). Empty when no row has a key.
     */
    public static Optional<KeyHead> read(CatalogReader reader, TableSnapshot table, String column) {
        Optional<FeedingSequence> sequence = reader.ownedSequences(table).stream()
                .filter(owned -> owned.column().equals(column) && owned.feedsColumn() && owned.increment() > 0)
                .findFirst()
                .map(OwnedSequence::name)
                .map(name -> new FeedingSequence(name, reader.sequencePosition(name)));
        Optional<Long> head = sequence.flatMap(FeedingSequence::position).flatMap(position -> largest(reader, table, column, "<=", position));
        if (head.isEmpty()) {
            // none of the sequence's values is in the table (it may never have been called): the keys come from elsewhere
            sequence = sequence.filter(s -> s.position().isEmpty());
            head = largest(reader, table, column, null, 0);
        }
        if (head.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new KeyHead(head.get(), largest(reader, table, column, "<", head.get()), sequence));
    }

    /** The largest key; with an {@code operator}, the largest of those {@code key <operator> limit} admits. */
    private static Optional<Long> largest(CatalogReader reader, TableSnapshot table, String column, String operator, long limit) {
        String key = Sql.ident(column);
        // a bigint literal even for smaller keys: the cross-type comparison still uses an index on the key
        String where = operator == null ? "" : " WHERE " + key + " " + operator + " " + Sql.literal(Long.toString(limit)) + "::bigint";
        return reader.value(table.name(), "SELECT max(" + key + ")::text FROM " + table.name().sql() + where).map(Long::parseLong);
    }

    /** Whether the sequence's position bounds the head. */
    public boolean boundedBySequence() {
        return sequence.flatMap(FeedingSequence::position).isPresent();
    }

    /** The sequence that feeds the key column but that this role may not read, if so. */
    public Optional<QualifiedName> unreadableSequence() {
        return sequence.filter(s -> s.position().isEmpty()).map(FeedingSequence::name);
    }

    /** What the head is, for people (without its value). */
    public String name() {
        return boundedBySequence() ? "the largest key up to the position of sequence " + sequence.get().name() : "the largest key";
    }

    /**
     * Whether the retention window below the head holds no other key while keys lie below it: the
     * head stands alone, and cutting below it would remove every row but the head's. An outlier (a
     * sentinel, an id a client chose near the top of the type) looks like that; so do keys that
     * jumped by more than the window, until a second key arrives near the new head.
     */
    public boolean standsAlone(Retention.Distance retention, KeyType keyType) {
        Optional<Bound> cutoff = retention.cutoff(key, keyType);
        return cutoff.isPresent() && next.isPresent() && Bound.of(next.get()).isBefore(cutoff.get());
    }
}
