package io.partitionkit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ParameterProblemsTest {

    @Test
    void flagsAreTrueOrFalseInAnyCaseAndFalseWhenNotGiven() {
        ParameterProblems problems = new ParameterProblems();

        assertThat(problems.flag("partition.dryRun", "true")).isTrue();
        assertThat(problems.flag("partition.dryRun", " TRUE ")).isTrue();
        assertThat(problems.flag("partition.dryRun", "False")).isFalse();
        assertThat(problems.flag("partition.dryRun", null)).isFalse();
        assertThatCode(() -> problems.throwIfAny("maintain")).doesNotThrowAnyException();
    }

    @Test
    void anythingElseIsAProblemNamingTheParameterAndTheValue() {
        ParameterProblems problems = new ParameterProblems();

        assertThat(problems.flag("partition.dryRun", "yes")).isFalse();

        assertThatThrownBy(() -> problems.throwIfAny("maintain")).isInstanceOf(MojoExecutionException.class)
                .hasMessage("partition.dryRun 'yes' is not true or false");
    }

    @Test
    void maintainNeedsAChangelog() {
        ParameterProblems problems = new ParameterProblems();

        new MaintainMojo(null, null, null).checkParameters(problems, false);

        assertThatThrownBy(() -> problems.throwIfAny("maintain")).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("partition.changeLogFile is required: the changelog whose ensurePartitions changesets "
                        + "partition:maintain runs (-Dpartition.changeLogFile=db/changelog.xml");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ParameterProblems problems = new ParameterProblems();

        problems.flag("partition.skip", "");
        problems.check(() -> PostgresConnections.checkUrl("jdbc:mysql://db/app"));
        problems.add("partition.changeLogFile is required");

        assertThatThrownBy(() -> problems.throwIfAny("maintain")).isInstanceOf(MojoExecutionException.class)
                .hasMessage("partition:maintain cannot run with these parameters:\n"
                        + "  - partition.skip '' is not true or false\n"
                        + "  - partition.url 'jdbc:mysql://db/app' is not a PostgreSQL JDBC URL; expected jdbc:postgresql://host:port/database\n"
                        + "  - partition.changeLogFile is required");
    }
}
