package io.partitionkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void masksThePasswordOfAUrlsUserInfo() {
        assertThat(Secrets.mask("jdbc:postgresql://ci:hunter2@db/app")).isEqualTo("jdbc:postgresql://ci:*****@db/app");
        assertThat(Secrets.mask("cannot connect to jdbc:postgresql://ci:hunter2@db.example.com:5432/app?sslmode=require as ci"))
                .isEqualTo("cannot connect to jdbc:postgresql://ci:*****@db.example.com:5432/app?sslmode=require as ci");
        assertThat(Secrets.mask("postgresql://:hunter2@db/app")).isEqualTo("postgresql://:*****@db/app");
    }

    @Test
    void masksAUserInfoPasswordHoldingUrlCharactersWhole() {
        assertThat(Secrets.mask("'jdbc:postgresql://ci:p@ss/w:rd@db:5432/app' names")).isEqualTo("'jdbc:postgresql://ci:*****@db:5432/app' names");
    }

    @Test
    void leavesAUserWithoutPasswordAndOtherUrlsAlone() {
        assertThat(Secrets.mask("jdbc:postgresql://ci@db/app")).isEqualTo("jdbc:postgresql://ci@db/app");
        assertThat(Secrets.mask("see https://db.example.com:8443/docs for ops@example.com"))
                .isEqualTo("see https://db.example.com:8443/docs for ops@example.com");
    }

    @Test
    void masksPasswordParametersOfAnyCaseAndEitherSeparator() {
        assertThat(Secrets.mask("jdbc:postgresql://db:5432/app?password=hunter2")).isEqualTo("jdbc:postgresql://db:5432/app?password=*****");
        assertThat(Secrets.mask("jdbc:postgresql://db:5432/app?user=ci&PASSWORD=hunter2&sslmode=require"))
                .isEqualTo("jdbc:postgresql://db:5432/app?user=ci&PASSWORD=*****&sslmode=require");
        assertThat(Secrets.mask("jdbc:postgresql://db/app?sslmode=verify-full&SslPassword=key-pass&user=ci"))
                .isEqualTo("jdbc:postgresql://db/app?sslmode=verify-full&SslPassword=*****&user=ci");
        assertThat(Secrets.mask("jdbc:postgresql://db/app?user=ci;PassWord=hunter2")).isEqualTo("jdbc:postgresql://db/app?user=ci;PassWord=*****");
    }

    @Test
    void aSemicolonDoesNotEndAPasswordBecauseTheDriverReadsItAsPartOfIt() {
        // The driver splits the query string on & only: "a;b" is the password, and nothing of it may show.
        assertThat(Secrets.mask("jdbc:postgresql://db/app?password=a;b&user=ci")).isEqualTo("jdbc:postgresql://db/app?password=*****&user=ci");
        assertThat(Secrets.mask("jdbc:postgresql://db/app?sslpassword=key-pass;PASSWORD=x")).isEqualTo("jdbc:postgresql://db/app?sslpassword=*****");
    }

    @Test
    void aPasswordParameterEndsAtWhitespaceSoTheRestOfTheMessageStaysReadable() {
        assertThat(Secrets.mask("Unable to parse URL jdbc:postgresql://db:x/app?password=hunter2 (see the port)\nnext line"))
                .isEqualTo("Unable to parse URL jdbc:postgresql://db:x/app?password=***** (see the port)\nnext line");
    }

    @Test
    void masksThePasswordPropertyAndPropertiesListingPasswords() {
        assertThat(Secrets.mask("-Dpartition.password=hunter2 -Dpartition.url=x")).isEqualTo("-Dpartition.password=***** -Dpartition.url=x");
        assertThat(Secrets.mask("{user=ci, password=hunter2}")).isEqualTo("{user=ci, password=*****");
    }

    @Test
    void aTableNamedLikeThePasswordStaysReadableAndDoesNotRevealIt() {
        // The password is "events": replacing that text would show "*****" exactly where the table's name belongs.
        assertThat(Secrets.mask("cannot connect to jdbc:postgresql://db/app?user=ci&password=events as ci: relation \"events\" does not exist"))
                .isEqualTo("cannot connect to jdbc:postgresql://db/app?user=ci&password=***** as ci: relation \"events\" does not exist");
        assertThat(Secrets.mask("jdbc:postgresql://events:events@db/events")).isEqualTo("jdbc:postgresql://events:*****@db/events");
    }

    @Test
    void aQuoteRightAfterAPasswordIsMaskedWithItAsItMayBelongToThePassword() {
        assertThat(Secrets.mask("partition.url 'jdbc:mysql://db/app?password=hunter2' is not a PostgreSQL JDBC URL"))
                .isEqualTo("partition.url 'jdbc:mysql://db/app?password=***** is not a PostgreSQL JDBC URL");
    }

    @Test
    void maskingTwiceChangesNothingMoreAndKeepsTheQuoteAfterAMaskedUrl() {
        String url = Secrets.mask("jdbc:mysql://ci:p@ss@db/app?a=1&password=x;y&b=2&sslpassword=z");
        String message = "partition.url '" + url + "' is not a PostgreSQL JDBC URL";

        assertThat(url).isEqualTo("jdbc:mysql://ci:*****@db/app?a=1&password=*****&b=2&sslpassword=*****");
        assertThat(Secrets.mask(url)).isEqualTo(url);
        assertThat(Secrets.mask(message)).isEqualTo(message);
        assertThat(Secrets.mask("cannot connect to " + url + ": refused")).isEqualTo("cannot connect to " + url + ": refused");
    }

    @Test
    void aPasswordThatStartsLikeTheMaskIsMaskedWhole() {
        assertThat(Secrets.mask("jdbc:postgresql://db/app?password=*****hunter2")).isEqualTo("jdbc:postgresql://db/app?password=*****");
        assertThat(Secrets.mask("jdbc:postgresql://db/app?password=******")).isEqualTo("jdbc:postgresql://db/app?password=*****");
    }

    @Test
    void leavesTextWithoutSecretsAlone() {
        assertThat(Secrets.mask("jdbc:postgresql://db/app?user=ci")).isEqualTo("jdbc:postgresql://db/app?user=ci");
        assertThat(Secrets.mask("FATAL: password authentication failed for user \"ci\"")).isEqualTo("FATAL: password authentication failed for user \"ci\"");
        assertThat(Secrets.mask(null)).isNull();
    }
}
