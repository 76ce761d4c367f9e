/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.transport;

import dev.s2r.driver.api.SingleStoreServerException;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import io.r2dbc.spi.R2dbcRollbackException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;

/**
 * Turns server {@code ERR} packets and client-side failures into the R2DBC exception hierarchy.
 * <p>
 * A server error is classified by its error code first, then by the class (first two characters) of its SQLSTATE,
 * because MySQL reports several unrelated errors under {@code 42000} or {@code HY000}. The SQLSTATE classes follow
 * Spring's translation of SQLSTATEs ({@code SQLStateSQLExceptionTranslator}), so that Spring's R2DBC translation,
 * which goes by the exception's type, ends at the same {@code DataAccessException}; Spring has no rule for class 25
 * (invalid transaction state, such as a write in a {@code READ ONLY} transaction), which is a statement the
 * transaction does not permit, not a failure of the server or the connection:
 * <table>
 *   <caption>Mapping of server errors</caption>
 *   <tr><th>Exception</th><th>Error codes</th><th>SQLSTATE class</th></tr>
 *   <tr><td>{@link R2dbcPermissionDeniedException}</td>
 *       <td>1044, 1045, 1130, 1142, 1143, 1211, 1227, 1370, 1698, 2628 (SingleStore: JWT expired)</td>
 *       <td>25, 28</td></tr>
 *   <tr><td>{@link R2dbcBadGrammarException}</td>
 *       <td>1007, 1046, 1049, 1050, 1051, 1054, 1060, 1061, 1064, 1065, 1091, 1102, 1103, 1110, 1111, 1113, 1146,
 *       1149, 1166</td>
 *       <td>07, 21, 2A, 37, 3D, 42</td></tr>
 *   <tr><td>{@link R2dbcDataIntegrityViolationException}</td>
 *       <td>1048, 1062, 1169, 1171, 1216, 1217, 1263, 1264, 1265, 1292, 1364, 1365, 1366, 1367, 1406, 1441, 1451,
 *       1452, 1557, 1586, 3819, 4025</td>
 *       <td>01, 02, 22, 23, 27, 44</td></tr>
 *   <tr><td>{@link R2dbcRollbackException}</td><td>1213 (deadlock; the transaction was rolled back)</td>
 *       <td>40</td></tr>
 *   <tr><td>{@link R2dbcTimeoutException}</td>
 *       <td>1205 (lock wait timeout: only the statement is rolled back and a retry may succeed, so it is treated as
 *       an expired timeout rather than a rollback), 1317 (query interrupted), 1969 (statement time limit), 3024
 *       (maximum execution time)</td>
 *       <td>70 (query interrupted), HYT, and HY008 (operation cancelled)</td></tr>
 *   <tr><td>{@link R2dbcTransientResourceException}</td>
 *       <td>1037, 1038, 1041 (out of memory), 1040, 1203 (too many connections: a retry once other sessions have
 *       disconnected may succeed, so these are transient although their SQLSTATE is 08004 / 42000), 1135 (cannot
 *       create thread), 1712, 1720 (SingleStore: memory limit reached), 3572 (lock not acquired with NOWAIT)</td>
 *       <td></td></tr>
 *   <tr><td>{@link R2dbcNonTransientResourceException}</td>
 *       <td>1053 (server shutdown), 1129 (host blocked), 1152, 1153 (packet too large), 1154 to 1161 (network read
 *       and write errors), 1184</td>
 *       <td>08</td></tr>
 *   <tr><td>{@link SingleStoreServerException}</td><td>1235 (feature not supported, although its SQLSTATE is
 *       42000), everything else</td><td>anything else</td></tr>
 * </table>
 * <p>
 * Messages have the form {@code [1064] [42000] You have an error in your SQL syntax ...}: the server's own text
 * prefixed by code and SQLSTATE. The SQL is carried only in {@link R2dbcException#getSql()} and never copied into
 * the message, because statements may hold secrets.
 */
public final class ExceptionFactory {

    /** SQLSTATE for a connection closed by the server or the network. */
    static final String CONNECTION_FAILURE = "08006";

    /** SQLSTATE for a communication link failure, used for protocol violations. */
    static final String COMMUNICATION_LINK_FAILURE = "08S01";

    /** SQLSTATE for an expired client-side timeout. */
    static final String TIMEOUT_EXPIRED = "HYT00";

    /** SQLSTATE for a general error, used for failures of statements answered on the client. */
    static final String GENERAL_ERROR = "HY000";

