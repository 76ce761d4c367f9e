/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.examples;

import dev.s2r.udf.UdfServer;
import dev.s2r.udf.api.Arg;
import dev.s2r.udf.api.BatchTable;
import dev.s2r.udf.api.DataFormat;
import dev.s2r.udf.api.Masked;
import dev.s2r.udf.api.Udf;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * External functions: declares Java methods as SingleStore external functions, serves them with a
 * {@link UdfServer} on a free port, prints the {@code CREATE EXTERNAL FUNCTION} statements the server answers on
 * {@code GET /show/create_function}, and calls {@code POST /invoke} with JSON bodies and headers as the engine sends
 * them, printing each answer. No database is needed. docs/udf.md shows this class's marked regions, checked by
 * {@code ReadmeSnippetsTests}. Run it with
 * <pre>{@code mvn -B -ntp -q -Pudf-example -DskipTests -pl examples -am verify}</pre>
 */
public final class UdfExample {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private UdfExample() {
    }

    // snippet:declare
    /** Scalar functions: static methods, one call per row. */
    public static final class Functions {

        /** {@code add(a BIGINT NOT NULL, b BIGINT NOT NULL) RETURNS BIGINT NOT NULL} */
        @Udf(summary = "adds two integers")
        public static long add(long a, long b) {
            return a + b;
        }

        /** {@code greet(name TEXT NULL, greeting TEXT NULL DEFAULT 'Hello') RETURNS TEXT NULL} */
        @Udf
        public static String greet(String name, @Arg(defaultValue = "Hello") String greeting) {
            return name == null ? null : greeting + ", " + name + "!";
        }
    }
    // end-snippet

    /** Records, tables, asynchronous and batch functions: an instance's methods and static ones. */
    public static final class MoreFunctions {

        private final Map<Long, String> names;

        /** @param names the names {@link #lookup} finds */
        public MoreFunctions(Map<Long, String> names) {
            this.names = Map.copyOf(names);
        }

        // snippet:record
        /** One row of two values: {@code RETURNS RECORD(`low` BIGINT NOT NULL, `high` BIGINT NOT NULL)}. */
        public record Bounds(long low, long high) {
        }

        /** @return the smaller and the larger of two values */
        @Udf
        public static Bounds bounds(long a, long b) {
            return new Bounds(Math.min(a, b), Math.max(a, b));
        }
        // end-snippet

        // snippet:tvf
        /** A row of {@code words}: {@code RETURNS TABLE(`word` TEXT NULL, `length` INT NOT NULL)}. */
        public record Word(String word, int length) {
        }

        /** @return a row per word of the text; none for NULL */
        @Udf
        public static List<Word> words(String text) {
            return text == null ? List.of() : Arrays.stream(text.split("\\s+"))
                .filter(word -> !word.isEmpty())
                .map(word -> new Word(word, word.length()))
                .toList();
        }
        // end-snippet

        // snippet:async
        /** Up to 8 rows of a batch wait at once; the answer keeps the rows' order; an empty Mono is NULL. */
        @Udf(concurrency = 8, timeout = 10)
        public Mono<String> lookup(long id) {
            return Mono.justOrEmpty(this.names.get(id))
                .delayElement(Duration.ofMillis(10));          // stands for a call to another service
        }
        // end-snippet

        // snippet:batch
        /** A batch function: one call per batch with whole columns; NULL rows are flagged in the mask. */
        @Udf
        public static Masked<double[]> celsius(Masked<double[]> fahrenheit) {
            double[] values = fahrenheit.values();
            double[] result = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                result[i] = (values[i] - 32) * 5 / 9;
            }
            return Masked.of(result, fahrenheit.nulls());  // NULL in, NULL out
        }
        // end-snippet

