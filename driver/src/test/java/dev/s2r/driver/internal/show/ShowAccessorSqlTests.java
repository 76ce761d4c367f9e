/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

import dev.s2r.driver.api.ShowAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;
import reactor.test.StepVerifier;

import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The exact SQL each {@link ShowAccessor} method sends.
 */
final class ShowAccessorSqlTests {

    private static Arguments sends(String call, Function<ShowAccessor, Publisher<?>> command, String sql) {
        return Arguments.of(call, command, sql);
    }

    static Stream<Arguments> commands() {
        return Stream.of(
            sends("tables()", s -> s.tables(), "SHOW TABLES"),
            sends("tables(true)", s -> s.tables(true), "SHOW TABLES EXTENDED"),
            sends("tables(db, like, false)", s -> s.tables("db", "t%", false), "SHOW TABLES IN `db` LIKE 't%'"),
            sends("tables(db, like, true)", s -> s.tables("db", "t%", true),
                "SHOW TABLES IN `db` EXTENDED LIKE 't%'"),
            sends("databases()", s -> s.databases(), "SHOW DATABASES"),
            sends("databases(true)", s -> s.databases(true), "SHOW DATABASES EXTENDED"),
            sends("databases(like, false)", s -> s.databases("x_%", false), "SHOW DATABASES LIKE 'x_%'"),
            sends("schemas()", s -> s.schemas(), "SHOW SCHEMAS"),
            sends("schemas(like)", s -> s.schemas("s%"), "SHOW SCHEMAS LIKE 's%'"),
            sends("columns(t)", s -> s.columns("t"), "SHOW COLUMNS IN `t`"),
            sends("columns(t, true)", s -> s.columns("t", true), "SHOW FULL COLUMNS IN `t`"),
            sends("columns(t, db, like, true)", s -> s.columns("t", "db", "c%", true),
                "SHOW FULL COLUMNS IN `t` IN `db` LIKE 'c%'"),
            sends("indexes(t)", s -> s.indexes("t"), "SHOW INDEXES IN `t`"),
            sends("indexes(t, db)", s -> s.indexes("t", "db"), "SHOW INDEXES IN `t` IN `db`"),
            sends("warnings()", s -> s.warnings(), "SHOW WARNINGS"),
            sends("errors()", s -> s.errors(), "SHOW ERRORS"),
            sends("processlist()", s -> s.processlist(), "SHOW PROCESSLIST"),
            sends("createTable(t)", s -> s.createTable("t"), "SHOW CREATE TABLE `t`"),
            sends("createTable(t, db)", s -> s.createTable("t", "db"), "SHOW CREATE TABLE `db`.`t`"),
            sends("createView(v)", s -> s.createView("v"), "SHOW CREATE VIEW `v`"),
            sends("createFunction(f)", s -> s.createFunction("f"), "SHOW CREATE FUNCTION `f`"),
            sends("createAggregate(a)", s -> s.createAggregate("a"), "SHOW CREATE AGGREGATE `a`"),
            sends("createPipeline(p)", s -> s.createPipeline("p"), "SHOW CREATE PIPELINE `p`"),
            sends("createPipeline(p, true)", s -> s.createPipeline("p", true), "SHOW CREATE PIPELINE `p` EXTENDED"),
            sends("pipelines()", s -> s.pipelines(), "SHOW PIPELINES"),
            sends("partitions()", s -> s.partitions(), "SHOW PARTITIONS"),
            sends("partitions(true)", s -> s.partitions(true), "SHOW PARTITIONS EXTENDED"),
            sends("plancache()", s -> s.plancache(), "SHOW PLANCACHE"),
            sends("plan(42)", s -> s.plan(42), "SHOW PLAN 42"),
            sends("plan(42, true)", s -> s.plan(42, true), "SHOW PLAN JSON 42"),
            sends("aggregates()", s -> s.aggregates(), "SHOW AGGREGATES"),
            sends("aggregates(db, like)", s -> s.aggregates("db", "a%"), "SHOW AGGREGATES IN `db` LIKE 'a%'"),
            sends("reproduction()", s -> s.reproduction(), "SHOW REPRODUCTION"),
            sends("reproduction(outfile)", s -> s.reproduction("/tmp/r.txt"),
                "SHOW REPRODUCTION INTO OUTFILE '/tmp/r.txt'"),
            sends("functions()", s -> s.functions(), "SHOW FUNCTIONS"),
            sends("functions(db, like)", s -> s.functions("db", "f%"), "SHOW FUNCTIONS IN `db` LIKE 'f%'"),
            sends("procedures()", s -> s.procedures(), "SHOW PROCEDURES"),
            sends("procedures(db, null)", s -> s.procedures("db", null), "SHOW PROCEDURES IN `db`"),
            sends("status()", s -> s.status(), "SHOW STATUS"),
            sends("status(true)", s -> s.status(true), "SHOW STATUS EXTENDED"),
            sends("status(like, false)", s -> s.status("Up%", false), "SHOW STATUS LIKE 'Up%'"),
            sends("globalStatus()", s -> s.globalStatus(), "SHOW GLOBAL STATUS"),
            sends("globalStatus(like)", s -> s.globalStatus("Up%"), "SHOW GLOBAL STATUS LIKE 'Up%'"),
            sends("sessionStatus()", s -> s.sessionStatus(), "SHOW SESSION STATUS"),
            sends("sessionStatus(like)", s -> s.sessionStatus("Com%"), "SHOW SESSION STATUS LIKE 'Com%'"),
            sends("tableStatus()", s -> s.tableStatus(), "SHOW TABLE STATUS"),
            sends("tableStatus(db, like)", s -> s.tableStatus("db", "t%"), "SHOW TABLE STATUS IN `db` LIKE 't%'"),
            sends("databaseStatus()", s -> s.databaseStatus(), "SHOW DATABASE STATUS"));
    }

