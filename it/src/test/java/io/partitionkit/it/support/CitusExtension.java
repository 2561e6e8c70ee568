package io.partitionkit.it.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test the {@link CitusCluster} or its coordinator's {@link TestDatabase} (see
 * {@link CitusCluster#shared()}); the tests of a cluster keep apart by schema.
 */
public final class CitusExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestDatabase.class || type == CitusCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        CitusCluster cluster = CitusCluster.shared();
        return parameter.getParameter().getType() == CitusCluster.class ? cluster : cluster.coordinator();
    }
}
