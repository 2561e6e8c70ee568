package io.partitionkit.maven;

import java.util.HashMap;
import java.util.Map;
import liquibase.Scope;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs Liquibase code in a scope of its own: Liquibase's logging and console messages go to the
 * Maven log (masked), changelogs are read through the given resource accessor, services are found
 * in the plugin's class realm, and the run gets a fresh deployment id (Liquibase makes one per JVM,
 * which a Maven daemon would share across builds).
 */
final class LiquibaseScope {

    private final Map<String, Object> values = new HashMap<>();

    LiquibaseScope(Log log, ResourceAccessor resourceAccessor) {
        values.put(Scope.Attr.logService.name(), new MavenLogService(log));
        values.put(Scope.Attr.ui.name(), new LoggerUIService());
        values.put(Scope.Attr.resourceAccessor.name(), resourceAccessor);
        values.put(Scope.Attr.classLoader.name(), LiquibaseScope.class.getClassLoader());
        String millis = Long.toString(System.currentTimeMillis());
        values.put(Scope.Attr.deploymentId.name(), millis.substring(Math.max(0, millis.length() - 10)));
    }

    LiquibaseScope with(String key, Object value) {
        values.put(key, value);
        return this;
    }

    <T> T call(Scope.ScopedRunnerWithReturn<T> work) throws Exception {
        return Scope.child(values, work);
    }
}
