package io.partitionkit.core.catalog;

import java.util.List;

/**
 * A row-level security policy.
 *
 * @param command  ALL, SELECT, INSERT, UPDATE or DELETE
 * @param roles    role names; null stands for PUBLIC
 */
public record Policy(String name, boolean permissive, String command, List<String> roles, String using,
                     String withCheck, String comment) {
}
