package io.partitionkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void masksThePasswordWhereverItAppears() {
        Secrets secrets = new Secrets("s3cr3t!");

        assertThat(secrets.mask("FATAL: s3cr3t! was wrong; s3cr3t!")).isEqualTo("FATAL: ***** was wrong; *****");
    }

    @Test
    void masksPasswordParametersOfJdbcUrlsEvenWithoutAKnownPassword() {
        Secrets secrets = Secrets.none();

        assertThat(secrets.mask("jdbc:postgresql://db:5432/app?user=ci&password=hunter2&sslmode=require"))
                .isEqualTo("jdbc:postgresql://db:5432/app?user=ci&password=*****&sslmode=require");
        assertThat(secrets.mask("jdbc:postgresql://db/app?sslpassword=key-pass;PASSWORD=x"))
                .isEqualTo("jdbc:postgresql://db/app?sslpassword=*****;PASSWORD=*****");
    }

    @Test
    void leavesTextWithoutSecretsAlone() {
        assertThat(new Secrets("").mask("jdbc:postgresql://db/app?user=ci")).isEqualTo("jdbc:postgresql://db/app?user=ci");
        assertThat(new Secrets("x").mask(null)).isNull();
    }
}
