package io.partitionkit.it.support;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test class a {@link TestDatabase}: a fresh database on the JVM's one PostgreSQL server
 * (embedded unless {@code -Dpartition.test.url} points at another). Inject it as a parameter of a
 * constructor, a lifecycle method or a test method.
 */
public final class PostgresExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    public void beforeAll(ExtensionContext context) {
        database(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return database(context);
    }

    private static TestDatabase database(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        ExtensionContext classContext = context;
        while (classContext.getParent().isPresent() && classContext.getParent().get().getTestClass().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent("database",
                key -> PostgresServer.shared().createDatabase(databaseName(testClass)), TestDatabase.class);
    }

    private static String databaseName(Class<?> testClass) {
        String simple = testClass.getSimpleName().toLowerCase(Locale.ROOT);
        String name = "it_" + DATABASES.incrementAndGet() + "_" + simple;
        return name.length() > 63 ? name.substring(0, 63) : name;
    }
}
