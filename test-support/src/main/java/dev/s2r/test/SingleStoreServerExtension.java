/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives a test class a database of its own on the JVM's shared server.
 *
 * <p>The server is resolved once per JVM by {@link TestServers#shared()} ({@code SINGLESTOREDB_URL}, else a
 * Docker container, else an embedded MariaDB) and stopped when the JUnit run ends. For every top-level test
 * class the extension creates a database {@code s2r_<class>_<random>} before the class's {@code @BeforeAll}
 * methods and drops it after its {@code @AfterAll} methods; {@code @Nested} classes share their enclosing
 * class's database.
 *
 * <p>Constructors, lifecycle methods and test methods may declare parameters of these types:
 * <ul>
 *   <li>{@link TestDatabase} — the class's database;</li>
 *   <li>{@link ConnectionFactory} — {@link TestDatabase#connectionFactory()} of that database;</li>
 *   <li>{@link TestServer} — the shared server.</li>
 * </ul>
 *
 * <pre>{@code
 * @ExtendWith(SingleStoreServerExtension.class)   // or @SingleStoreTest
 * class MyTests {
 *     @Test
 *     void selectsOne(ConnectionFactory factory) { ... }
 * }
 * }</pre>
 */
public final class SingleStoreServerExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(SingleStoreServerExtension.class);

    /** Creates the extension; JUnit calls this. */
    public SingleStoreServerExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        database(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == TestServer.class || type == TestDatabase.class || type == ConnectionFactory.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        if (type == TestServer.class) {
            return server(extensionContext);
        }
        TestDatabase database = database(extensionContext);
        return type == TestDatabase.class ? database : database.connectionFactory();
    }

    /**
     * Returns the JVM's shared server, registering it to be stopped when the JUnit run ends.
     *
     * @param context any extension context of the run
     * @return the running server
     */
    public static TestServer server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
            .getOrComputeIfAbsent(SharedServer.class, key -> new SharedServer(TestServers.shared()), SharedServer.class)
            .server;
    }

    /**
     * Returns the database of the test class that {@code context} belongs to, creating it on first use.
     *
     * @param context an extension context of the class or of one of its tests
     * @return the class's database
     */
    public static TestDatabase database(ExtensionContext context) {
        ExtensionContext classContext = topLevelClassContext(context);
        String prefix = classContext.getRequiredTestClass().getSimpleName();
        return classContext.getStore(NAMESPACE)
            .getOrComputeIfAbsent(TestDatabase.class, key -> server(context).createDatabase(prefix), TestDatabase.class);
    }

    private static ExtensionContext topLevelClassContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getParent().isPresent() && current.getParent().get().getTestClass().isPresent()) {
            current = current.getParent().get();
        }
        if (current.getTestClass().isEmpty()) {
            throw new IllegalStateException("No test class in " + context.getUniqueId());
        }
        return current;
    }

    /** Stops the shared server when the root context (the whole JUnit run) closes. */
    private static final class SharedServer implements AutoCloseable {

        private final TestServer server;

        SharedServer(TestServer server) {
            this.server = server;
        }

        @Override
        public void close() {
            TestServers.stopShared();
        }
    }
}
