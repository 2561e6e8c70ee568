package io.partitionkit.it.support;

import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Waits until something that works in the background has reached a known point, instead of
 * sleeping for a while: tests that make runs overlap use it to make the overlap certain.
 */
public final class Awaiting {

    private static final long LIMIT_SECONDS = 60;

    private Awaiting() {
    }

    /** Polls {@code reached} until it holds; fails when {@code run} ends first or after 60 s. */
    public static void until(BooleanSupplier reached, String what, Future<?> run) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        while (!reached.getAsBoolean()) {
            if (run.isDone()) {
                throw new AssertionError("the run ended before " + what + ": " + outcome(run));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not " + what + " within " + LIMIT_SECONDS + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String outcome(Future<?> run) {
        try {
            return String.valueOf(run.get());
        } catch (Exception e) {
            return e.toString();
        }
    }
}
