/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.examples;

import dev.s2r.driver.api.SingleStoreResult;
import dev.s2r.test.TestDatabase;
import dev.s2r.test.TestServer;
import dev.s2r.test.TestServers;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Streams a query into an Arrow IPC file, batch by batch: {@link SingleStoreResult#toArrow} decodes the rows into
 * Arrow batches of a chosen number of rows, and each batch is appended to the file by Arrow's
 * {@link ArrowFileWriter} and closed before the next one is asked for, so that only about two batches are in memory
 * whatever the size of the result. docs/singlestore.md ("Writing an Arrow IPC file") shows this class's marked
 * region, checked by {@code ReadmeSnippetsTests}.
 *
 * <p>Arrow's writers hand the buffers to the channel as NIO buffers, which on Java 17 needs the JVM option
 * {@code --add-opens=java.base/java.nio=ALL-UNNAMED} ({@code toArrow} alone needs none). Run it with
 * <pre>{@code mvn -B -ntp -q -Parrow-export -DskipTests -pl examples -am verify}</pre>
 * which finds a server as the quickstart does, fills a table of 100,000 rows and writes
 * {@code examples/target/events.arrow}.
 */
public final class ArrowExport {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final int ROWS = 100_000;
    private static final int BATCH_ROWS = 4096;

    private ArrowExport() {
    }

    /**
     * Fills a table and exports it.
     *
     * @param args the file to write, {@code target/events.arrow} when absent
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/events.arrow");
        try (TestServer server = TestServers.start();
             TestDatabase database = server.createDatabase("arrow_export")) {
            System.out.println("Using " + server.description());
            String digits = IntStream.range(0, 10).mapToObj(d -> "(" + d + ")").collect(Collectors.joining(", "));
            database.execute("CREATE TABLE digits (d INT NOT NULL)", "INSERT INTO digits VALUES " + digits,
                "CREATE TABLE events (id BIGINT NOT NULL PRIMARY KEY, score DOUBLE, name VARCHAR(40),"
                    + " at DATETIME(6), amount DECIMAL(12, 2))",
                "INSERT INTO events SELECT id, id / 8, CONCAT('event-', id),"
                    + " DATE_ADD('2026-01-01 00:00:00', INTERVAL id SECOND), id / 100"
                    + " FROM (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d AS id"
                    + " FROM digits a, digits b, digits c, digits e, digits f) ids WHERE id < " + ROWS);
            Export export = export(database.connectionFactory(), "SELECT * FROM events ORDER BY id", file,
                BATCH_ROWS);
            System.out.printf("Wrote %d rows in %d batches to %s: %d bytes, at most %d bytes of Arrow memory%n",
                export.rows(), export.batches(), file, export.fileBytes(), export.peakArrowBytes());
        }
    }

    /**
     * What an export wrote.
     *
     * @param rows           the number of rows
     * @param batches        the number of record batches
     * @param fileBytes      the size of the file
     * @param peakArrowBytes the most Arrow memory allocated at any one time
     */
    record Export(long rows, int batches, long fileBytes, long peakArrowBytes) {
    }

    /**
     * Runs a query and writes its rows to an Arrow IPC file, {@code batchRows} rows per record batch.
     *
     * @param factory   the connections
     * @param sql       the query
     * @param file      the file to write, replaced if it exists
     * @param batchRows the number of rows per record batch
     * @return what was written
     * @throws IOException if the file cannot be written
     */
    static Export export(ConnectionFactory factory, String sql, Path file, int batchRows) throws IOException {
        try (BufferAllocator allocator = new RootAllocator()) {
            IpcFile written = write(factory, sql, file, batchRows, allocator);
            return new Export(written.rows, written.batches, Files.size(file), allocator.getPeakMemoryAllocation());
        }
    }

    // snippet:arrow-file
    /** Streams the rows of {@code sql} into {@code file}, {@code batchRows} rows per record batch. */
    static IpcFile write(ConnectionFactory factory, String sql, Path file, int batchRows, BufferAllocator allocator)
        throws IOException {
        try (IpcFile out = new IpcFile(FileChannel.open(file, StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), allocator)) {
            Flux.usingWhen(factory.create(),
                    connection -> Flux.from(connection.createStatement(sql).execute())
                        .concatMap(result -> ((SingleStoreResult) result).toArrow(allocator, batchRows)),
                    Connection::close)
                .publishOn(Schedulers.boundedElastic(), 1)  // blocking writes off the event loop; one batch
                .doOnNext(out::append)                       // asked for at a time, the next once this is written
                .doOnDiscard(VectorSchemaRoot.class, VectorSchemaRoot::close)
                .blockLast(TIMEOUT);
            return out;
        }
    }
    // end-snippet

    // snippet:arrow-file-writer
    /** An Arrow IPC file written batch by batch; its schema is the first batch's (no batch, no file content). */
    static final class IpcFile implements AutoCloseable {

        private final FileChannel channel;
        private final BufferAllocator allocator;
        private VectorSchemaRoot root;
        private ArrowFileWriter writer;
        private long rows;
        private int batches;

        IpcFile(FileChannel channel, BufferAllocator allocator) {
            this.channel = channel;
            this.allocator = allocator;
        }

        /** Appends a batch as one record batch and closes it. */
        void append(VectorSchemaRoot batch) {
            try (batch; ArrowRecordBatch buffers = new VectorUnloader(batch).getRecordBatch()) {
                if (writer == null) {
                    root = VectorSchemaRoot.create(batch.getSchema(), allocator);
                    writer = new ArrowFileWriter(root, new DictionaryProvider.MapDictionaryProvider(), channel);
                    writer.start();
                }
                new VectorLoader(root).load(buffers);   // the writer's root shares the batch's buffers
                writer.writeBatch();
                rows += batch.getRowCount();
                batches++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Writes the footer, closes the file and frees the last batch. */
        @Override
        public void close() throws IOException {
            try (channel; VectorSchemaRoot last = root) {
                if (writer != null) {
                    writer.close();
                }
            }
        }
    }
    // end-snippet
}
