/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the behaviour suites accept to differ over {@link Wire#DATA_API} from the MySQL protocol, in one place,
 * each with the reason it is forced: by JSON, by what the service's answers carry, or by the service's documented
 * behaviour (docs/data-api.md; /work/shared/reference/singlestore-server.md §2, python-sdk-driver.md §5,
 * python-sdk-audit.md "Data API"). A difference that the driver could avoid is a driver bug, not an entry here.
 *
 * <p>Suites ask through the methods below, passing the wire, so that a MySQL-protocol wire always gets the MySQL
 * behaviour and a test still fails when the Data API behaves neither way.
 */
public final class DataApiDifferences {

    /** Why BOOL and BOOLEAN read as TINYINT. */
    private static final String BOOL = "dataType TINYINT carries no display width, so the TINYINT(1) that the MySQL "
        + "protocol reads as a Boolean cannot be told from any TINYINT (singlestore-server.md §2.5: BOOL and TINYINT "
        + "are one JSON number; the service names columns as go-sql-driver's DatabaseTypeName() does)";

    /**
     * Column types (as written in the DDL, upper case) whose values {@code Row.get(i)} returns as another Java type
     * over the Data API, with the reason.
     */
    private static final Map<String, ReadsAs> COLUMN_TYPES = Map.of(
        "BOOL", new ReadsAs("TINYINT", Byte.class, BOOL),
        "BOOLEAN", new ReadsAs("TINYINT", Byte.class, BOOL),
        "BIT(1)", new ReadsAs("BIT(64)", byte[].class, "dataType BIT carries no width, and a BIT of unknown width is "
            + "read as the widest, BIT(64): a BIT(1) reads as the bytes of its base64 value, not as a Boolean "
            + "(python-sdk-driver.md §5.3: BIT arrives as base64 and decodes to bytes)"));

    /**
     * The largest request body the service accepts, SQL and arguments together: larger ones are refused by the driver
     * before they are sent (singlestore-server.md §2.2, "Request body limit 1 MB"; docs/data-api.md "Requests over
     * 1 MB").
     */
    public static final int REQUEST_LIMIT = 1 << 20;

    /**
     * The SQLSTATE of what needs a session (a transaction, {@code SET}, a temporary table...): over the Data API the
     * driver refuses it before sending anything, because the service runs each request on whichever of its
     * connections is free and keeps nothing from one request to the next (singlestore-server.md §2.6; docs/data-api.md
     * "What needs a session"). Behaviour that reads what an earlier statement left in the session (its warnings, this
     * session's status, this connection in the process list) is therefore tested over the MySQL protocol only.
     */
    public static final String NO_SESSION = "0A000";

    private DataApiDifferences() {
    }

    /**
     * Whether a {@code CALL} gives, after one result per result set of the procedure, a last result holding the
     * procedure's own update count: over the MySQL protocol yes, the OK packet that ends every {@code CALL}; over
     * the Data API no, because its answer has one {@code results} entry per result set and nothing else
     * (singlestore-server.md §2.4, "Multiple result sets (e.g. from CALL) appear as multiple entries in results";
     * docs/data-api.md, "A CALL answers one result per result set").
     *
     * @param wire the wire
     * @return whether the procedure's status is a result of its own
     */
    public static boolean answersProcedureStatus(Wire wire) {
        return !wire.isDataApi();
    }

    /**
     * The key {@code Rows.toMap()} gives a column whose name an earlier column of the row already has: over the MySQL
     * protocol {@code table.name} with the column's table alias; over the Data API the name with a number suffix, the
     * documented fallback for a column without a table, because the answer's columns carry only {@code name},
     * {@code dataType} and {@code nullable} (singlestore-server.md §2.1, {@code query/tuples}).
     *
     * @param wire     the wire the row was read over
     * @param byTable  the key over the MySQL protocol, such as {@code m.id}
     * @param byNumber the key without a table, such as {@code id_2}
     * @return the key over the wire
     */
    public static String repeatedColumnKey(Wire wire, String byTable, String byNumber) {
        return wire.isDataApi() ? byNumber : byTable;
    }

    /**
     * Whether a statement whose bound value takes {@code encodedBytes} in the request is refused over the wire: over
     * the Data API when the value alone exceeds {@link #REQUEST_LIMIT}; never over the MySQL protocol, which splits a
     * value over as many packets as it takes. The SQL and the JSON around the value add a few hundred bytes, so a
     * test keeps its values more than that away from the limit.
     *
     * @param wire         the wire
     * @param encodedBytes the value's size as it travels: UTF-8 JSON text, or base64 for bytes (docs/data-api.md)
     * @return whether the driver refuses the statement before sending it
     */
    public static boolean exceedsRequestLimit(Wire wire, long encodedBytes) {
        return wire.isDataApi() && encodedBytes > REQUEST_LIMIT;
    }

    /**
     * How the values of a column type read over the Data API.
     *
     * @param describedAs the column type it cannot be told from over the Data API, whose Java and Arrow types its
     *                    values get
     * @param javaType    the class of {@code Row.get(i)}; its value is what {@code Row.get(i, javaType)} gives over
     *                    the MySQL protocol for the same stored value
     * @param reason      why the Data API cannot do as the MySQL protocol does
     */
    public record ReadsAs(String describedAs, Class<?> javaType, String reason) {
    }

    /**
     * @param wire    the wire a row was read over
     * @param sqlType the column's type as written in the DDL, such as {@code BIT(1)}
     * @return the Java type {@code Row.get(i)} returns over the Data API instead of the MySQL protocol's, or
     *     {@code null} when it is the same (always {@code null} over the MySQL protocol)
     */
    public static Class<?> javaType(Wire wire, String sqlType) {
        ReadsAs readsAs = readsAs(wire, sqlType);
        return readsAs == null ? null : readsAs.javaType();
    }

    /**
     * @param wire    the wire a row was read over
     * @param sqlType the column's type as written in the DDL, such as {@code BOOL}
     * @return the column type whose values it reads as over the wire ({@code TINYINT} for {@code BOOL}), or
     *     {@code null} when it reads as itself (always {@code null} over the MySQL protocol)
     */
    public static String describedAs(Wire wire, String sqlType) {
        ReadsAs readsAs = readsAs(wire, sqlType);
        return readsAs == null ? null : readsAs.describedAs();
    }

    /**
     * @param wire    a wire
     * @param sqlType a column type as written in the DDL
     * @return the declared difference of its values over the wire, or {@code null}
     */
    public static ReadsAs readsAs(Wire wire, String sqlType) {
        return wire.isDataApi() ? COLUMN_TYPES.get(sqlType.toUpperCase(Locale.ROOT)) : null;
    }

    /**
     * The text {@code Row.get(i, String.class)} gives over the wire for a value whose own text on the server, as the
     * MySQL protocol reads it, is {@code serverText}: that text, except over the Data API for a JSON column, whose text
     * the answer cannot carry: it embeds the value as a JSON value (singlestore-server.md §2.5: JSON is an "embedded
     * JSON value"), so the driver writes it back as compact JSON, losing the whitespace between the tokens of the
     * stored text while numbers and strings keep theirs.
     *
     * @param wire       the wire a row was read over
     * @param sqlType    the column's type as written in the DDL, such as {@code JSON}
     * @param serverText the server's text of the value, or {@code null} for SQL NULL
     * @return the text over the wire
     */
    public static String serverText(Wire wire, String sqlType, String serverText) {
        if (serverText == null || !wire.isDataApi() || !sqlType.equalsIgnoreCase("JSON")) {
            return serverText;
        }
        StringBuilder compact = new StringBuilder(serverText.length());
        boolean inString = false;
        for (int i = 0; i < serverText.length(); i++) {
            char c = serverText.charAt(i);
            if (inString && c == '\\') {
                compact.append(c).append(serverText.charAt(++i));
                continue;
            }
            if (c == '"') {
                inString = !inString;
            }
            if (inString || !Character.isWhitespace(c)) {
                compact.append(c);
            }
        }
        return compact.toString();
    }

    /**
     * The options a connection over the wire needs to read {@code DATETIME} and {@code TIMESTAMP} values as instants
     * in the server's time zone: over the MySQL protocol none (the driver reads the session's zone when it connects);
     * over the Data API {@code serverZoneId}, because there is no session whose zone it could read, and instants are
     * taken in {@code serverZoneId}, UTC when unset (docs/data-api.md, "Statements" and "What needs a session").
     *
     * @param wire       the wire
     * @param serverZone the server's time zone
     * @return the URL options
     */
    public static Map<String, String> zoneOptions(Wire wire, ZoneId serverZone) {
        return wire.isDataApi() ? Map.of("serverZoneId", serverZone.getId()) : Map.of();
    }
}
