/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

import dev.s2r.driver.test.OpenSsl;
import dev.s2r.test.TestDatabase;
import dev.s2r.test.TestUser;
import reactor.netty.DisposableServer;
import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.Http2SslContextSpec;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.server.HttpServer;
import reactor.netty.tcp.SslProvider;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A SingleStore Data API (SQL over HTTP) for tests, on a free port of 127.0.0.1, backed by a {@link TestDatabase}
 * where the SQL actually runs, through the s2r driver over the MySQL protocol. It plays the real service as
 * described in {@code shared/reference/} (singlestore-server.md §2, python-sdk-driver.md §5, python-sdk-audit.md
 * "Data API"), quirks and errors included: each behaviour cites its line where it is implemented.
 * <pre>{@code
 * try (DataApiServer api = DataApiServer.start(database)) {
 *     HttpRequest request = HttpRequest.newBuilder(api.uri("/api/v2/query/tuples"))
 *         .header("Authorization", api.basicAuthorization())
 *         .header("Content-Type", "application/json")
 *         .POST(BodyPublishers.ofString("{\"sql\":\"SELECT 1\",\"database\":\"" + api.database() + "\"}"))
 *         .build();
 * }
 * }</pre>
 *
 * <h2>What it does</h2>
 * <ul>
 *   <li>{@code POST /api/v2/query/tuples}, {@code /api/v2/query/rows}, {@code /api/v2/exec} (and the same under
 *       {@code /api/v1/}), {@code GET /ping} without credentials (body {@code pong}); 404 and 405 otherwise.</li>
 *   <li>Credentials: {@code Basic} for any account of the backing server (the engine checks the password when the
 *       request logs in), or only the accounts given to {@link Builder#users}; {@code Bearer} for tokens from
 *       {@link #issueToken} or {@link #registerToken}. 401 with {@code WWW-Authenticate} otherwise.</li>
 *   <li>Each request runs on a connection of its own with the request's {@code database}, closed afterwards: no
 *       session state carries over.</li>
 *   <li>Query answers stream: rows are written as they come from the database, in chunks of about 4 KiB, with
 *       backpressure from the HTTP connection down to the database socket ({@link #rowsStreamed()} counts them).</li>
 * </ul>
 *
 * <h2>Fault switches</h2>
 * Each arms one fault for one future request to an {@code /api/} endpoint, in the order they were armed (the first
 * such request takes the first fault; {@code /ping} takes none): {@link #failNextAfterRows}, {@link #cutNextAfterRows},
 * {@link #stallNextAfterRows}, {@link #answerNextWithHtml}, {@link #delayNext}, {@link #answerNextWithContentType}.
 * A late error, a cut or a stall taken by an {@code exec} request, which streams nothing, has no effect.
 *
 * <h2>Unverified behaviours</h2>
 * Where the reference leaves a behaviour open, the most likely one is played and marked {@code [unverified]} at
 * its code:
 * <ul>
 *   <li>numbers in {@code args} become Go float64s, written as {@code strconv.FormatFloat(v, 'g', -1, 64)}
 *       ({@code 1e+06}; integers beyond 2^53 rounded); objects and arrays are refused; the Go driver's naive
 *       {@code ?} count and its prepared-statement fallback; the text of a count mismatch
 *       ({@code sql: expected N arguments, got M}, 400) ({@link GoInterpolation}, {@link DataApiRequest});</li>
 *   <li>body field names matched case-insensitively, unknown fields ignored, the 400 texts;</li>
 *   <li>the 1 MB limit answers 413 {@code http: request body too large}; a wrong content type 415;</li>
 *   <li>the order of the checks (path, method, credentials, content type, size, JSON, arguments, login, SQL);
 *       without {@code database} the session has no current database;</li>
 *   <li>error bodies end with a newline and carry {@code X-Content-Type-Options: nosniff}; the 401 texts and
 *       the {@code WWW-Authenticate} realm; the engine's error text, go-sql-driver's
 *       {@code Error <code> (<sqlstate>): <message>};</li>
 *   <li>which engine errors are 400 (those the driver classes as bad grammar) and which 500 (other engine
 *       errors), 403 for permission errors;</li>
 *   <li>the answer counts as started once the first result set's columns arrived; a later error closes the open
 *       arrays and adds {@code "error": {"code", "message"}} with the engine's message alone;</li>
 *   <li>{@code dataType} names beyond the reference's examples (go-sql-driver's {@code DatabaseTypeName()});
 *       DECIMAL always {@code (p,s)}, temporal types {@code (n)} only with fractional seconds; BIT and GEOMETRY as
 *       base64; strings escaped as Go's encoding/json does ({@code <} as backslash-u003c);</li>
 *   <li>a statement without a result set sent to a query endpoint answers one empty entry; {@code exec} of a
 *       statement with rows answers the last OK packet's counts (0 and 0 for a SELECT);</li>
 *   <li>query/rows: a column name used twice appears once, with the last column's value;</li>
 *   <li>chunks of about 4 KiB; v1 endpoints answer as v2.</li>
 * </ul>
 */
public final class DataApiServer implements AutoCloseable {

    private final TestDatabase database;
    private final Authenticator authenticator;
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong http2Requests = new AtomicLong();
    private final DisposableServer server;
    private final String scheme;
    private final Path certificate;

    private DataApiServer(Builder builder) {
        this.database = builder.database;
        this.authenticator = new Authenticator(builder.users, builder.clock);
        this.certificate = builder.certificates == null ? null
            : certificate(builder.certificates, builder.subjectAltName);
        this.scheme = this.certificate == null ? "http" : "https";
        DataApiHandler handler = new DataApiHandler(this.authenticator, new SqlRunner(builder.database.server()),
            this.faults, this.rows);
        HttpServer http = HttpServer.create().host("127.0.0.1").port(0)
            .handle((request, response) -> {
                if (request.version().majorVersion() == 2) {
                    this.http2Requests.incrementAndGet();
                }
                return handler.apply(request, response);
            });
        if (this.certificate != null) {
            Path key = this.certificate.resolveSibling("dataapi.key");
            SslProvider.GenericSslContextSpec<?> tls = builder.http2
                ? Http2SslContextSpec.forServer(this.certificate.toFile(), key.toFile())
                : Http11SslContextSpec.forServer(this.certificate.toFile(), key.toFile());
            if (builder.http2) {
                http = http.protocol(HttpProtocol.H2, HttpProtocol.HTTP11);
            }
            http = http.secure(spec -> spec.sslContext(tls));
        }
        this.server = http.bindNow(Duration.ofSeconds(30));
    }

    /**
     * Starts a plain-HTTP server on the database, accepting every account of its server.
     *
     * @param database the backing database; its administrative account is {@link #user()}/{@link #password()}
     * @return the running server
     */
    public static DataApiServer start(TestDatabase database) {
        return builder(database).start();
    }

    /**
     * @param database the backing database
     * @return a builder of a server on it
     */
    public static Builder builder(TestDatabase database) {
        return new Builder(database);
    }

    /** @return the base URL, {@code http://127.0.0.1:<port>} (or {@code https://}), without a trailing slash */
    public String baseUrl() {
        return this.scheme + "://127.0.0.1:" + this.server.port();
    }

    /**
     * @param path a path such as {@code /api/v2/query/tuples}
     * @return the URI of the path on this server
     */
    public URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    /** @return the port */
    public int port() {
        return this.server.port();
    }

    /** @return the PEM certificate of an HTTPS server (self-signed, for 127.0.0.1 and localhost), or {@code null} */
    public Path certificate() {
        return this.certificate;
    }

    /** @return the name of the backing database, for the requests' {@code database} field */
    public String database() {
        return this.database.database();
    }

    /** @return the user name of the backing database's administrative account */
    public String user() {
        return this.database.user();
    }

    /** @return the password of the backing database's administrative account */
    public String password() {
        return this.database.password();
    }

    /** @return the {@code Authorization} header value of the administrative account, {@code Basic ...} */
    public String basicAuthorization() {
        return basicAuthorization(user(), password());
    }

    /**
     * @param user     a user name
     * @param password its password
     * @return the {@code Authorization} header value {@code Basic base64(user:password)}
     */
    public static String basicAuthorization(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
            .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Issues a JWT (HS256, claims {@code username} and {@code exp}) that authenticates as an account.
     *
     * @param user     the database account the requests run as
     * @param validFor how long it is valid from now; a negative duration gives an expired token
     * @return the token, to send as {@code Authorization: Bearer <token>}
     */
    public String issueToken(TestUser user, Duration validFor) {
        return this.authenticator.issue(user, validFor);
    }

    /**
     * Accepts a token of the caller's making (its {@code exp} claim, if it is a JWT that has one, is checked).
     *
     * @param token the token
     * @param user  the database account the requests run as
     */
    public void registerToken(String token, TestUser user) {
        this.authenticator.register(token, user);
    }

    /** @return the rows written into query answers so far, over all requests */
    public long rowsStreamed() {
        return this.rows.get();
    }

    /** @return the requests that came over HTTP/2 (only an HTTPS server built with {@link Builder#http2()} has any) */
    public long http2Requests() {
        return this.http2Requests.get();
    }

    /**
     * Arms a late error: the answer sends {@code rows} rows, then ends its 200 body with
     * {@code "error": {"code": code, "message": message}} and stops the query. An answer with fewer rows ends
     * normally; 0 fails right after the first result set's columns.
     *
     * @param rows    the rows before the error
     * @param code    the error code
     * @param message the error message
     */
    public void failNextAfterRows(long rows, int code, String message) {
        this.faults.add(Fault.lateError(rows, code, message));
    }

    /**
     * Arms a cut: the answer sends {@code rows} rows and half of the next, then the connection is closed (the chunked
     * body never ends). An answer with no more rows than that ends normally.
     *
     * @param rows the complete rows before the cut
     */
    public void cutNextAfterRows(long rows) {
        this.faults.add(Fault.cut(rows));
    }

    /**
     * Arms a stall: the answer sends {@code rows} rows and half of the next, then sends nothing more and keeps the
     * connection open until the client goes away (a server hung in the middle of an answer).
     *
     * @param rows the complete rows before the stall
     */
    public void stallNextAfterRows(long rows) {
        this.faults.add(Fault.stall(rows));
    }

    /**
     * Arms a proxy's answer: an HTML page with the status (such as 502 or 503) and {@code Content-Type: text/html},
     * whatever the request; nothing reaches the database.
     *
     * @param status the HTTP status
     */
    public void answerNextWithHtml(int status) {
        this.faults.add(Fault.html(status));
    }

    /**
     * Arms a slow answer: the request is handled only after the delay.
     *
     * @param delay how long before anything is answered
     */
    public void delayNext(Duration delay) {
        this.faults.add(Fault.delay(delay));
    }

    /**
     * Arms a successful answer that declares another content type (its body is the usual JSON).
     *
     * @param contentType the {@code Content-Type} of the answer, such as {@code text/plain}
     */
    public void answerNextWithContentType(String contentType) {
        this.faults.add(Fault.contentType(contentType));
    }

    /** @return the faults armed and not yet taken by a request */
    public int pendingFaults() {
        return this.faults.size();
    }

    /** Stops the server. */
    @Override
    public void close() {
        this.server.disposeNow(Duration.ofSeconds(10));
    }

    @Override
    public String toString() {
        return "DataApiServer[" + baseUrl() + " on " + this.database + "]";
    }

    private static Path certificate(Path directory, String subjectAltName) {
        OpenSsl.run(directory, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "dataapi.key", "-out",
            "dataapi.pem", "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=" + subjectAltName);
        return directory.resolve("dataapi.pem");
    }

    /** Configures a {@link DataApiServer}. */
    public static final class Builder {

        private final TestDatabase database;
        private final Set<TestUser> users = new LinkedHashSet<>();
        private Path certificates;
        private String subjectAltName;
        private boolean http2;
        private Clock clock = Clock.systemUTC();

        private Builder(TestDatabase database) {
            this.database = database;
        }

        /**
         * Accepts only these accounts with Basic credentials (by default every account of the backing server is).
         *
         * @param accepted the accounts
         * @return this builder
         */
        public Builder users(TestUser... accepted) {
            this.users.addAll(List.of(accepted));
            return this;
        }

        /**
         * Serves HTTPS with a self-signed certificate made with {@code openssl} in a directory (see
         * {@link DataApiServer#certificate()}); singlestore-server.md §2.3: the service must be used over HTTPS.
         *
         * @param directory where the certificate and key are written
         * @return this builder
         */
        public Builder https(Path directory) {
            return https(directory, "IP:127.0.0.1,DNS:localhost");
        }

        /**
         * Serves HTTPS with a self-signed certificate for other names than the server's address (to test clients
         * that skip the host name check).
         *
         * @param directory      where the certificate and key are written
         * @param subjectAltName the certificate's names, in openssl's form ({@code DNS:other.example})
         * @return this builder
         */
        public Builder https(Path directory, String subjectAltName) {
            this.certificates = directory;
            this.subjectAltName = subjectAltName;
            return this;
        }

        /**
         * Offers HTTP/2 as well as HTTP/1.1 by ALPN, with {@link #https}. [unverified] The reference does not say
         * which protocols the service offers; a Go {@code net/http} server over TLS offers both by default.
         *
         * @return this builder
         */
        public Builder http2() {
            this.http2 = true;
            return this;
        }

        /**
         * @param tokenClock the clock that token expiry is checked against
         * @return this builder
         */
        public Builder clock(Clock tokenClock) {
            this.clock = tokenClock;
            return this;
        }

        /** @return the started server */
        public DataApiServer start() {
            return new DataApiServer(this);
        }
    }
}
