/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.api;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Every option of the UDF server, declared once. The names, environment variables ({@code SINGLESTOREDB_EXT_FUNC_*})
 * and defaults of the options the Python SDK's server shares follow its {@code external_function.*} options
 * (python-sdk-services.md §2.12); the command-line flags follow its CLI (§2.5).
 */
public final class UdfOptions {

    /** The URL SingleStore calls, written into the DDL; default {@code http://<host>:<port>/invoke}. */
    public static final UdfOption<String> URL = text("url", null, true,
        "URL SingleStore calls (REMOTE SERVICE); default http://<host>:<port>/invoke");

    /** The address the HTTP server binds. */
    public static final UdfOption<String> HOST = text("host", "127.0.0.1", true, "address the HTTP server binds");

    /** The port the HTTP server binds; 0 picks a free one. */
    public static final UdfOption<Integer> PORT = option("port", Integer.class, 8000, UdfOptions::port, false, true,
        "port the HTTP server binds; 0 picks a free port");

    /** The FORMAT the DDL declares: ROWDAT_1 or JSON. */
    public static final UdfOption<DataFormat> DATA_FORMAT = option("data_format", DataFormat.class,
        DataFormat.ROWDAT_1, UdfOptions::ddlFormat, false, true, "FORMAT of the DDL: rowdat_1 or json");

    /** The data version a call must carry in {@code s2-ef-version}. */
    public static final UdfOption<String> DATA_VERSION = text("data_version", "1.0", true,
        "data version of s2-ef-version");

    /** How long one call may run before it is answered 504; at least one second. */
    public static final UdfOption<Duration> TIMEOUT = option("timeout", Duration.class, Duration.ofSeconds(86_400),
        UdfOptions::seconds, false, true, "seconds a call may run before 504 (at least 1)");

    /** The name of a LINK the DDL attaches. */
    public static final UdfOption<String> LINK_NAME = text("link_name", null, true, "LINK the DDL attaches");

    /** The CONFIG JSON of a LINK to create. */
    public static final UdfOption<String> LINK_CONFIG = text("link_config", null, true,
        "CONFIG JSON of a LINK to create");

    /** The CREDENTIALS JSON of a LINK to create; a secret. */
    public static final UdfOption<String> LINK_CREDENTIALS = option("link_credentials", String.class, null,
        Function.identity(), true, true, "CREDENTIALS JSON of a LINK to create (secret)");

    /** Whether registration replaces functions of the same names and drops those pointing at this server. */
    public static final UdfOption<Boolean> REPLACE_EXISTING = flag("replace_existing", true,
        "replace existing functions on registration");

    /** A prefix of every function's SQL name and {@code s2-ef-name}. */
    public static final UdfOption<String> NAME_PREFIX = text("name_prefix", "", true, "prefix of every name");

    /** A suffix of every function's SQL name and {@code s2-ef-name}. */
    public static final UdfOption<String> NAME_SUFFIX = text("name_suffix", "", true, "suffix of every name");

    /** The database the functions are created in; default the connection's. */
    public static final UdfOption<String> FUNCTION_DATABASE = text("function_database", null, true,
        "database the functions are created in");

    /** The R2DBC or {@code SINGLESTOREDB_URL} URL registration connects with. */
    public static final UdfOption<String> CONNECTION = option("connection", String.class, null,
        Function.identity(), true, true, "URL registration connects with (default SINGLESTOREDB_URL)")
        .withFlag("--db");

    /** A Unix socket path to serve on in collocated mode instead of HTTP. */
    public static final UdfOption<String> SOCKET_PATH = text("socket_path", null, true,
        "Unix socket of collocated mode").withFlag("--collocated");

    /** The number of engine connections collocated mode accepts at once. */
    public static final UdfOption<Integer> MAX_CONNECTIONS = option("max_connections", Integer.class, 32,
        UdfOptions::positive, false, true, "engine connections collocated mode serves at once");

    /** The largest request body accepted; larger ones are answered 413 without being buffered. */
    public static final UdfOption<Long> MAX_BODY_SIZE = option("max_body_size", Long.class, 64L << 20,
        UdfOptions::bytes, false, false, "largest request body in bytes (413 beyond)");

    /** How many per-row calls of one batch an asynchronous function may have outstanding. */
    public static final UdfOption<Integer> CONCURRENCY = option("concurrency", Integer.class, 16,
        UdfOptions::positive, false, false, "per-row calls of one batch an async function runs at once");

    /** How many threads synchronous functions run on. */
    public static final UdfOption<Integer> WORKER_THREADS = option("worker_threads", Integer.class,
        Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), UdfOptions::positive, false, false,
        "threads synchronous functions run on");

    /** A shared secret every call must present as {@code Authorization: Bearer <token>}; a secret. */
    public static final UdfOption<String> AUTH_TOKEN = option("auth_token", String.class, null, Function.identity(),
        true, false, "bearer token every call must present (secret)");

    private static final List<UdfOption<?>> ALL = declared();

    private UdfOptions() {
    }

    /** @return every option, in declaration order */
    public static List<UdfOption<?>> all() {
        return ALL;
    }

    private static UdfOption<String> text(String name, String defaultValue, boolean python, String doc) {
        return new UdfOption<>(name, String.class, defaultValue, Function.identity(), false, python, doc);
    }

    private static UdfOption<Boolean> flag(String name, boolean python, String doc) {
        return new UdfOption<>(name, Boolean.class, false, UdfOptions::bool, false, python, doc);
    }

    private static <T> UdfOption<T> option(String name, Class<T> type, T defaultValue, Function<String, T> parser,
                                           boolean secret, boolean python, String doc) {
        return new UdfOption<>(name, type, defaultValue, parser, secret, python, doc);
    }

    private static Integer port(String text) {
        int port = Integer.parseInt(text);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("a port is 0 to 65535");
        }
        return port;
    }

    private static Integer positive(String text) {
        int value = Integer.parseInt(text);
        if (value < 1) {
            throw new IllegalArgumentException("must be at least 1");
        }
        return value;
    }

    private static Long bytes(String text) {
        long value = Long.parseLong(text);
        if (value < 1) {
            throw new IllegalArgumentException("must be at least 1");
        }
        return value;
    }

    private static Duration seconds(String text) {
        double seconds = Double.parseDouble(text);
        if (!(seconds >= 1)) {
            throw new IllegalArgumentException("must be at least 1 second");
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static Boolean bool(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "", "1", "true", "yes", "on":
                return true;
            case "0", "false", "no", "off":
                return false;
            default:
                throw new IllegalArgumentException("expected true or false");
        }
    }

    private static DataFormat ddlFormat(String text) {
        DataFormat format = DataFormat.valueOf(text.toUpperCase(Locale.ROOT));
        if (format.ddlName().isEmpty()) {
            throw new IllegalArgumentException("the DDL's FORMAT is rowdat_1 or json");
        }
        return format;
    }

    private static List<UdfOption<?>> declared() {
        List<UdfOption<?>> options = new ArrayList<>();
        for (Field field : UdfOptions.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == UdfOption.class) {
                try {
                    options.add((UdfOption<?>) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Collections.unmodifiableList(options);
    }
}