        // snippet:batch-table
        /** A table-valued batch function: each output row names the input row that produced it. */
        @Udf(returns = "BIGINT NOT NULL", columns = "n")
        public static BatchTable series(long[] counts) {
            List<Integer> inputRows = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            for (int row = 0; row < counts.length; row++) {
                for (long n = 1; n <= counts[row]; n++) {
                    inputRows.add(row);
                    values.add(n);
                }
            }
            return BatchTable.of(inputRows.stream().mapToInt(Integer::intValue).toArray(),
                values.stream().mapToLong(Long::longValue).toArray());
        }
        // end-snippet
    }

    /**
     * Runs the example, printing to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Serves the functions, prints their DDL and the answers to a few calls, and stops the server.
     *
     * @param out where to print
     */
    static void run(PrintStream out) {
        // snippet:serve
        UdfServer server = UdfServer.builder()
            .config(UdfConfig.builder()
                .set(UdfOptions.PORT, 0)                                    // 0: any free port
                .set(UdfOptions.DATA_FORMAT, DataFormat.JSON)               // the DDL's FORMAT
                .build())
            .function(Functions.class)                                      // its static @Udf methods
            .function(new MoreFunctions(Map.of(1L, "one", 2L, "two")))      // an instance's @Udf methods
            .build()
            .start()
            .block();
        // end-snippet
        try {
            out.println("Serving " + server.functionNames().size() + " functions at " + server.url());
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + server.port();
            out.println("GET /show/create_function");
            out.println(send(client, HttpRequest.newBuilder(URI.create(base + "/show/create_function")).GET()));
            call(out, client, base, "add", "{\"data\": [[1, 2, 3], [2, 40, 2]]}");
            call(out, client, base, "greet", "{\"data\": [[1, \"Ada\", \"Hello\"], [2, null, \"Hi\"]]}");
            call(out, client, base, "bounds", "{\"data\": [[1, 7, 3]]}");
            call(out, client, base, "words", "{\"data\": [[1, \"to be\"], [2, null], [3, \"or\"]]}");
            call(out, client, base, "lookup", "{\"data\": [[1, 2], [2, 3], [3, 1]]}");
            call(out, client, base, "celsius", "{\"data\": [[1, 212.0], [2, null], [3, 32.0]]}");
            call(out, client, base, "series", "{\"data\": [[1, 2], [2, 0], [3, 3]]}");
            call(out, client, base, "nosuch", "{\"data\": [[1, 2]]}");
        } finally {
            server.shutdown().block(WAIT);
        }
    }

    /**
     * Registers a server's functions with SingleStore, shows how SQL calls them, and drops them again. Not run by
     * {@link #main}, which needs no database.
     *
     * @param server a started server whose URL the engine can reach
     * @param url an R2DBC URL of SingleStore
     */
    static void register(UdfServer server, String url) {
        // snippet:register
        ConnectionFactory factory = ConnectionFactories.get(url); // "r2dbc:singlestore://user:password@host:3306/db"
        server.register(factory, true).block();   // CREATE OR REPLACE EXTERNAL FUNCTION ... for each function
        // SELECT add(1, 2);  SELECT greet('Ada');  SELECT * FROM words('to be or not');
        server.unregister(factory).block();       // drops the functions whose service is this server
        // end-snippet
    }

    /**
     * Serves {@link Functions} on the default port and registers them: the README's example. Not run by
     * {@link #main}, which needs no database.
     *
     * @param factory connects to SingleStore
     * @return the server
     */
    static UdfServer readme(ConnectionFactory factory) {
        // snippet:readme
        UdfServer server = UdfServer.builder()
            .function(Functions.class)                // public static @Udf methods, e.g. long add(long a, long b)
            .build()
            .start()
            .block();                                 // serves POST /invoke on 127.0.0.1:8000
        server.register(factory, true).block();       // CREATE OR REPLACE EXTERNAL FUNCTION `add`(...) ...
        // SELECT add(1, 2);
        // end-snippet
        return server;
    }

    /** Calls {@code POST /invoke} as the engine does with FORMAT JSON, and prints the request and the answer. */
    private static void call(PrintStream out, HttpClient client, String base, String function, String body) {
        // snippet:invoke
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/invoke"))
            .header("Content-Type", "application/json")       // the request's format
            .header("Accepts", "application/json")            // the answer's format (sic: Accepts)
            .header("s2-ef-name", function)                   // the function's SQL name
            .header("s2-ef-version", "1.0")
            .header("s2-ef-ignore-cancel", "false")
            .POST(HttpRequest.BodyPublishers.ofString(body)); // {"data": [[row_id, arg, ...], ...]}
        // end-snippet
        out.println("POST /invoke " + function + " " + body);
        out.println(send(client, request));
    }

    private static String send(HttpClient client, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(WAIT).build(),
                HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + (response.body().isEmpty() ? "" : " " + response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
