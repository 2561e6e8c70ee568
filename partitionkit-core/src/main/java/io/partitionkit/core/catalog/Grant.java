package io.partitionkit.core.catalog;

/**
 * One privilege granted on the table, or on one of its columns.
 *
 * @param column   the column for a column privilege, else null
 * @param grantee  the role, or null for PUBLIC
 */
public record Grant(String column, String grantee, String privilege, boolean grantable) {
}
