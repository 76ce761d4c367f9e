/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.ServerFlavor;
import dev.s2r.driver.api.Vector;
import dev.s2r.driver.internal.connect.Versions;
import dev.s2r.driver.test.SingleStoreEmulator;
import dev.s2r.driver.test.VectorTables;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Python SDK's vector tables ({@code f32_vectors} … {@code i64_vectors}, {@code f16_vectors}) read through the
 * driver in both projections. Against a real SingleStore (when {@code SINGLESTOREDB_URL} points at one) the tables
 * are created on the server; on any other test server the same assertions run against {@link SingleStoreEmulator},
 * which answers with the documented wire form of those tables. F16 needs SingleStore 9.1 or later and uses the
 * emulator on older versions.
 */
@SingleStoreTest
final class VectorTablesIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static TestDatabase database;
    private static boolean singleStore;
    private static String engineVersion = "";

    @BeforeAll
    static void createTablesOnSingleStore(TestDatabase testDatabase) {
        database = testDatabase;
        SingleStoreConnectionMetadataHolder holder = Mono.usingWhen(database.connectionFactory().create(),
            c -> Mono.just(new SingleStoreConnectionMetadataHolder(
                ((dev.s2r.driver.api.SingleStoreConnection) c).getServerFlavor(),
                c.getMetadata().getDatabaseVersion())), Connection::close).block(TIMEOUT);
        singleStore = holder.flavor == ServerFlavor.SINGLESTORE;
        engineVersion = holder.version;
        if (!singleStore) {
            return;
        }
        for (VectorTables table : VectorTables.values()) {
            if (onServer(table)) {
                String element = table.name().startsWith("F32") ? "" : ", " + table.name();
                String rows = java.util.stream.IntStream.range(0, table.rowCount())
                    .mapToObj(i -> "(" + (i + 1) + ", '" + json(table.values(i)) + "')").collect(Collectors.joining(", "));
                database.execute("CREATE ROWSTORE TABLE " + table.table() + " (id INT, a VECTOR(3" + element + "))",
                    "INSERT INTO " + table.table() + " VALUES " + rows);
            }
        }
    }

    private static boolean onServer(VectorTables table) {
        return singleStore && (table != VectorTables.F16 || Versions.atLeast(engineVersion, 9, 1, 0));
    }

    static Stream<Arguments> tablesAndProjections() {
        return Arrays.stream(VectorTables.values())
            .flatMap(table -> Stream.of(Arguments.of(table, "BINARY"), Arguments.of(table, "JSON")));
    }

    @ParameterizedTest
    @MethodSource("tablesAndProjections")
    void vectorsReadBackAsTheirElementTypeWithThePythonSdksValues(VectorTables table, String projection) {
        List<double[]> rows = read(table, projection, row -> toDoubles(row.get("a")));

        assertThat(rows).hasSize(table.rowCount());
        List<double[]> expected = java.util.stream.IntStream.range(0, table.rowCount()).mapToObj(table::values)
            .sorted(Comparator.comparingDouble(v -> v[0])).collect(Collectors.toList());
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < VectorTables.DIMENSIONS; j++) {
                assertThat(rows.get(i)[j]).isCloseTo(expected.get(i)[j], within(table.isApproximate() ? 0.005 : 1e-6));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("tablesAndProjections")
    void theDefaultJavaTypeFollowsTheElementType(VectorTables table, String projection) {
        List<Class<?>> types = read(table, projection, row -> row.get("a").getClass());

        assertThat(types).containsOnly(table.defaultType());
    }

    @ParameterizedTest
    @MethodSource("tablesAndProjections")
    void vectorsAlsoReadAsVectorValues(VectorTables table, String projection) {
        List<Integer> dimensions = read(table, projection, row -> row.get("a", Vector.class).dimensions());

        assertThat(dimensions).containsOnly(VectorTables.DIMENSIONS);
    }

    private static <T> List<T> read(VectorTables table, String projection,
                                    java.util.function.Function<io.r2dbc.spi.Row, T> mapper) {
        if (onServer(table)) {
            return query(database.connectionFactory(Map.of("vectorDataFormat", projection)), table, mapper);
        }
        try (SingleStoreEmulator emulator = SingleStoreEmulator.start()) {
            ConnectionFactory factory = ConnectionFactories.get("r2dbc:singlestore://root:pw@127.0.0.1:"
                + emulator.port() + "/db?sslMode=DISABLED&vectorDataFormat=" + projection);
            return query(factory, table, mapper);
        }
    }

    private static <T> List<T> query(ConnectionFactory factory, VectorTables table,
                                     java.util.function.Function<io.r2dbc.spi.Row, T> mapper) {
        List<Object[]> rows = Flux.usingWhen(factory.create(),
                c -> Flux.from(c.createStatement("SELECT a FROM " + table.table()).execute())
                    .concatMap(r -> r.map((row, md) -> new Object[]{toDoubles(row.get("a"))[0], mapper.apply(row)})),
                Connection::close)
            .collectList().block(TIMEOUT);
        @SuppressWarnings("unchecked")
        List<T> sorted = rows.stream().sorted(Comparator.comparingDouble(r -> (Double) r[0])).map(r -> (T) r[1])
            .collect(Collectors.toList());
        return sorted;
    }

    private static double[] toDoubles(Object array) {
        int length = java.lang.reflect.Array.getLength(array);
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = ((Number) java.lang.reflect.Array.get(array, i)).doubleValue();
        }
        return values;
    }

    private static String json(double[] values) {
        return Arrays.stream(values).mapToObj(v -> v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v))
            .collect(Collectors.joining(",", "[", "]"));
    }

    /** Flavour and engine version of the test server. */
    private static final class SingleStoreConnectionMetadataHolder {

        private final ServerFlavor flavor;
        private final String version;

        SingleStoreConnectionMetadataHolder(ServerFlavor flavor, String version) {
            this.flavor = flavor;
            this.version = version;
        }
    }
}
