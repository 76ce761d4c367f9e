/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.s2r.driver.api.CredentialType;
import dev.s2r.driver.api.HostAndPort;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.api.Transport;
import dev.s2r.driver.internal.util.DriverVersion;
import dev.s2r.driver.internal.message.server.RetainedBytes;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.internal.options.Settings;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.ssl.SslContext;
import io.netty.util.ReferenceCountUtil;
import javax.net.ssl.SSLParameters;
import io.netty.util.ReferenceCounted;
import io.r2dbc.spi.R2dbcException;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The Data API over reactor-netty's {@link HttpClient}: one client per connection factory, over one JVM-wide pool of
 * keep-alive connections, one {@code POST} per statement. Each answer is decoded while it arrives
 * ({@link DataApiResponseDecoder}), its chunks requested as the result's subscriber asks for rows, so a large result
 * never sits in memory whole and a slow subscriber stops the socket reads.
 */
public final class DataApiClient {

    /** The server refuses request bodies over 1 MB (singlestore-server.md §2.2); refused before sending. */
    static final int MAX_REQUEST_BYTES = 1 << 20;
    /** How much of a failed answer's text is kept for its error message. */
    private static final int MAX_ERROR_TEXT = 64 * 1024;

    private static final JsonFactory JSON = new JsonFactory();
    /**
     * How many bytes of an HTTP/2 answer the server may send ahead of the rows asked for: HTTP/2's default of
     * 64 KiB caps a stream at one window per round trip, which is a few MB/s over TLS.
     */
    private static final int HTTP2_WINDOW = 1 << 20;

    /**
     * One pool of keep-alive HTTP connections for the JVM, keyed by server inside: factories come and go without a
     * way to close them (R2DBC's {@code ConnectionFactory} has no {@code close}), so none owns a pool. Idle
     * connections are closed after 30 s, before the server's own idle timeout can race a request.
     */
    private static final ConnectionProvider POOL = ConnectionProvider.builder("s2r-data-api")
        .maxConnections(500)
        .maxIdleTime(Duration.ofSeconds(30))
        .evictInBackground(Duration.ofSeconds(30))
        .build();

    private final HttpClient http;
    private final Settings settings;
    /** The bytes held by rows decoded but not yet released, over every request of this client. */
    private final RetainedBytes retained = new RetainedBytes(null);
    private final String prefix;
    private final String origin;

    private DataApiClient(HttpClient http, Settings settings, String origin) {
        this.http = http;
        this.settings = settings;
        this.origin = origin;
        this.prefix = "/api/" + settings.get(SingleStoreOptions.API_VERSION) + "/";
    }