    @ParameterizedTest(name = "{0} sends {2}")
    @MethodSource("commands")
    void eachMethodSendsItsShowCommand(String call, Function<ShowAccessor, Publisher<?>> command, String sql) {
        SqlRecorder recorder = new SqlRecorder(false);

        StepVerifier.create(command.apply(recorder.show())).verifyComplete();

        assertThat(recorder.sent()).containsExactly(sql);
    }

    @Test
    void nothingIsSentBeforeSubscription() {
        SqlRecorder recorder = new SqlRecorder(false);

        recorder.show().tables();

        assertThat(recorder.sent()).isEmpty();
    }

    @Test
    void embeddedBackticksInIdentifiersAreDoubled() {
        SqlRecorder recorder = new SqlRecorder(false);

        StepVerifier.create(recorder.show().columns("we`ird``name", "d`b", null, false)).verifyComplete();

        assertThat(recorder.sent()).containsExactly("SHOW COLUMNS IN `we``ird````name` IN `d``b`");
    }

    @Test
    void likePatternsAreEscapedStringLiteralsWithWildcardsKept() {
        SqlRecorder recorder = new SqlRecorder(false);

        StepVerifier.create(recorder.show().tables(null, "it's\\_%", false)).verifyComplete();

        assertThat(recorder.sent()).containsExactly("SHOW TABLES LIKE 'it''s\\\\_%'");
    }

    @Test
    void withNoBackslashEscapesOnlyQuotesAreDoubled() {
        SqlRecorder recorder = new SqlRecorder(true);

        StepVerifier.create(recorder.show().tables(null, "it's\\_%", false)).verifyComplete();

        assertThat(recorder.sent()).containsExactly("SHOW TABLES LIKE 'it''s\\_%'");
    }

    @Test
    void outfileIsAnEscapedStringLiteral() {
        SqlRecorder recorder = new SqlRecorder(false);

        StepVerifier.create(recorder.show().reproduction("/tmp/o'hara.txt")).verifyComplete();

        assertThat(recorder.sent()).containsExactly("SHOW REPRODUCTION INTO OUTFILE '/tmp/o''hara.txt'");
    }

    @Test
    void anEmptyIdentifierIsRejectedAtTheCall() {
        SqlRecorder recorder = new SqlRecorder(false);

        assertThatThrownBy(() -> recorder.show().createTable(""))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("table");
        assertThat(recorder.sent()).isEmpty();
    }

    @Test
    void aNullIdentifierIsRejectedAtTheCall() {
        SqlRecorder recorder = new SqlRecorder(false);

        assertThatThrownBy(() -> recorder.show().indexes(null))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(recorder.sent()).isEmpty();
    }
}
