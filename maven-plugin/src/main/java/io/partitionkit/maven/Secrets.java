package io.partitionkit.maven;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the database password out of everything the plugin prints: the password itself, wherever it
 * appears, and any {@code password=} or {@code sslpassword=} parameter of a JDBC URL.
 */
final class Secrets {

    static final String MASK = "*****";

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)((?:ssl)?password=)[^&;\\s]*");

    private final String password;

    Secrets(String password) {
        this.password = password == null || password.isEmpty() ? null : password;
    }

    static Secrets none() {
        return new Secrets(null);
    }

    String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = password == null ? text : text.replace(password, MASK);
        return URL_PASSWORD.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }
}
