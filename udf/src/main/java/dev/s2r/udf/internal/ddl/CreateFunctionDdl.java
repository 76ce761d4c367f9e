/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.ddl;

import dev.s2r.udf.api.DataFormat;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import dev.s2r.udf.internal.function.ArgSpec;
import dev.s2r.udf.internal.function.ColumnSpec;
import dev.s2r.udf.internal.function.FunctionKind;
import dev.s2r.udf.internal.function.FunctionSpec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Writes the {@code CREATE [OR REPLACE] EXTERNAL FUNCTION} statement of a function, on one line, in the shape the
 * Python SDK generates (python-sdk-services.md §2.4; singlestore-server.md §3.1):
 * <pre>
 * CREATE EXTERNAL FUNCTION `db`.`name`(`a` BIGINT NOT NULL, `b` DOUBLE NULL DEFAULT NULL)
 *   RETURNS BIGINT NOT NULL AS REMOTE SERVICE "http://host:8000/invoke" FORMAT ROWDAT_1 LINK `link`
 * </pre>
 * Identifiers are in backticks (a backtick doubled), the endpoint in double quotes. Every argument, scalar return,
 * {@code RECORD} field and {@code TABLE} column says {@code NULL} or {@code NOT NULL}, as the SDK renders them
 * (python-sdk-services.md §2.2). The SQL name is the function's name between the configured prefix and suffix, in
 * the configured function database. In collocated mode (a socket path is configured) the service is
 * {@code COLLOCATED SERVICE "<socket path>" FORMAT ROWDAT_1}, without a link. Immutable.
 */
public final class CreateFunctionDdl {

    private final boolean collocated;
    private final String endpoint;
    private final DataFormat format;
    private final String link;
    private final String database;
    private final String prefix;
    private final String suffix;

    private CreateFunctionDdl(boolean collocated, String endpoint, DataFormat format, String link, String database,
                              String prefix, String suffix) {
        this.collocated = collocated;
        this.endpoint = endpoint;
        this.format = format;
        this.link = link;
        this.database = database;
        this.prefix = prefix;
        this.suffix = suffix;
    }

    /**
     * @param config the server's settings: data format, link, function database, name prefix and suffix; collocated
     *               mode when {@link UdfOptions#SOCKET_PATH} is set
     * @param endpoint what SingleStore calls: the URL of a remote service or the Unix socket path of a collocated one
     * @return the writer of that server's statements
     * @throws IllegalArgumentException when the endpoint holds a double quote, a backslash or a control character
     *                                  (no URL or path that needs them is accepted), or the link name is invalid
     */
    public static CreateFunctionDdl of(UdfConfig config, String endpoint) {
        Objects.requireNonNull(config, "config");
        checkEndpoint(endpoint);
        boolean collocated = config.get(UdfOptions.SOCKET_PATH) != null;
        String link = LinkDdl.of(config, endpoint).map(LinkDdl::name).orElse(null);
        return new CreateFunctionDdl(collocated, endpoint, collocated ? DataFormat.ROWDAT_1
            : config.get(UdfOptions.DATA_FORMAT), link, config.get(UdfOptions.FUNCTION_DATABASE),
            config.get(UdfOptions.NAME_PREFIX), config.get(UdfOptions.NAME_SUFFIX));
    }

    /** @return the endpoint written into the statements */
    public String endpoint() {
        return this.endpoint;
    }

    /** @return the database the functions are created in; empty for the connection's */
    public Optional<String> database() {
        return Optional.ofNullable(this.database).filter(database -> !database.isEmpty());
    }

    /** @return the link the statements attach; empty for none */
    public Optional<String> link() {
        return Optional.ofNullable(this.link);
    }

    /**
     * @param function a function
     * @return its SQL name, which is also its {@code s2-ef-name}: prefix, name, suffix
     */
    public String sqlName(FunctionSpec function) {
        return this.prefix + function.name() + this.suffix;
    }

    /**
     * @param function a function
     * @param replace whether to write {@code CREATE OR REPLACE}
     * @return its statement, on one line, without a terminating semicolon
     * @throws IllegalArgumentException when the function's return columns do not fit its kind
     */
    public String create(FunctionSpec function, boolean replace) {
        StringBuilder sql = new StringBuilder(128).append("CREATE ");
        if (replace) {
            sql.append("OR REPLACE ");
        }
        sql.append("EXTERNAL FUNCTION ").append(SqlText.qualified(this.database, sqlName(function)));
        StringJoiner args = new StringJoiner(", ", "(", ")");
        for (ArgSpec arg : function.args()) {
            String text = SqlText.identifier(arg.name()) + " " + arg.sqlType() + nullability(arg.nullable());
            args.add(arg.defaultLiteral() == null ? text : text + " DEFAULT " + arg.defaultLiteral());
        }
        sql.append(args).append(" RETURNS ").append(returns(function));
        sql.append(this.collocated ? " AS COLLOCATED SERVICE \"" : " AS REMOTE SERVICE \"").append(this.endpoint)
            .append("\" FORMAT ").append(this.format.ddlName().orElseThrow());
        if (this.link != null && !this.collocated) {
            sql.append(" LINK ").append(SqlText.identifier(this.link));
        }
        return sql.toString();
    }

    private static String returns(FunctionSpec function) {
        List<ColumnSpec> columns = function.returns();
        if (function.kind() == FunctionKind.UDF && !function.record()) {
            if (columns.size() != 1) {
                throw new IllegalArgumentException("function " + function.name()
                    + " returns one value but declares " + columns.size() + " return columns");
            }
            return columns.get(0).sqlType() + nullability(columns.get(0).nullable());
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("function " + function.name() + " declares no return columns");
        }
        StringJoiner fields = new StringJoiner(", ", function.kind() == FunctionKind.TVF ? "TABLE(" : "RECORD(", ")");
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec column = columns.get(i);
            String name = column.name() != null ? column.name() : letters(i);
            fields.add(SqlText.identifier(name) + " " + column.sqlType() + nullability(column.nullable()));
        }
        return fields.toString();
    }

    /** Unnamed columns are called a, b, c, ... as the Python SDK names them (python-sdk-services.md §2.2). */
    static String letters(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            name.insert(0, (char) ('a' + i % 26));
        }
        return name.toString();
    }

    private static String nullability(boolean nullable) {
        return nullable ? " NULL" : " NOT NULL";
    }

    private static void checkEndpoint(String endpoint) {
        if (endpoint == null || endpoint.isEmpty()) {
            throw new IllegalArgumentException("the service endpoint (URL or socket path) is empty");
        }
        for (int i = 0; i < endpoint.length(); i++) {
            char c = endpoint.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("the service endpoint may not contain a double quote, a "
                    + "backslash or a control character (percent-encode them in a URL): " + endpoint);
            }
        }
    }
}
