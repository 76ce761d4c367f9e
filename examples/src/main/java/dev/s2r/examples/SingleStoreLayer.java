/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.examples;

// snippet:imports
import dev.s2r.driver.api.Rows;
import dev.s2r.driver.api.ShowRow;
import dev.s2r.driver.api.SingleStoreConnection;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcTransientException;
import io.r2dbc.spi.Wrapped;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
// end-snippet

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the driver adds for SingleStore, as docs/singlestore.md and docs/driver.md show it: rows as maps, records and
 * beans, the SHOW accessors (also from a pooled connection), and a pool that survives server restarts. The docs'
 * code blocks are the marked regions, checked by {@code ReadmeSnippetsTests}; {@code SingleStoreLayerIntegrationTests}
 * runs them.
 */
public final class SingleStoreLayer {

    /** A row of {@code people} as a record. */
    public record Person(int id, String firstName, BigDecimal salary) {
    }

    /** A row of {@code people} as a bean. */
    public static final class PersonBean {
        private int id;
        private String firstName;

        /** @param id the id */
        public void setId(int id) {
            this.id = id;
        }

        /** @param firstName the first name */
        public void setFirstName(String firstName) {
            this.firstName = firstName;
        }

        /** @return the id */
        public int getId() {
            return this.id;
        }

        /** @return the first name */
        public String getFirstName() {
            return this.firstName;
        }
    }

    private SingleStoreLayer() {
    }

    /**
     * Reads the same rows three ways.
     *
     * @param connection a connection to a database with a {@code people (id, first_name, salary)} table
     * @return the maps, records and beans, in that order
     */
    static List<List<?>> rows(Connection connection) {
        // snippet:rows
        String sql = "SELECT id, first_name, salary FROM people WHERE salary > :floor ORDER BY id";
        Flux<Map<String, Object>> maps = Flux.from(connection.createStatement(sql).bind("floor", 100).execute())
            .flatMap(result -> result.map(Rows.toMap()));
        Flux<Person> people = Flux.from(connection.createStatement(sql).bind("floor", 100).execute())
            .flatMap(result -> result.map(Rows.toRecord(Person.class)));
        Flux<PersonBean> beans = Flux.from(connection.createStatement(sql).bind("floor", 100).execute())
            .flatMap(result -> result.map(Rows.toBean(PersonBean.class)));
        // end-snippet
        return Flux.concat(maps.collectList(), people.collectList(), beans.collectList())
            .<List<?>>map(list -> list).collectList().block(Duration.ofSeconds(60));
    }

    /**
     * Lists the tables, from a connection of a pool.
     *
     * @param pool a pool of the driver's connections
     * @return the table names
     */
    static List<String> tables(ConnectionPool pool) {
        // snippet:show
        Flux<String> tables = Flux.usingWhen(pool.create(),
            pooled -> {
                // a pooled connection wraps the driver's: unwrap it to reach the SingleStore accessors
                SingleStoreConnection connection = (SingleStoreConnection) ((Wrapped<?>) pooled).unwrap();
                return connection.show().tables().map(ShowRow::name);
            },
            Connection::close);
        // end-snippet
        return tables.collectList().block(Duration.ofSeconds(60));
    }

    /**
     * Loads rows into {@code people} from a stream of bytes, without a file.
     *
     * @param factory a factory whose connections allow LOCAL INFILE ({@code allowLoadLocalInfileInPath} set)
     * @return the rows loaded
     */
    static Long load(ConnectionFactory factory) {
        // snippet:load
        Flux<ByteBuffer> csv = Flux.just("10,Dee,50.00\n", "11,Eve,75.25\n")
            .map(line -> ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));

        Mono<Long> loaded = Mono.usingWhen(factory.create(), c -> {
            ((SingleStoreConnection) c).localInfileSource("people.csv", csv);   // used by the next LOAD DATA
            return Mono.from(c.createStatement("LOAD DATA LOCAL INFILE 'people.csv' INTO TABLE people "
                    + "FIELDS TERMINATED BY ','").execute())
                .flatMap(result -> Mono.from(result.getRowsUpdated()));
        }, Connection::close);
        // end-snippet
        return loaded.block(Duration.ofSeconds(60));
    }

    /**
     * A pool that replaces connections the server closed and retries what may succeed on another connection.
     *
     * @param factory the driver's connection factory
     * @return the number of rows of {@code people}
     */
    static Long resilientCount(ConnectionFactory factory) {
        // snippet:pool
        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(factory)
            .maxSize(8)
            .maxIdleTime(Duration.ofMinutes(5))           // below the server's wait_timeout
            .validationQuery("SELECT 1")                    // or validationDepth(ValidationDepth.REMOTE)
            .acquireRetry(2)                                // a connection refused while the server restarts
            .preRelease(c -> ((SingleStoreConnection) c).resetConnection())
            .build());

        Mono<Long> count = Mono.usingWhen(pool.create(),
                c -> Mono.from(c.createStatement("SELECT COUNT(*) FROM people").execute())
                    .flatMap(result -> Mono.from(result.map((row, metadata) -> row.get(0, Long.class)))),
                Connection::close)
            // deadlocks, lock wait timeouts and statement timeouts are transient: they may succeed on a retry
            .retryWhen(Retry.backoff(3, Duration.ofMillis(100))
                .filter(error -> error instanceof R2dbcTransientException));
        // end-snippet
        try {
            return count.block(Duration.ofSeconds(60));
        } finally {
            pool.dispose();
        }
    }
}
