/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.ddl;

import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.internal.function.FunctionSpec;
import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registers a server's functions with SingleStore and drops them again, through R2DBC, never blocking; every
 * connection it opens is closed whatever happens (python-sdk-services.md §2.4 "Registration"):
 * <ol>
 *   <li>with replace, the functions whose DDL points at this server's endpoint are dropped first: {@code SHOW
 *   FUNCTIONS [IN `db`]}, for each row whose type contains "external" {@code SHOW CREATE FUNCTION}, and
 *   {@code DROP FUNCTION IF EXISTS} when its {@code SERVICE '...'} is the endpoint; a link they used is dropped
 *   after them when its name is one {@link LinkDdl} generates;</li>
 *   <li>the link is created when a config or credentials are configured;</li>
 *   <li>each function is created, {@code CREATE OR REPLACE} with replace.</li>
 * </ol>
 * The credentials of a link never reach a log or an exception: a failed {@code CREATE LINK} is reported with the
 * engine's error code and SQLSTATE only, as its message may quote the statement.
 */
public final class Registration {

    private static final Logger LOG = LoggerFactory.getLogger(Registration.class);

    /** {@code SERVICE} and the quoted endpoint after it, in either quote as the engine may normalise it. */
    private static final Pattern SERVICE = Pattern.compile("\\bSERVICE\\s+(['\"])((?:\\\\.|(?!\\1)[^\\\\])*)\\1",
        Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** {@code LINK [`db`.]`name`} with or without backticks; the name is the last group. */
    private static final Pattern LINK = Pattern.compile("\\bLINK\\s+(?:`?\\w+`?\\.)?`?(\\w+)`?",
        Pattern.CASE_INSENSITIVE);

    private Registration() {
    }

    /**
     * @param factory connects to SingleStore
     * @param functions the served functions, names without prefix or suffix
     * @param config the server's settings (database, prefix, suffix, format, link)
     * @param serviceUrl the endpoint the DDL names: the server's URL, or its socket path in collocated mode
     * @param replace whether to drop this server's functions first and write {@code CREATE OR REPLACE}
     * @return completes once every statement has run; fails with the first statement's error
     */
    public static Mono<Void> register(ConnectionFactory factory, List<FunctionSpec> functions, UdfConfig config,
                                      String serviceUrl, boolean replace) {
        return Mono.defer(() -> {
            CreateFunctionDdl ddl = CreateFunctionDdl.of(config, serviceUrl);
            Optional<LinkDdl> link = LinkDdl.of(config, serviceUrl).filter(LinkDdl::creates);
            List<String> creates = functions.stream().map(function -> ddl.create(function, replace)).toList();
            List<String> names = functions.stream().map(ddl::sqlName).toList();
            return Mono.usingWhen(Mono.from(factory.create()), connection ->
                (replace ? dropServed(connection, ddl) : Mono.<Void>empty())
                    .then(link.map(l -> createLink(connection, l)).orElseGet(Mono::empty))
                    .thenMany(Flux.range(0, creates.size()).concatMap(i -> execute(connection, creates.get(i))
                        .doOnSuccess(ignored -> LOG.info("Created external function {}", names.get(i)))))
                    .then(), Connection::close);
        });
    }

    /**
     * Drops the functions whose DDL points at this server, whoever created them, and the generated links they used.
     *
     * @param factory connects to SingleStore
     * @param serviceUrl the endpoint the DDL names: the server's URL, or its socket path in collocated mode
     * @param config the server's settings (database)
     * @return completes once they are dropped
     */
    public static Mono<Void> unregister(ConnectionFactory factory, String serviceUrl, UdfConfig config) {
        return Mono.defer(() -> {
            CreateFunctionDdl ddl = CreateFunctionDdl.of(config, serviceUrl);
            return Mono.usingWhen(Mono.from(factory.create()), connection -> dropServed(connection, ddl),
                Connection::close);
        });
    }

    private static Mono<Void> dropServed(Connection connection, CreateFunctionDdl ddl) {
        String database = ddl.database().orElse(null);
        String show = database == null ? "SHOW FUNCTIONS" : "SHOW FUNCTIONS IN " + SqlText.identifier(database);
        // the names are read to the end before the next statement runs on the same connection
        return query(connection, show, Registration::externalFunctionName).collectList()
            .flatMapMany(Flux::fromIterable)
            .concatMap(name -> query(connection, "SHOW CREATE FUNCTION " + SqlText.qualified(database, name),
                Registration::createStatement)
                .filter(statement -> pointsAt(statement, ddl.endpoint()))
                .map(statement -> new Served(name, linkOf(statement))))
            .collectList()
            .flatMap(served -> Flux.fromIterable(served)
                .concatMap(function -> execute(connection, "DROP FUNCTION IF EXISTS "
                    + SqlText.qualified(database, function.name()))
                    .doOnSuccess(ignored -> LOG.info("Dropped external function {} of {}", function.name(),
                        ddl.endpoint())))
                .thenMany(Flux.fromIterable(served).map(Served::link).filter(Optional::isPresent).map(Optional::get)
                    .filter(LinkDdl::isGenerated).distinct()
                    .concatMap(link -> execute(connection, "DROP LINK " + SqlText.identifier(link))
                        .doOnSuccess(ignored -> LOG.info("Dropped link {}", link))))
                .then());
    }

    /** Whether a {@code SHOW CREATE FUNCTION} statement's service is the endpoint. */
    static boolean pointsAt(String statement, String endpoint) {
        Matcher service = SERVICE.matcher(statement);
        while (service.find()) {
            if (service.group(2).replaceAll("\\\\(.)", "$1").equals(endpoint)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> linkOf(String statement) {
        Matcher link = LINK.matcher(statement);
        return link.find() ? Optional.of(link.group(1)) : Optional.empty();
    }

    /** A row of SHOW FUNCTIONS: the name first, the type in "Function Type"; null unless the type is external. */
    private static String externalFunctionName(Row row, RowMetadata metadata) {
        String type = row.get(column(metadata, "Function Type", 1), String.class);
        return type != null && type.toLowerCase(Locale.ROOT).contains("external") ? row.get(0, String.class) : null;
    }

    /** A row of SHOW CREATE FUNCTION: the statement in "Create Function". */
    private static String createStatement(Row row, RowMetadata metadata) {
        return row.get(column(metadata, "Create Function", 1), String.class);
    }

    private static int column(RowMetadata metadata, String name, int fallback) {
        List<? extends ColumnMetadata> columns = metadata.getColumnMetadatas();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).getName().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return fallback;
    }

    private static <T> Flux<T> query(Connection connection, String sql,
                                     BiFunction<Row, RowMetadata, T> mapper) {
        return Flux.from(connection.createStatement(sql).execute())
            .concatMap(result -> result.map((row, metadata) -> Optional.ofNullable(mapper.apply(row, metadata))))
            .filter(Optional::isPresent)
            .map(Optional::get);
    }

    private static Mono<Void> execute(Connection connection, String sql) {
        return Flux.from(connection.createStatement(sql).execute()).concatMap(Result::getRowsUpdated).then();
    }

    private static Mono<Void> createLink(Connection connection, LinkDdl link) {
        Function<Throwable, Throwable> withoutStatement = error -> error instanceof R2dbcException r2dbc
            ? new R2dbcNonTransientResourceException("CREATE LINK " + link.name() + " failed with error "
                + r2dbc.getErrorCode() + " (SQLSTATE " + r2dbc.getSqlState() + ")", r2dbc.getSqlState(),
                r2dbc.getErrorCode())
            : new IllegalStateException("CREATE LINK " + link.name() + " failed: " + error.getClass().getName());
        return execute(connection, link.createStatement()).onErrorMap(withoutStatement)
            .doOnSuccess(ignored -> LOG.info("Created link {}", link.name()));
    }

    private record Served(String name, Optional<String> link) {
    }
}
