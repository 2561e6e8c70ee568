package io.partitionkit.maven;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * What the plugin throws, with every password {@link Secrets} recognizes masked in the message of
 * the exception and of each cause and suppressed exception: with {@code mvn -e} Maven prints them
 * all, and its one-line summary repeats each cause's message the failure's own message does not
 * already contain.
 *
 * <p>Maven prints a cause as its class name and message, so a copy of a cause is a MaskedException
 * keeping the original's stack trace and naming the original's class at the start of its message:
 * {@code io.partitionkit.maven.MaskedException: org.postgresql.util.PSQLException: Unable to parse
 * URL jdbc:postgresql://db/app?password=*****}. Since that message is not the one the failure's own
 * message quotes, Maven's summary names the cause once more; so an exception is copied only when
 * masking changes its message or one below it, and otherwise passed on as it is.
 *
 * <p>Mojo exceptions are copied as their own type, which decides how Maven reports the failure (the
 * plugin gives them no long message to copy).
 */
final class MaskedException extends Exception {

    private MaskedException(String message) {
        super(message);
    }

    static MojoExecutionException of(MojoExecutionException e) {
        return needsMasking(e) ? withDetailsOf(e, new MojoExecutionException(Secrets.mask(e.getMessage()), of(e.getCause()))) : e;
    }

    static MojoFailureException of(MojoFailureException e) {
        return needsMasking(e) ? withDetailsOf(e, new MojoFailureException(Secrets.mask(e.getMessage()), of(e.getCause()))) : e;
    }

    /** {@code e} itself when masking changes nothing in it, otherwise its masked copy; null for null. */
    static Throwable of(Throwable e) {
        return needsMasking(e) ? copy(e, Collections.newSetFromMap(new IdentityHashMap<>())) : e;
    }

    private static boolean needsMasking(Throwable e) {
        return needsMasking(e, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** {@code seen} stops at an exception met before (a chain can be made to loop). */
    private static boolean needsMasking(Throwable e, Set<Throwable> seen) {
        if (e == null || !seen.add(e)) {
            return false;
        }
        String message = e.getMessage();
        if (message != null && !message.equals(Secrets.mask(message))) {
            return true;
        }
        for (Throwable suppressed : e.getSuppressed()) {
            if (needsMasking(suppressed, seen)) {
                return true;
            }
        }
        return needsMasking(e.getCause(), seen);
    }

    /** A copy of the chain from {@code e} down, ending where it would loop (Maven's printing does not stop there). */
    private static Throwable copy(Throwable e, Set<Throwable> copied) {
        if (e == null || !copied.add(e)) {
            return null;
        }
        String message = e.getMessage();
        MaskedException copy = new MaskedException(e.getClass().getName() + (message == null ? "" : ": " + Secrets.mask(message)));
        Throwable cause = copy(e.getCause(), copied);
        if (cause != null) {
            copy.initCause(cause);
        }
        copy.setStackTrace(e.getStackTrace());
        for (Throwable suppressed : e.getSuppressed()) {
            Throwable masked = copy(suppressed, copied);
            if (masked != null) {
                copy.addSuppressed(masked);
            }
        }
        return copy;
    }

    /** The copy of a mojo exception gets the original's stack trace and masked suppressed exceptions. */
    private static <T extends Throwable> T withDetailsOf(Throwable original, T copy) {
        copy.setStackTrace(original.getStackTrace());
        for (Throwable suppressed : original.getSuppressed()) {
            copy.addSuppressed(of(suppressed));
        }
        return copy;
    }
}
