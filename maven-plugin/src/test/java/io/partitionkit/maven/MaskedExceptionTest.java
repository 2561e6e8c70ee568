package io.partitionkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class MaskedExceptionTest {

    private static final String URL = "jdbc:postgresql://db:x/app?user=ci&password=hunter2";
    private static final String MASKED_URL = "jdbc:postgresql://db:x/app?user=ci&password=*****";

    @Test
    void masksTheMessageOfEveryCauseKeepingClassNamesAndStackTraces() {
        UnknownHostException host = new UnknownHostException("ci:hunter2@db");
        SQLException driver = new SQLException("Unable to parse URL " + URL, host);
        MojoExecutionException failure = new MojoExecutionException("cannot connect to " + MASKED_URL + ": Unable to parse URL "
                + MASKED_URL, driver);

        MojoExecutionException masked = MaskedException.of(failure);

        assertThat(masked).isNotSameAs(failure).hasMessage(failure.getMessage());
        assertThat(masked.getStackTrace()).isEqualTo(failure.getStackTrace());
        assertThat(masked.getCause()).isInstanceOf(MaskedException.class)
                .hasMessage("java.sql.SQLException: Unable to parse URL " + MASKED_URL);
        assertThat(masked.getCause().getStackTrace()).isEqualTo(driver.getStackTrace());
        assertThat(masked.getCause().getCause()).hasMessage("java.net.UnknownHostException: ci:hunter2@db").hasNoCause();
    }

    @Test
    void masksTheMojoExceptionsOwnMessageAndKeepsItsType() {
        MojoFailureException failure = new MojoFailureException("partition:maintain: 1 failed:\n  a: cannot use jdbc:postgresql://db/app?password=hunter2");

        MojoFailureException masked = MaskedException.of(failure);

        assertThat(masked).hasMessage("partition:maintain: 1 failed:\n  a: cannot use jdbc:postgresql://db/app?password=*****").hasNoCause();
        assertThat(masked.getStackTrace()).isEqualTo(failure.getStackTrace());
    }

    @Test
    void masksSuppressedExceptions() {
        IOException closing = new IOException("closing " + URL);
        SQLException failure = new SQLException("failed");
        failure.addSuppressed(closing);

        Throwable masked = MaskedException.of(failure);

        assertThat(masked).hasMessage("java.sql.SQLException: failed");
        assertThat(masked.getSuppressed()).singleElement().satisfies(suppressed ->
                assertThat(suppressed).hasMessage("java.io.IOException: closing " + MASKED_URL));
    }

    @Test
    void passesOnAnExceptionWithNothingToMaskAsItIs() {
        SQLException driver = new SQLException("FATAL: password authentication failed for user \"ci\"");
        MojoExecutionException failure = new MojoExecutionException("cannot connect: " + driver.getMessage(), driver);

        assertThat(MaskedException.of(failure)).isSameAs(failure);
        assertThat(MaskedException.of((Throwable) null)).isNull();
    }

    @Test
    void aCauseWithoutMessageIsNamedByItsClass() {
        Throwable masked = MaskedException.of(new IllegalStateException(new SQLException(URL)));

        assertThat(masked.getCause()).hasMessage("java.sql.SQLException: " + MASKED_URL);
        assertThat(masked).hasMessage("java.lang.IllegalStateException: java.sql.SQLException: " + MASKED_URL);
        assertThat(MaskedException.of(new RuntimeException((String) null, new SQLException(URL)))).hasMessage("java.lang.RuntimeException");
    }

    @Test
    void aChainThatLoopsIsCopiedUpToTheLoop() {
        SQLException first = new SQLException(URL);
        SQLException second = new SQLException("second");
        first.initCause(second);
        second.initCause(first);

        Throwable masked = MaskedException.of(first);

        assertThat(masked).hasMessage("java.sql.SQLException: " + MASKED_URL);
        assertThat(masked.getCause()).hasMessage("java.sql.SQLException: second").hasNoCause();
    }
}
