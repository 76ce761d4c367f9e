/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import dev.s2r.driver.test.DataApiDifferences;
import dev.s2r.driver.test.Wire;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Rows as maps, records and beans, through {@link Rows}, over every {@link Wire} (the text protocol, server-prepared
 * statements and the Data API); the Data API's columns have no table, so repeated names are keyed as declared in
 * {@link DataApiDifferences#repeatedColumnKey}.
 */
@SingleStoreTest
@ExtendWith(Wire.Servers.class)
final class RowsIntegrationTests {

    record Person(int id, String firstName, Integer managerId, BigDecimal salary) {
    }

    record Manager(int managerId) {
    }

    record Nickname(String nickname) {
    }

    /** A bean with a property for some columns only. */
    public static final class PersonBean {

        private int id;
        private String firstName;
        private BigDecimal salary;

        public int getId() {
            return this.id;
        }

        public void setId(int id) {
            this.id = id;
        }

        public String getFirstName() {
            return this.firstName;
        }

        public void setFirstName(String firstName) {
            this.firstName = firstName;
        }

        public BigDecimal getSalary() {
            return this.salary;
        }

        public void setSalary(BigDecimal salary) {
            this.salary = salary;
        }
    }

    private static final Map<Wire, ConnectionFactory> FACTORIES = new EnumMap<>(Wire.class);

    @BeforeAll
    static void createPeople(TestDatabase database) {
        database.execute("CREATE TABLE people (id INT PRIMARY KEY, first_name VARCHAR(20), manager_id INT NULL, "
                + "salary DECIMAL(10,2))",
            "INSERT INTO people VALUES (1, 'Ada', NULL, 100.50), (2, 'Bob', 1, 80.00)");
        for (Wire wire : Wire.values()) {
            FACTORIES.put(wire, wire.factory(database));
        }
    }

    private static <T> Flux<T> query(ConnectionFactory factory, String sql,
                                     BiFunction<Row, RowMetadata, ? extends T> mapper) {
        return Flux.usingWhen(Mono.from(factory.create()),
            c -> Flux.from(c.createStatement(sql).execute()).concatMap(result -> result.map(mapper)),
            Connection::close);
    }

    /** The key of a repeated column name: by table alias, or where the wire has none by number (DataApiDifferences). */
    private static String key(Wire wire, String byTable, String byNumber) {
        return DataApiDifferences.repeatedColumnKey(wire, byTable, byNumber);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aMapKeepsTheColumnOrder(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(query(factory, "SELECT first_name, salary, id FROM people WHERE id = 1", Rows.toMap()))
            .assertNext(map -> assertThat(map).isInstanceOf(LinkedHashMap.class)
                .containsExactly(entry("first_name", "Ada"), entry("salary", new BigDecimal("100.50")),
                    entry("id", 1)))
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aMapKeepsNullValues(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(query(factory, "SELECT manager_id FROM people WHERE id = 1", Rows.toMap()))
            .assertNext(map -> assertThat(map).containsExactly(entry("manager_id", null)))
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aSelfJoinKeysTheRepeatedColumnsByTableAlias(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(query(factory,
                "SELECT * FROM people e JOIN people m ON e.manager_id = m.id", Rows.toMap()))
            .assertNext(map -> assertThat(map.keySet()).containsExactly("id", "first_name", "manager_id", "salary",
                key(wire, "m.id", "id_2"), key(wire, "m.first_name", "first_name_2"),
                key(wire, "m.manager_id", "manager_id_2"), key(wire, "m.salary", "salary_2")))
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aSelfJoinKeepsEachSidesValues(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(query(factory,
                "SELECT e.first_name, m.first_name FROM people e JOIN people m ON e.manager_id = m.id", Rows.toMap()))
            .assertNext(map -> assertThat(map).containsExactly(entry("first_name", "Bob"),
                entry(key(wire, "m.first_name", "first_name_2"), "Ada")))
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void repeatedNamesWithoutATableGetANumberSuffix(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(query(factory, "SELECT 1 AS a, 2 AS a, 3 AS A", Rows.toMap()))
            .assertNext(map -> assertThat(map.keySet()).containsExactly("a", "a_2", "A_3"))
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aTableQualifiedNameThatIsTakenGetsANumberSuffix(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(query(factory,
                "SELECT e.id, m.id, m.id FROM people e JOIN people m ON e.manager_id = m.id", Rows.toMap()))
            .assertNext(map -> assertThat(map.keySet()).containsExactly("id", key(wire, "m.id", "id_2"),
                key(wire, "id_2", "id_3")))
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aRecordTakesItsComponentsFromSnakeCaseColumns(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(query(factory, "SELECT * FROM people ORDER BY id", Rows.toRecord(Person.class)))
            .expectNext(new Person(1, "Ada", null, new BigDecimal("100.50")))
            .expectNext(new Person(2, "Bob", 1, new BigDecimal("80.00")))
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void recordComponentsMatchColumnsCaseInsensitively(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(query(factory,
                "SELECT SALARY, ID, FIRSTNAME, MANAGER_ID, 'extra' AS ignored FROM "
                    + "(SELECT salary, id, first_name AS FIRSTNAME, manager_id FROM people WHERE id = 2) p",
                Rows.toRecord(Person.class)))
            .expectNext(new Person(2, "Bob", 1, new BigDecimal("80.00")))
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aRecordComponentWithoutAColumnFailsNamingIt(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(query(factory, "SELECT id, first_name FROM people", Rows.toRecord(Nickname.class)))
            .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nickname'")
                .hasMessageContaining("[id, first_name]"));
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aNullForAPrimitiveComponentFails(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(query(factory, "SELECT manager_id FROM people WHERE id = 1", Rows.toRecord(Manager.class)))
            .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("manager_id")
                .hasMessageContaining("primitive"));
    }

    @Test
    void aClassThatIsNotARecordIsRejectedAtOnce() {
        assertThatThrownBy(() -> Rows.toRecord(String.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aBeanIsFilledThroughItsSetters(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(query(factory, "SELECT * FROM people WHERE id = 2", Rows.toBean(PersonBean.class)))
            .assertNext(bean -> {
                assertThat(bean.getId()).isEqualTo(2);
                assertThat(bean.getFirstName()).isEqualTo("Bob");
                assertThat(bean.getSalary()).isEqualByComparingTo("80.00");
            })
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aBeanPropertyWithoutAColumnKeepsItsInitialValue(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(query(factory, "SELECT first_name FROM people WHERE id = 1", Rows.toBean(PersonBean.class)))
            .assertNext(bean -> {
                assertThat(bean.getFirstName()).isEqualTo("Ada");
                assertThat(bean.getSalary()).isNull();
            })
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aMappingFunctionCanBeReusedAcrossResults(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        BiFunction<Row, RowMetadata, Map<String, Object>> toMap = Rows.toMap();

        StepVerifier.create(query(factory, "SELECT id FROM people WHERE id = 1", toMap)
                .concatWith(query(factory, "SELECT first_name FROM people WHERE id = 1", toMap)))
            .expectNext(Map.of("id", 1))
            .expectNext(Map.of("first_name", "Ada"))
            .verifyComplete();
    }
}