    /**
     * @param settings the factory's settings, with a Data API transport
     * @param ssl      the TLS context for HTTPS, or {@code null}
     * @param hostName whether TLS checks the server's host name ({@code VERIFY_IDENTITY}): reactor-netty checks it
     *                 unless told not to, whatever the context says
     * @return the client; no connection is opened yet
     */
    public static DataApiClient create(Settings settings, SslContext ssl, boolean hostName) {
        HostAndPort endpoint = settings.dataApiEndpoint();
        boolean https = settings.transport() == Transport.HTTPS;
        String origin = (https ? "https://" : "http://") + endpoint;
        HttpClient http = HttpClient.create(POOL)
            .baseUrl(origin)
            .keepAlive(true)
            .compress(false)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
                (int) Math.min(Integer.MAX_VALUE, settings.get(SingleStoreOptions.CONNECT_TIMEOUT).toMillis()))
            .option(ChannelOption.TCP_NODELAY, settings.get(SingleStoreOptions.TCP_NO_DELAY))
            .option(ChannelOption.SO_KEEPALIVE, settings.get(SingleStoreOptions.TCP_KEEP_ALIVE))
            .headers(headers -> headers
                .set(HttpHeaderNames.USER_AGENT, userAgent(settings.get(SingleStoreOptions.WORKLOAD_TYPE)))
                .set(HttpHeaderNames.ACCEPT, "application/json"));
        if (https) {
            // HTTP/2 when the server offers it by ALPN (its context offers both), else HTTP/1.1
            // secure(SslProvider), not secure(spec): the latter adds reactor-netty's host name check after ours
            reactor.netty.tcp.SslProvider tls = reactor.netty.tcp.SslProvider.builder().sslContext(ssl)
                .handlerConfigurator(handler -> {
                    SSLParameters parameters = handler.engine().getSSLParameters();
                    parameters.setEndpointIdentificationAlgorithm(hostName ? "HTTPS" : null);
                    handler.engine().setSSLParameters(parameters);
                })
                .build();
            http = http.protocol(HttpProtocol.H2, HttpProtocol.HTTP11).secure(tls)
                .http2Settings(h2 -> h2.initialWindowSize(HTTP2_WINDOW));
        }
        return new DataApiClient(http, settings, origin);
    }

    private static String userAgent(String workloadType) {
        return "s2r/" + DriverVersion.VALUE + (workloadType == null ? "" : "+" + workloadType)
            + " (Java " + System.getProperty("java.version") + ")";
    }

    /** @return the server's address, {@code https://host:port}, for messages and metadata */
    public String origin() {
        return this.origin;
    }

    /**
     * Runs a statement and streams its answer.
     *
     * @param route    where it goes: rows ({@code query/tuples}) or an update count ({@code exec})
     * @param sql      the SQL, with {@code ?} markers
     * @param args     the bound values, in marker order
     * @param database the database of the request, or {@code null}
     * @param zone     the zone instants are written in
     * @param timeout  how long the server may take to start answering; zero waits forever
     * @return the messages of the answer: column definitions, rows, ends, an OK or an error
     */
    public Flux<ServerMessage> execute(Route route, String sql, List<Object> args, String database, ZoneId zone,
                                       Duration timeout) {
        return Flux.defer(() -> {
            byte[] body = body(sql, args, database, zone);
            if (body.length > MAX_REQUEST_BYTES) {
                return Flux.error(DataApiErrors.requestTooLarge(body.length, MAX_REQUEST_BYTES, sql));
            }
            AnswerWatch watch = new AnswerWatch(this.settings.get(SingleStoreOptions.SOCKET_TIMEOUT));
            Flux<ServerMessage> answer = authorization().flatMapMany(authorization -> this.http
                .headers(headers -> headers.set(HttpHeaderNames.AUTHORIZATION, authorization)
                    .set(HttpHeaderNames.CONTENT_TYPE, "application/json"))
                .post()
                .uri(this.prefix + route.path())
                .send((request, outbound) -> outbound.sendByteArray(Mono.just(body)))
                .response((response, content) -> {
                    watch.answered();
                    int status = response.status().code();
                    String type = response.responseHeaders().get(HttpHeaderNames.CONTENT_TYPE);
                    if (status != 200 || !isJson(type)) {
                        return errorText(content)
                            .flatMapMany(text -> Flux.error(DataApiErrors.of(status, type, text, sql)));
                    }
                    return decode(route, watch.watch(content));
                }))
                .switchIfEmpty(Flux.error(() -> DataApiErrors.noAnswer(sql)));
            answer = watch.bound(answer, sql);
            if (!timeout.isZero() && !timeout.isNegative()) {
                answer = answer.timeout(Mono.delay(timeout), message -> Mono.never(),
                    Flux.error(DataApiErrors.timeout(timeout, sql)));
            }
            return answer.onErrorMap(error -> !(error instanceof R2dbcException),
                    error -> DataApiErrors.transportFailure(this.origin, error))
                .doOnDiscard(ReferenceCounted.class, ReferenceCountUtil::release);
        });
    }

    /**
     * Decodes each chunk while reactor-netty still holds it (it releases a chunk once {@code onNext} returns), so
     * only decoded rows, in heap blocks, wait in the prefetch queue; at most two chunks are decoded ahead of demand.
     * The decoder is not closed on cancellation: that may happen on another thread while the event loop feeds it,
     * and what it holds is garbage-collected heap.
     */
    private Flux<ServerMessage> decode(Route route, Flux<ByteBuf> content) {
        DataApiResponseDecoder decoder = route == Route.QUERY ? DataApiResponseDecoder.queryTuples(this.retained)
            : DataApiResponseDecoder.exec();
        int[] lastCount = {4};
        return content.map(chunk -> {
            List<ServerMessage> out = new ArrayList<>(lastCount[0] + 1);
            decoder.feed(chunk, out::add);
            lastCount[0] = out.size();
            return out;
        }).concatWith(Mono.fromCallable(() -> {
            List<ServerMessage> out = new ArrayList<>(2);
            decoder.end(out::add);
            return out;
        })).concatMapIterable(messages -> messages, 2);
    }

    /** The text of a failed answer, its first {@value #MAX_ERROR_TEXT} bytes: the rest is read and dropped. */
    private static Mono<String> errorText(ByteBufFlux content) {
        return content.collect(java.io.ByteArrayOutputStream::new, (text, chunk) -> {
            int room = MAX_ERROR_TEXT - text.size();
            if (room > 0) {
                byte[] bytes = new byte[Math.min(room, chunk.readableBytes())];
                chunk.getBytes(chunk.readerIndex(), bytes);
                text.write(bytes, 0, bytes.length);
            }
        }).map(text -> text.toString(StandardCharsets.UTF_8));
    }

    private static boolean isJson(String type) {
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    /** @return the bytes held by rows decoded but not yet released (what a slow subscriber makes the driver keep) */
    public long retainedBytes() {
        return this.retained.sum();
    }

    /**
     * @return whether the server answers {@code GET /ping} with {@code pong} within {@code connectTimeout} (10 s when
     * that is zero)
     */
    public Mono<Boolean> ping() {
        Duration connect = this.settings.get(SingleStoreOptions.CONNECT_TIMEOUT);
        return this.http.get().uri("/ping")
            .responseSingle((response, content) -> content.asString(StandardCharsets.UTF_8).defaultIfEmpty("")
                .map(text -> response.status().code() == 200 && text.trim().equals("pong")))
            .timeout(connect.isZero() || connect.isNegative() ? Duration.ofSeconds(10) : connect)
            .onErrorReturn(false);
    }

    /** The {@code Authorization} header, with the password or token read for each request (tokens refresh). */
    private Mono<String> authorization() {
        Publisher<? extends CharSequence> publisher = this.settings.get(SingleStoreOptions.PASSWORD_PUBLISHER);
        Mono<String> secret = publisher != null
            ? Mono.from(publisher).map(CharSequence::toString)
            : Mono.justOrEmpty(this.settings.get(SingleStoreOptions.PASSWORD)).map(CharSequence::toString);
        if (this.settings.get(SingleStoreOptions.CREDENTIAL_TYPE) == CredentialType.JWT) {
            return secret.map(String::trim).filter(token -> !token.isEmpty())
                .switchIfEmpty(Mono.error(() -> DataApiErrors.credentials("credentialType=JWT needs a token (the "
                    + "password, or a value of passwordPublisher)")))
                .map(token -> {
                    for (int i = 0; i < token.length(); i++) {
                        char c = token.charAt(i);
                        if (c < 0x20 || c == 0x7F) {
                            // a line break would end the header and start another: never sent, never quoted
                            throw DataApiErrors.credentials("credentialType=JWT: the token holds a control "
                                + "character");
                        }
                    }
                    return "Bearer " + token;
                });
        }
        String user = this.settings.user() == null ? "" : this.settings.user();
        return secret.defaultIfEmpty("").map(password -> "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] body(String sql, List<Object> args, String database, ZoneId zone) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(64 + sql.length() * 2);
        try (JsonGenerator out = JSON.createGenerator(body)) {
            out.writeStartObject();
            out.writeStringField("sql", sql);
            if (!args.isEmpty()) {
                out.writeArrayFieldStart("args");
                for (Object arg : args) {
                    DataApiArgs.write(out, arg, zone);
                }
                out.writeEndArray();
            }
            if (database != null) {
                out.writeStringField("database", database);
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the Data API request: " + e, e);
        }
        return body.toByteArray();
    }

    /** Where a statement goes. */
    public enum Route {
        /** Statements that return rows: {@code POST /api/<v>/query/tuples}. */
        QUERY("query/tuples"),
        /** All others: {@code POST /api/<v>/exec}, answering {@code rowsAffected} and {@code lastInsertId}. */
        EXEC("exec");

        private final String path;

        Route(String path) {
            this.path = path;
        }

        String path() {
            return this.path;
        }
    }
}
