/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.ddl;

import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import io.r2dbc.spi.Statement;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake of SingleStore behind the R2DBC SPI, not a driver or a wire emulator: it records every statement and keeps
 * the functions and links they create, answering as the engine does for the few statements registration runs.
 * <ul>
 *   <li>{@code SHOW FUNCTIONS [IN `db`]}: one row per function, its name in the first column and its type in
 *   {@code Function Type}, which contains "External" for external functions (singlestore-server.md §3.1); the
 *   other column names are SingleStore's, which the reference does not list;</li>
 *   <li>{@code SHOW CREATE FUNCTION}: one row whose {@code Create Function} holds the DDL with the endpoint in single
 *   quotes, as the Python SDK's regex {@code <word> (SERVICE|MANAGED) '<url>'} expects it back
 *   (python-sdk-services.md §2.4);</li>
 *   <li>{@code CREATE [OR REPLACE] EXTERNAL FUNCTION}, {@code DROP FUNCTION IF EXISTS}, {@code CREATE LINK},
 *   {@code DROP LINK}: update the state; a CREATE of an existing function without OR REPLACE fails.</li>
 * </ul>
 * Every other statement fails with a syntax error quoting it, as an engine's message may, and carrying it as
 * {@code R2dbcException.getSql()}.
 */
public final class FakeSingleStoreConnectionFactory implements ConnectionFactory {

    private static final Pattern CREATE = Pattern.compile(
        "CREATE (OR REPLACE )?EXTERNAL FUNCTION (?:`(\\w+)`\\.)?`(\\w+)`(.*)");
    private static final Pattern DROP = Pattern.compile("DROP FUNCTION IF EXISTS (?:`(\\w+)`\\.)?`(\\w+)`");
    private static final Pattern SHOW_CREATE = Pattern.compile("SHOW CREATE FUNCTION (?:`(\\w+)`\\.)?`(\\w+)`");
    private static final Pattern LINK = Pattern.compile("(CREATE|DROP) LINK `(\\w+)`.*");

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final Map<String, String[]> functions = new LinkedHashMap<>();
    private final Set<String> links = new LinkedHashSet<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private String failing;

    /** Adds an external function as another server (or an earlier run) left it, with the DDL the engine shows. */
    public FakeSingleStoreConnectionFactory withExternalFunction(String name, String showCreate) {
        this.functions.put(name, new String[] {"External User Defined Function", showCreate});
        return this;
    }

    /** Adds a stored procedure-language function, which is not external. */
    FakeSingleStoreConnectionFactory withPsqlFunction(String name) {
        this.functions.put(name, new String[] {"User Defined Function", "CREATE FUNCTION `" + name + "`() ..."});
        return this;
    }

    /** Adds an existing link. */
    FakeSingleStoreConnectionFactory withLink(String name) {
        this.links.add(name);
        return this;
    }

    /** Makes statements starting with the prefix fail with an error that quotes the statement. */
    FakeSingleStoreConnectionFactory failing(String prefix) {
        this.failing = prefix;
        return this;
    }

    /** @return every statement run, in order */
    public List<String> statements() {
        return List.copyOf(this.statements);
    }

    /** @return the names of the functions the fake engine holds */
    public synchronized Set<String> functionNames() {
        return Set.copyOf(this.functions.keySet());
    }

    synchronized Set<String> links() {
        return Set.copyOf(this.links);
    }

    int opened() {
        return this.opened.get();
    }

    int closed() {
        return this.closed.get();
    }

    @Override
    public Publisher<? extends Connection> create() {
        return Mono.fromSupplier(() -> {
            this.opened.incrementAndGet();
            return proxy(Connection.class, (method, args) -> switch (method) {
                case "createStatement" -> statement((String) args[0]);
                case "close" -> Mono.<Void>empty().doOnSubscribe(s -> this.closed.incrementAndGet());
                default -> throw new UnsupportedOperationException(method);
            });
        });
    }

    @Override
    public ConnectionFactoryMetadata getMetadata() {
        return () -> "fake SingleStore";
    }

    private Statement statement(String sql) {
        return proxy(Statement.class, (method, args) -> {
            if (!method.equals("execute")) {
                throw new UnsupportedOperationException(method);
            }
            return Flux.defer(() -> {
                this.statements.add(sql);
                return Mono.just(answer(sql));
            });
        });
    }

