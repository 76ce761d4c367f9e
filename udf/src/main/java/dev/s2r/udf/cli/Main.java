/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.cli;

import dev.s2r.driver.SingleStoreConnectionConfiguration;
import dev.s2r.driver.SingleStoreConnectionFactory;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import io.r2dbc.spi.ConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the UDF server: {@code java -cp 's2r-udf.jar:lib/*:<your classes>' dev.s2r.udf.cli.Main [options]
 * com.example.Functions ...}, with the function classes on the class path. {@code --help} lists the options. Exit codes:
 * 0 after a normal stop, 1 when the server cannot start or register, 2 for a command line that cannot run. On
 * SIGTERM or SIGINT the functions it registered are dropped, then the server stops.
 */
public final class Main {

    /** Exit code of a command line that cannot run. */
    static final int USAGE = 2;
    /** Exit code of a server that cannot start or register. */
    static final int FAILED = 1;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String SINGLESTOREDB_URL = "SINGLESTOREDB_URL";

    private Main() {
    }

    /**
     * Starts the server and returns only when the JVM shuts down (or with an error status).
     *
     * @param args options and function class names; {@code --help} lists them
     */
    public static void main(String[] args) {
        int status = run(Arrays.asList(args), System.getenv(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * @return the exit status: 0 for help or after serving, {@link #USAGE} for a bad command line, {@link #FAILED}
     *         when the server cannot start
     */
    static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        CommandLine.Parsed parsed;
        List<Object> functions;
        ConnectionFactory connections;
        try {
            parsed = CommandLine.parse(args, environment);
            if (parsed.help()) {
                out.print(CommandLine.usage());
                return 0;
            }
            functions = load(parsed.functionClasses());
            connections = connections(parsed.config(), environment);
        } catch (CommandLine.UsageException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("Run with --help for the options.");
            return USAGE;
        }
        LogLevels.apply(parsed.logLevel());
        return serve(new Session(parsed.config(), new UdfServerLauncher(), connections,
            Session.Registrar.REGISTRATION), functions, err);
    }

    private static int serve(Session session, List<Object> functions, PrintStream err) {
        Logger log = LoggerFactory.getLogger(Main.class);
        FunctionServer server;
        try {
            server = session.start(functions).block();
        } catch (RuntimeException e) {
            err.println("error: the server did not start: " + e.getMessage());
            return FAILED;
        }
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                session.stop().block(STOP_TIMEOUT);
            } catch (RuntimeException e) {
                log.warn("The server did not stop cleanly: {}", e.toString());
            }
        }, "s2r-udf-shutdown"));
        log.info("Serving {} function(s) at {}", server.functions().size(), server.url());
        try {
            forever.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The connection registration uses: {@code --db}, else {@code SINGLESTOREDB_URL}; null when neither is set. */
    static ConnectionFactory connections(UdfConfig config, Map<String, String> environment) {
        String url = config.get(UdfOptions.CONNECTION);
        if (url == null || url.isBlank()) {
            url = environment.get(SINGLESTOREDB_URL);
        }
        if (url == null || url.isBlank()) {
            return null;
        }
        return SingleStoreConnectionFactory.from(SingleStoreConnectionConfiguration.builder().url(url).build());
    }

    /**
     * @param classNames function classes
     * @return for each, an instance made with its no-arg constructor when it declares instance functions (methods
     *         annotated {@code @Udf}), else the class itself
     * @throws IllegalArgumentException when a class is missing or cannot be instantiated
     */
    static List<Object> load(List<String> classNames) {
        List<Object> functions = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String name : classNames) {
            Class<?> type;
            try {
                type = Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalArgumentException("function class " + name + " is not on the class path", e);
            }
            functions.add(hasInstanceFunctions(type) ? instantiate(type) : type);
        }
        return functions;
    }

    private static boolean hasInstanceFunctions(Class<?> type) {
        for (Method method : type.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers()) && isUdf(method)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUdf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().getSimpleName().equals("Udf")) {
                return true;
            }
        }
        return false;
    }

    private static Object instantiate(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("function class " + type.getName()
                + " has instance functions but no public no-arg constructor that works: " + e, e);
        }
    }
}
