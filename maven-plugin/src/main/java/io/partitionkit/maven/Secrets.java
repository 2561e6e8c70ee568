package io.partitionkit.maven;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of everything the plugin prints, by the structure that carries them: the
 * password of a URL's user-info ({@code ://user:password@host}) and the value of every parameter
 * whose name ends in {@code password} ({@code ?password=}, {@code &SSLPASSWORD=}, {@code ;password=},
 * {@code partition.password=}; any case).
 *
 * <p>The password's text itself is not searched for. partitionkit never prints it, the driver and the
 * server do not echo it, and a password that matches some other text (a table named {@code events}
 * connecting with the password {@code events}) is that other text: masking it there would hide the
 * table name and tell the reader the password. Such text is left as it is.
 *
 * <p>Masking is idempotent, so text can safely be masked where it is composed and again where it
 * leaves the plugin.
 */
final class Secrets {

    static final String MASK = "*****";

    /**
     * The user-info password after {@code ://}: up to the last {@code @} before whitespace, so that a
     * password holding {@code @}, {@code /} or {@code :} is masked whole (at the cost of masking up to a
     * later {@code @} of the same URL). A password masked already stays as it is.
     */
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(://[^\\s/?#@:]*:)(?:\\*{5}@|\\S*@)");

    /**
     * A password parameter's value runs to the next {@code &} or whitespace: the PostgreSQL driver
     * splits the query string on {@code &} only, so a {@code ;} may belong to the password and is
     * masked with it (and with whatever follows up to the next {@code &}); so is a quote or a comma
     * right after it. A value that is the mask already, followed by punctuation, is left as it is (as
     * in {@code partition.url '...?password=*****' is not}): masking again changes nothing.
     */
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile(
            "(?i)(password=)(?:\\*{5}(?=[\\p{Punct}&&[^*]]|\\s|$)|[^&\\s]*)");

    private Secrets() {
    }

    static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = USER_INFO_PASSWORD.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MASK + "@"));
        return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }
}
