package io.partitionkit.core.sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Fits names the tool creates into PostgreSQL's 63-byte limit without a truncation NOTICE and
 * without collisions: a name that is too long keeps its suffix, loses the end of its stem on a
 * character boundary and gains a hash of the whole intended name.
 */
public final class Names {

    /** PostgreSQL's NAMEDATALEN - 1. */
    public static final int MAX_BYTES = 63;

    private static final int HASH_CHARS = 8;

    private Names() {
    }

    public static int byteLength(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    /** {@code stem + suffix}, shortened when needed by cutting the stem and adding a hash. */
    public static String fit(String stem, String suffix) {
        String whole = stem + suffix;
        if (byteLength(whole) <= MAX_BYTES) {
            return whole;
        }
        String hash = "_" + hash(whole);
        int budget = MAX_BYTES - byteLength(suffix) - byteLength(hash);
        if (budget < 1) {
            throw new IllegalArgumentException("suffix too long for a PostgreSQL name: " + suffix);
        }
        return truncateToBytes(stem, budget) + hash + suffix;
    }

    /** A name fitted on its own, as if it had no suffix. */
    public static String fit(String name) {
        return fit(name, "");
    }

    /**
     * The first of {@code stem}, {@code stem_2}, {@code stem_3}, ... (each fitted) that is not in
     * {@code taken}; it is added to {@code taken}, so the next call cannot return it again.
     */
    public static String firstFree(String stem, Set<String> taken) {
        String name = fit(stem);
        for (int n = 2; taken.contains(name); n++) {
            name = fit(stem, "_" + n);
        }
        taken.add(name);
        return name;
    }

    /** The longest prefix of {@code text} whose UTF-8 form has at most {@code maxBytes} bytes. */
    public static String truncateToBytes(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