    private synchronized Result answer(String sql) {
        if (this.failing != null && sql.startsWith(this.failing)) {
            throw new R2dbcBadGrammarException("You have an error in your SQL syntax near '" + sql + "'", "42000",
                1064, sql);
        }
        if (sql.equals("SHOW FUNCTIONS") || sql.startsWith("SHOW FUNCTIONS IN ")) {
            List<Object[]> rows = new ArrayList<>();
            this.functions.forEach((name, function) -> rows.add(new Object[] {name, function[0], "root@%", null,
                null, null}));
            return new FakeResult(List.of("Functions_in_db", "Function Type", "Definer", "Data Format",
                "Runtime Type", "Link"), rows, 0);
        }
        Matcher showCreate = SHOW_CREATE.matcher(sql);
        if (showCreate.matches()) {
            String[] function = this.functions.get(showCreate.group(2));
            if (function == null) {
                throw new R2dbcBadGrammarException("Function '" + showCreate.group(2) + "' doesn't exist", "42000",
                    1305);
            }
            return new FakeResult(List.of("Function", "Create Function"),
                List.<Object[]>of(new Object[] {showCreate.group(2), function[1]}), 0);
        }
        Matcher create = CREATE.matcher(sql);
        if (create.matches()) {
            if (create.group(1) == null && this.functions.containsKey(create.group(3))) {
                throw new R2dbcBadGrammarException("Function '" + create.group(3) + "' already exists", "42000",
                    1304);
            }
            String shown = "CREATE EXTERNAL FUNCTION `" + create.group(3) + "`" + create.group(4)
                .replaceFirst("SERVICE \"([^\"]*)\"", "SERVICE '$1'");
            this.functions.put(create.group(3), new String[] {"External User Defined Function", shown});
            return new FakeResult(List.of(), List.of(), 0);
        }
        Matcher drop = DROP.matcher(sql);
        if (drop.matches()) {
            return new FakeResult(List.of(), List.of(), this.functions.remove(drop.group(2)) != null ? 1 : 0);
        }
        Matcher link = LINK.matcher(sql);
        if (link.matches()) {
            boolean created = link.group(1).equals("CREATE") ? this.links.add(link.group(2))
                : this.links.remove(link.group(2));
            if (!created) {
                throw new R2dbcBadGrammarException("Link '" + link.group(2) + "' conflicts", "HY000", 1105, sql);
            }
            return new FakeResult(List.of(), List.of(), 0);
        }
        throw new R2dbcBadGrammarException("The fake does not understand: " + sql, "42000", 1064, sql);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, BiFunction<String, Object[], Object> handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
            (self, method, args) -> switch (method.getName()) {
                case "toString" -> "fake " + type.getSimpleName();
                case "hashCode" -> System.identityHashCode(self);
                case "equals" -> self == args[0];
                default -> handler.apply(method.getName(), args);
            });
    }

    /** A result of rows (a query) or of an update count. */
    private record FakeResult(List<String> columns, List<Object[]> rows, long updated) implements Result {

        @Override
        public Publisher<Long> getRowsUpdated() {
            return this.columns.isEmpty() ? Mono.just(this.updated) : Mono.empty();
        }

        @Override
        public <T> Publisher<T> map(BiFunction<Row, RowMetadata, ? extends T> mapping) {
            RowMetadata metadata = metadata();
            return Flux.fromIterable(this.rows).map(values -> mapping.apply(row(values, metadata), metadata));
        }

        @Override
        public Result filter(Predicate<Segment> filter) {
            throw new UnsupportedOperationException("filter");
        }

        @Override
        public <T> Publisher<T> flatMap(Function<Segment, ? extends Publisher<? extends T>> mapping) {
            throw new UnsupportedOperationException("flatMap");
        }

        private RowMetadata metadata() {
            List<ColumnMetadata> metadatas = this.columns.stream().map(name -> proxy(ColumnMetadata.class,
                (method, args) -> switch (method) {
                    case "getName" -> name;
                    default -> throw new UnsupportedOperationException(method);
                })).toList();
            return proxy(RowMetadata.class, (method, args) -> switch (method) {
                case "getColumnMetadatas" -> metadatas;
                case "getColumnMetadata" -> args[0] instanceof Integer i ? metadatas.get(i)
                    : metadatas.get(this.columns.indexOf((String) args[0]));
                default -> throw new UnsupportedOperationException(method);
            });
        }

        private Row row(Object[] values, RowMetadata metadata) {
            return proxy(Row.class, (method, args) -> switch (method) {
                case "get" -> ((Class<?>) args[1]).cast(values[args[0] instanceof Integer i ? i
                    : this.columns.indexOf((String) args[0])]);
                case "getMetadata" -> metadata;
                default -> throw new UnsupportedOperationException(method);
            });
        }
    }
}