    private static final String UNKNOWN_ERROR = "Unknown error";

    /**
     * The R2DBC exception categories a server error can map to.
     */
    enum Category {
        BAD_GRAMMAR, DATA_INTEGRITY, PERMISSION_DENIED, ROLLBACK, TIMEOUT, TRANSIENT_RESOURCE,
        NON_TRANSIENT_RESOURCE, OTHER
    }

    private ExceptionFactory() {
    }

    /**
     * Maps a server error to the R2DBC exception hierarchy (see the class documentation for the table).
     *
     * @param errorCode the error code of the {@code ERR} packet
     * @param sqlState  the SQLSTATE of the {@code ERR} packet, may be {@code null}
     * @param message   the server's message, may be {@code null}
     * @param sql       the statement that failed, may be {@code null}
     * @return the exception, carrying {@code errorCode}, {@code sqlState} and {@code sql}
     */
    public static R2dbcException create(int errorCode, String sqlState, String message, String sql) {
        String reason = reason(errorCode, sqlState, message);
        switch (categorize(errorCode, sqlState)) {
            case BAD_GRAMMAR:
                return new R2dbcBadGrammarException(reason, sqlState, errorCode, sql);
            case DATA_INTEGRITY:
                return new R2dbcDataIntegrityViolationException(reason, sqlState, errorCode, sql);
            case PERMISSION_DENIED:
                return new R2dbcPermissionDeniedException(reason, sqlState, errorCode, sql);
            case ROLLBACK:
                return new R2dbcRollbackException(reason, sqlState, errorCode, sql);
            case TIMEOUT:
                return new R2dbcTimeoutException(reason, sqlState, errorCode, sql);
            case TRANSIENT_RESOURCE:
                return new R2dbcTransientResourceException(reason, sqlState, errorCode, sql);
            case NON_TRANSIENT_RESOURCE:
                return new R2dbcNonTransientResourceException(reason, sqlState, errorCode, sql);
            default:
                return new SingleStoreServerException(reason, sqlState, errorCode, sql);
        }
    }

    /**
     * The connection was closed, by the server, the network or the client, while it was needed.
     *
     * @param reason what happened, may be {@code null}
     * @param cause  the underlying failure, may be {@code null}
     * @return an exception with SQLSTATE {@code 08006} and error code 0
     */
    public static R2dbcNonTransientResourceException connectionClosed(String reason, Throwable cause) {
        String text = reason == null ? "Connection closed" : reason;
        return new R2dbcNonTransientResourceException(text, CONNECTION_FAILURE, 0, cause);
    }

    /**
     * @param failure what a {@link dev.s2r.driver.api.StatementInterceptor} raised
     * @param sql     the statement, as written
     * @return the failure as an R2DBC exception: itself when it is one, else wrapped with its message
     */
    public static R2dbcException interceptorFailure(Throwable failure, String sql) {
        if (failure instanceof R2dbcException) {
            return (R2dbcException) failure;
        }
        String reason = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getName();
        return new R2dbcNonTransientResourceException("Statement answered on the client failed: " + reason,
            GENERAL_ERROR, 0, sql, failure);
    }

    /**
     * The server sent something the protocol does not allow at this point; the connection cannot be trusted any
     * more and must be closed.
     *
     * @param message what was wrong
     * @return an exception with SQLSTATE {@code 08S01} (communication link failure) and error code 0
     */
    public static R2dbcNonTransientResourceException protocolError(String message) {
        return new R2dbcNonTransientResourceException(message, COMMUNICATION_LINK_FAILURE, 0, (String) null);
    }

    /**
     * The body of a Data API (HTTP) answer is not what its endpoint sends: not JSON, cut short, or JSON of another
     * shape (a proxy's page, a field of the wrong type, a row longer than its columns). Like {@link #protocolError},
     * nothing more can be read from that answer.
     *
     * @param how   what was wrong, and where
     * @param cause the parser's exception, may be {@code null}
     * @return an exception with SQLSTATE {@code 08S01} (communication link failure) and error code 0
     */
    public static R2dbcNonTransientResourceException malformedDataApiAnswer(String how, Throwable cause) {
        return new R2dbcNonTransientResourceException("The Data API answer was malformed: " + how,
            COMMUNICATION_LINK_FAILURE, 0, cause);
    }

