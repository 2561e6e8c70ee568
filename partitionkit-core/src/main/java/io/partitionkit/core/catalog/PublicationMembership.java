package io.partitionkit.core.catalog;

import java.util.List;

/**
 * The table's entry in a publication (PostgreSQL 15+ may restrict rows and columns).
 *
 * @param rowFilter  the WHERE expression, or null
 * @param columns    the published columns, or empty for all
 */
public record PublicationMembership(String publication, String rowFilter, List<String> columns) {
}
