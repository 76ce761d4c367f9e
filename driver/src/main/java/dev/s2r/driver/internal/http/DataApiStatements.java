/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import dev.s2r.driver.internal.sql.ParsedSql;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Data API does with a statement, decided from its first keyword (after comments, whitespace and opening
 * parentheses, by the driver's SQL scanner): statements that return rows go to {@code query/tuples}, all others to
 * {@code exec}; statements that need a session are refused, and {@code USE db} is answered on the client.
 */
public final class DataApiStatements {

    /**
     * The first keywords of statements that return rows. The Python SDK's list (select, show, call, echo, describe,
     * with: python-sdk-driver.md §5.1) sends EXPLAIN, DESC, VALUES, TABLE and a parenthesised SELECT to
     * {@code exec}, where their rows are lost; this list does not.
     */
    private static final Set<String> ROWS = Set.of("SELECT", "SHOW", "CALL", "ECHO", "DESCRIBE", "DESC", "EXPLAIN",
        "WITH", "VALUES", "TABLE", "PROFILE");
    private static final Set<String> TRANSACTION = Set.of("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT",
        "RELEASE", "XA", "LOCK", "UNLOCK");
    private static final Pattern USE = Pattern.compile("(?is)^(?:\\s|/\\*.*?\\*/|(?:--|#)[^\\n]*\\n)*"
        + "USE\\s+(`(?:[^`]|``)+`|[\\w$]+)\\s*;?\\s*$");
    /** {@code SET GLOBAL}, {@code SET PERSIST}, {@code SET CLUSTER}, {@code SET @@GLOBAL.}: not session state. */
    private static final Pattern SERVER_WIDE_SET = Pattern.compile(
        "(?is)^(?:\\s|/\\*.*?\\*/|(?:--|#)[^\\n]*\\n)*SET\\s+(?:(?:GLOBAL|PERSIST|PERSIST_ONLY|CLUSTER)\\s|"
            + "@@(?:GLOBAL|PERSIST|PERSIST_ONLY|CLUSTER)\\.)");
    private static final Pattern START_TRANSACTION = Pattern.compile("(?is)\\bSTART\\s+TRANSACTION\\b");
    private static final Pattern TEMPORARY = Pattern.compile(
        "(?is)\\bCREATE\\s+(?:ROWSTORE\\s+)?TEMPORARY\\s+TABLE\\b");
    private static final Pattern LOCAL_INFILE = Pattern.compile("(?is)\\bLOAD\\s+DATA\\s+(?:LOW_PRIORITY\\s+|"
        + "CONCURRENT\\s+)?LOCAL\\b");

    private DataApiStatements() {
    }

    /**
     * @param sql a statement
     * @return its endpoint
     */
    public static DataApiClient.Route route(ParsedSql sql) {
        return ROWS.contains(sql.firstKeyword()) ? DataApiClient.Route.QUERY : DataApiClient.Route.EXEC;
    }

    /**
     * @param sql a statement
     * @return the database a {@code USE db} statement names (unquoted), or {@code null} for any other statement
     */
    public static String usedDatabase(ParsedSql sql) {
        if (!sql.firstKeyword().equals("USE")) {
            return null;
        }
        Matcher use = USE.matcher(sql.getSql());
        if (!use.matches()) {
            return null;
        }
        String name = use.group(1);
        return name.startsWith("`") ? name.substring(1, name.length() - 1).replace("``", "`") : name;
    }

    /**
     * @param sql a statement
     * @return why the Data API cannot run it, or {@code null} when it can
     */
    public static R2dbcException refusal(ParsedSql sql) {
        String keyword = sql.firstKeyword();
        if (sql.isMultiStatement()) {
            return refused("Several statements in one request", "the Data API runs one statement per request; "
                + "execute them one by one or in a Batch");
        }
        if (TRANSACTION.contains(keyword)
            || keyword.equals("START") && START_TRANSACTION.matcher(sql.getSql()).find()) {
            return refused("A transaction statement (" + keyword + ")", "the Data API keeps no session between "
                + "requests, so each statement commits on its own");
        }
        if (keyword.equals("SET") && !SERVER_WIDE_SET.matcher(sql.getSql()).find()) {
            return refused("SET", "it changes session state, which the Data API does not keep between requests "
                + "(SET GLOBAL, PERSIST and CLUSTER run)");
        }
        if (keyword.equals("USE") && usedDatabase(sql) == null) {
            return refused("This USE statement", "only USE <database> is understood (it changes the database of "
                + "the connection's later requests)");
        }
        if (keyword.equals("CREATE") && TEMPORARY.matcher(sql.getSql()).find()) {
            return refused("A temporary table", "it lives in a session, and the Data API keeps none between "
                + "requests");
        }
        if (keyword.equals("LOAD") && LOCAL_INFILE.matcher(sql.getSql()).find()) {
            return refused("LOAD DATA LOCAL INFILE", "the Data API cannot stream a file to the server");
        }
        return null;
    }

    private static R2dbcException refused(String what, String why) {
        return new R2dbcNonTransientResourceException(what + " cannot run over the Data API: " + why
            + "; use the MySQL protocol (r2dbc:singlestore://) for it", "0A000", 0, (String) null);
    }
}