    /**
     * A client-side timeout (statement or connect timeout) expired.
     *
     * @param message what timed out
     * @param sql     the statement, may be {@code null}
     * @return an exception with SQLSTATE {@code HYT00} and error code 0
     */
    public static R2dbcTimeoutException timeout(String message, String sql) {
        return new R2dbcTimeoutException(message, TIMEOUT_EXPIRED, 0, sql);
    }

    /**
     * @param errorCode the server error code
     * @param sqlState  the SQLSTATE, may be {@code null}
     * @return the category, decided by the error code when it is known and by the SQLSTATE class otherwise
     */
    static Category categorize(int errorCode, String sqlState) {
        Category byCode = byErrorCode(errorCode);
        return byCode != null ? byCode : bySqlState(sqlState);
    }

    static String reason(int errorCode, String sqlState, String message) {
        StringBuilder builder = new StringBuilder().append('[').append(errorCode).append("] ");
        if (sqlState != null && !sqlState.isEmpty()) {
            builder.append('[').append(sqlState).append("] ");
        }
        return builder.append(message == null || message.isEmpty() ? UNKNOWN_ERROR : message).toString();
    }

    private static Category byErrorCode(int errorCode) {
        switch (errorCode) {
            case 1044: case 1045: case 1130: case 1142: case 1143: case 1211: case 1227: case 1370: case 1698:
            case 2628:
                return Category.PERMISSION_DENIED;
            case 1007: case 1046: case 1049: case 1050: case 1051: case 1054: case 1060: case 1061: case 1064:
            case 1065: case 1091: case 1102: case 1103: case 1110: case 1111: case 1113: case 1146: case 1149:
            case 1166:
                return Category.BAD_GRAMMAR;
            case 1048: case 1062: case 1169: case 1171: case 1216: case 1217: case 1263: case 1264: case 1265:
            case 1292: case 1364: case 1365: case 1366: case 1367: case 1406: case 1441: case 1451: case 1452:
            case 1557: case 1586: case 3819: case 4025:
                return Category.DATA_INTEGRITY;
            case 1213:
                return Category.ROLLBACK;
            case 1205: case 1317: case 1969: case 3024:
                return Category.TIMEOUT;
            case 1037: case 1038: case 1040: case 1041: case 1135: case 1203: case 1712: case 1720: case 3572:
                return Category.TRANSIENT_RESOURCE;
            case 1235:
                return Category.OTHER;
            case 1053: case 1129: case 1152: case 1153: case 1154: case 1155: case 1156: case 1157: case 1158:
            case 1159: case 1160: case 1161: case 1184:
                return Category.NON_TRANSIENT_RESOURCE;
            default:
                return null;
        }
    }

    private static Category bySqlState(String sqlState) {
        if (sqlState == null || sqlState.length() < 2) {
            return Category.OTHER;
        }
        if (sqlState.startsWith("HYT") || sqlState.equals("HY008")) {
            return Category.TIMEOUT;
        }
        switch (sqlState.substring(0, 2)) {
            case "07": // dynamic SQL error
            case "21": // cardinality violation, such as 21S01: column count does not match value count
            case "2A": // syntax error in direct SQL
            case "37": // syntax error in dynamic SQL
            case "3D": // invalid catalog name: no database selected, unknown database
            case "42": // syntax error or access rule violation
                return Category.BAD_GRAMMAR;
            case "01": // warning, such as data truncated
            case "02": // no data
            case "22": // data exception
            case "23": // integrity constraint violation
            case "27": // triggered data change violation
            case "44": // WITH CHECK OPTION violation
                return Category.DATA_INTEGRITY;
            case "25": // invalid transaction state, such as 25006: a write in a READ ONLY transaction
            case "28": // invalid authorization specification
                return Category.PERMISSION_DENIED;
            case "40": // transaction rollback
                return Category.ROLLBACK;
            case "70": // 70100: query interrupted
                return Category.TIMEOUT;
            case "08": // connection exception
                return Category.NON_TRANSIENT_RESOURCE;
            default:
                return Category.OTHER;
        }
    }

    /**
     * @return the error of a result given up because nobody read it while a later statement of the same connection
     * waited behind it
     */
    public static R2dbcException unreadResult() {
        return new R2dbcNonTransientResourceException("A result of this connection was not read while a later "
            + "statement waited for it (unreadResultTimeout, unreadResultBufferSize): the server answers statements "
            + "in order, so a result nobody subscribes to, or two results read interleaved (Flux.zip over one "
            + "connection), can never progress. The rest of this result was discarded; read each result before the "
            + "next one, or use separate connections", "HY000", 0);
    }
}
