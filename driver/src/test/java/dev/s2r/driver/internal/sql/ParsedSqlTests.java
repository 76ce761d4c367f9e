/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.sql;

import dev.s2r.driver.internal.codec.Parameter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class ParsedSqlTests {

    // --- positional markers -----------------------------------------------------------------------------------

    @Test
    void countsPositionalMarkers() {
        ParsedSql parsed = ParsedSql.parse("SELECT * FROM t WHERE a = ? AND b IN (?, ?)");

        assertThat(parsed.getParameterCount()).isEqualTo(3);
        assertThat(parsed.hasNamedParameters()).isFalse();
        assertThat(parsed.getParameterName(0)).isNull();
    }

    @Test
    void statementWithoutMarkersHasNoParameters() {
        ParsedSql parsed = ParsedSql.parse("SELECT 1");

        assertThat(parsed.getParameterCount()).isZero();
        assertThat(parsed.getServerSql()).isEqualTo("SELECT 1");
        assertThat(parsed.getSql()).isEqualTo("SELECT 1");
    }

    @Test
    void parameterNameIndexIsChecked() {
        ParsedSql parsed = ParsedSql.parse("SELECT ?");

        assertThatThrownBy(() -> parsed.getParameterName(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    // --- literals, identifiers and comments ---------------------------------------------------------------------

    @Test
    void ignoresMarkersInSingleQuotedStrings() {
        assertThat(ParsedSql.parse("SELECT '?', ':name', 'it''s ?' , ?").getParameterCount()).isEqualTo(1);
    }

    @Test
    void honoursBackslashEscapesInStringsByDefault() {
        ParsedSql parsed = ParsedSql.parse("SELECT 'a\\'b ?' , ?");

        assertThat(parsed.getParameterCount()).isEqualTo(1);
    }

    @Test
    void treatsBackslashAsLiteralWithNoBackslashEscapes() {
        // With NO_BACKSLASH_ESCAPES the literal is 'a\' and both markers follow it; by default the quote is escaped
        // and the literal never ends.
        String sql = "SELECT 'a\\', ?, ?";

        ParsedSql literalBackslash = ParsedSql.parse(sql, true);

        assertThat(literalBackslash.getParameterCount()).isEqualTo(2);
        assertThat(literalBackslash.isNoBackslashEscapes()).isTrue();
        assertThat(ParsedSql.parse(sql).getParameterCount()).isZero();
    }

    @Test
    void ignoresMarkersInDoubleQuotedStrings() {
        assertThat(ParsedSql.parse("SELECT \"?\", \"a\"\"?\", \"b\\\"?\", ?").getParameterCount()).isEqualTo(1);
    }

    @Test
    void ignoresMarkersInBacktickIdentifiers() {
        assertThat(ParsedSql.parse("SELECT `a?`, `b``:c?` FROM t WHERE x = ?").getParameterCount()).isEqualTo(1);
    }

    @Test
    void ignoresMarkersInDashComments() {
        ParsedSql parsed = ParsedSql.parse("SELECT ? -- what about ? and :x\nFROM t --\tmore ?\n");

        assertThat(parsed.getParameterCount()).isEqualTo(1);
    }

    @Test
    void dashCommentAtEndOfInputNeedsNoWhitespace() {
        assertThat(ParsedSql.parse("SELECT ? --").getParameterCount()).isEqualTo(1);
    }

    @Test
    void doubleDashWithoutWhitespaceIsNotAComment() {
        ParsedSql parsed = ParsedSql.parse("SELECT 1--?");

        assertThat(parsed.getParameterCount()).isEqualTo(1);
    }

    @Test
    void ignoresMarkersInHashComments() {
        assertThat(ParsedSql.parse("SELECT ? # ? :x\n, ?").getParameterCount()).isEqualTo(2);
    }

    @Test
    void ignoresMarkersInBlockComments() {
        assertThat(ParsedSql.parse("SELECT /* ? :x \n ? */ ? /*+ hint(?) */").getParameterCount()).isEqualTo(1);
    }

    @Test
    void treatsExecutableCommentsAsComments() {
        assertThat(ParsedSql.parse("SELECT /*! ? */ ?").getParameterCount()).isEqualTo(1);
    }

    @Test
    void unterminatedLiteralRunsToEndOfInput() {
        assertThat(ParsedSql.parse("SELECT ?, 'abc ? ").getParameterCount()).isEqualTo(1);
    }

    @Test
    void unterminatedBlockCommentRunsToEndOfInput() {
        assertThat(ParsedSql.parse("SELECT ? /* ? ").getParameterCount()).isEqualTo(1);
    }

    // --- named markers ------------------------------------------------------------------------------------------

    @Test
    void recognisesNamedMarkers() {
        ParsedSql parsed = ParsedSql.parse("SELECT * FROM t WHERE a = :first AND b = :_second2");

        assertThat(parsed.hasNamedParameters()).isTrue();
        assertThat(parsed.getParameterCount()).isEqualTo(2);
        assertThat(parsed.getParameterName(0)).isEqualTo("first");
        assertThat(parsed.getParameterName(1)).isEqualTo("_second2");
    }

    @Test
    void doubleColonJsonAccessIsNotAMarker() {
        ParsedSql parsed = ParsedSql.parse("SELECT doc::name, doc::$city, doc::%n FROM t WHERE id = :id");

        assertThat(parsed.getParameterCount()).isEqualTo(1);
        assertThat(parsed.getParameterName(0)).isEqualTo("id");
    }

    @Test
    void assignmentIsNotAMarker() {
        assertThat(ParsedSql.parse("SELECT @a:=1, @b := :v").getParameterCount()).isEqualTo(1);
    }

    @Test
    void castOperatorsAreNotMarkers() {
        ParsedSql parsed = ParsedSql.parse("SELECT a:>INT, b !:> BIGINT, :p:>TEXT");

        assertThat(parsed.getParameterCount()).isEqualTo(1);
        assertThat(parsed.getParameterName(0)).isEqualTo("p");
    }

    @Test
    void colonWithoutIdentifierStartIsNotAMarker() {
        assertThat(ParsedSql.parse("SELECT 1 : 2, :1, :$x").getParameterCount()).isZero();
    }

    @Test
    void namedMarkerMayBeFollowedByJsonAccess() {
        ParsedSql parsed = ParsedSql.parse("SELECT :doc::name");

        assertThat(parsed.getParameterCount()).isEqualTo(1);
        assertThat(parsed.getParameterName(0)).isEqualTo("doc");
        assertThat(parsed.getServerSql()).isEqualTo("SELECT ?::name");
    }

    @Test
    void repeatedNameOccupiesSeveralMarkers() {
        ParsedSql parsed = ParsedSql.parse("SELECT :a, :b, :a");

        assertThat(parsed.getParameterCount()).isEqualTo(3);
        assertThat(parsed.getIndexes("a")).containsExactly(0, 2);
        assertThat(parsed.getIndexes("b")).containsExactly(1);
    }

    @Test
    void namesAreCaseSensitive() {
        ParsedSql parsed = ParsedSql.parse("SELECT :id, :ID");

        assertThat(parsed.getIndexes("id")).containsExactly(0);
        assertThat(parsed.getIndexes("ID")).containsExactly(1);
        assertThat(parsed.getIndexes("Id")).isEmpty();
    }

    @Test
    void unknownNameHasNoIndexes() {
        assertThat(ParsedSql.parse("SELECT :a").getIndexes("b")).isEmpty();
        assertThat(ParsedSql.parse("SELECT ?").getIndexes("a")).isEmpty();
    }

    @Test
    void returnedIndexesCannotChangeTheParsedStatement() {
        ParsedSql parsed = ParsedSql.parse("SELECT :a");

        parsed.getIndexes("a")[0] = 7;

        assertThat(parsed.getIndexes("a")).containsExactly(0);
    }

    @Test
    void mixingMarkerStylesIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> ParsedSql.parse("SELECT ?, :a"))
            .withMessageContaining("cannot mix").withMessageContaining(":a");
        assertThatIllegalArgumentException().isThrownBy(() -> ParsedSql.parse("SELECT :a, ?"))
            .withMessageContaining("cannot mix");
    }

    @Test
    void manyMarkersAreAllRecorded() {
        StringBuilder sql = new StringBuilder("SELECT :p0");
        for (int i = 1; i < 100; i++) {
            sql.append(", :p").append(i);
        }

        ParsedSql parsed = ParsedSql.parse(sql.toString());

        assertThat(parsed.getParameterCount()).isEqualTo(100);
        assertThat(parsed.getParameterName(99)).isEqualTo("p99");
        assertThat(parsed.getIndexes("p42")).containsExactly(42);
    }

    // --- server SQL ---------------------------------------------------------------------------------------------

    @Test
    void serverSqlReplacesNamedMarkers() {
        ParsedSql parsed = ParsedSql.parse("UPDATE t SET a = :a, b = ':b' WHERE id = :id -- :c");

        assertThat(parsed.getServerSql()).isEqualTo("UPDATE t SET a = ?, b = ':b' WHERE id = ? -- :c");
    }

    @Test
    void serverSqlOfPositionalStatementIsTheStatement() {
        String sql = "SELECT ? FROM t";

        assertThat(ParsedSql.parse(sql).getServerSql()).isSameAs(sql);
    }

    // --- multi-statements ---------------------------------------------------------------------------------------

    @Test
    void detectsMultipleStatements() {
        assertThat(ParsedSql.parse("SELECT 1; SELECT 2").isMultiStatement()).isTrue();
    }

    @Test
    void trailingSemicolonIsNotMultiStatement() {
        assertThat(ParsedSql.parse("SELECT 1;").isMultiStatement()).isFalse();
        assertThat(ParsedSql.parse("SELECT 1 ;; \n -- done\n /* bye */ # end").isMultiStatement()).isFalse();
        assertThat(ParsedSql.parse("SELECT 1").isMultiStatement()).isFalse();
    }

    @Test
    void semicolonInLiteralOrCommentIsNotMultiStatement() {
        assertThat(ParsedSql.parse("SELECT ';x', `a;b` /* ; y */ -- ; z").isMultiStatement()).isFalse();
    }

    // --- interpolation ------------------------------------------------------------------------------------------

    @Test
    void interpolatesPositionalParameters() {
        ParsedSql parsed = ParsedSql.parse("SELECT * FROM t WHERE a = ? AND b = ?");

        String sql = interpolate(parsed, false, new Literal("1"), text("x"));

        assertThat(sql).isEqualTo("SELECT * FROM t WHERE a = 1 AND b = 'x'");
    }

    @Test
    void interpolatesNamedParametersByMarkerIndex() {
        ParsedSql parsed = ParsedSql.parse("SELECT :a, :b, :a::x");
        Parameter a = new Literal("10");

        String sql = interpolate(parsed, false, a, text("b"), a);

        assertThat(sql).isEqualTo("SELECT 10, 'b', 10::x");
    }

    @Test
    void interpolatesNullParameterAsNull() {
        ParsedSql parsed = ParsedSql.parse("INSERT INTO t VALUES (?, ?)");

        assertThat(interpolate(parsed, false, Null.INSTANCE, new Literal("2")))
            .isEqualTo("INSERT INTO t VALUES (NULL, 2)");
    }

    @Test
    void interpolationKeepsLiteralsAndCommentsAndUnicode() {
        ParsedSql parsed = ParsedSql.parse("SELECT 'é?', ? /* ? */, `ü` -- ?\n");

        assertThat(interpolate(parsed, false, text("ñ"))).isEqualTo("SELECT 'é?', 'ñ' /* ? */, `ü` -- ?\n");
    }

    @Test
    void interpolationEscapesWithBackslashes() {
        ParsedSql parsed = ParsedSql.parse("SELECT ?");

        String sql = interpolate(parsed, false, text("a'b\"c\\d\ne\rf\0g\u001Ah"));

        assertThat(sql).isEqualTo("SELECT 'a\\'b\\\"c\\\\d\\ne\\rf\\0g\\Zh'");
    }

    @Test
    void interpolationEscapesWithNoBackslashEscapes() {
        ParsedSql parsed = ParsedSql.parse("SELECT ?", true);

        String sql = interpolate(parsed, true, text("a'b\\c\"d"));

        assertThat(sql).isEqualTo("SELECT 'a''b\\c\"d'");
    }

    @Test
    void injectionAttemptStaysInsideItsLiteral() {
        String attack = "x' OR '1'='1";
        ParsedSql parsed = ParsedSql.parse("SELECT * FROM users WHERE name = ?");

        String escaped = interpolate(parsed, false, text(attack));
        String doubled = interpolate(ParsedSql.parse(parsed.getSql(), true), true, text(attack));

        assertThat(escaped).isEqualTo("SELECT * FROM users WHERE name = 'x\\' OR \\'1\\'=\\'1'");
        assertThat(doubled).isEqualTo("SELECT * FROM users WHERE name = 'x'' OR ''1''=''1'");
        // Re-parsing the result finds one string literal and nothing after it.
        assertThat(ParsedSql.parse(escaped + " ?").getParameterCount()).isEqualTo(1);
        assertThat(ParsedSql.parse(doubled + " ?", true).getParameterCount()).isEqualTo(1);
        assertThat(ParsedSql.parse(escaped.replace("name = ", "name = ?, ")).getParameterCount()).isEqualTo(1);
    }

    @Test
    void interpolationWithoutMarkersCopiesTheStatement() {
        assertThat(interpolate(ParsedSql.parse("SELECT 'x'"), false)).isEqualTo("SELECT 'x'");
    }

    @Test
    void interpolationRejectsWrongParameterCount() {
        ParsedSql parsed = ParsedSql.parse("SELECT ?, ?");
        ByteBuf out = ByteBufAllocator.DEFAULT.buffer();
        try {
            assertThatIllegalArgumentException()
                .isThrownBy(() -> parsed.interpolate(out, new Parameter[] {new Literal("1")}, false))
                .withMessageContaining("2 bind markers");
            assertThat(out.readableBytes()).isZero();
        } finally {
            out.release();
        }
    }

    @Test
    void interpolationRejectsUnboundParameter() {
        ParsedSql parsed = ParsedSql.parse("SELECT :a, :b");
        ByteBuf out = ByteBufAllocator.DEFAULT.buffer();
        try {
            assertThatIllegalArgumentException()
                .isThrownBy(() -> parsed.interpolate(out, new Parameter[] {new Literal("1"), null}, false))
                .withMessageContaining(":b");
            assertThat(out.readableBytes()).isZero();
        } finally {
            out.release();
        }
    }

    // --- INSERT ... VALUES --------------------------------------------------------------------------------------

    @Test
    void recognisesSingleTupleInsert() {
        String sql = "INSERT INTO t (a, b) VALUES (?, ?)";
        ParsedSql parsed = ParsedSql.parse(sql);

        assertThat(parsed.isInsertValues()).isTrue();
        assertThat(sql.substring(parsed.getValuesStart(), parsed.getValuesEnd())).isEqualTo("(?, ?)");
    }

    @Test
    void recognisesInsertWithoutColumnListIgnoringCase() {
        String sql = "insert into t values(:a, NOW(), CONCAT(:b, ')'))";
        ParsedSql parsed = ParsedSql.parse(sql);

        assertThat(parsed.isInsertValues()).isTrue();
        assertThat(sql.substring(parsed.getValuesStart(), parsed.getValuesEnd()))
            .isEqualTo("(:a, NOW(), CONCAT(:b, ')'))");
    }

    @Test
    void recognisesInsertIgnoreWithQualifiedQuotedNames() {
        String sql = "INSERT IGNORE INTO `db`.`my table` (`a`, t.b) VALUE (?, ?)";

        assertThat(ParsedSql.parse(sql).isInsertValues()).isTrue();
    }

    @Test
    void recognisesInsertWithCommentsAndTrailingSemicolon() {
        String sql = "/* x */ INSERT /* y */ INTO t -- z\n VALUES (1) ; -- done\n";
        ParsedSql parsed = ParsedSql.parse(sql);

        assertThat(parsed.isInsertValues()).isTrue();
        assertThat(sql.substring(parsed.getValuesStart(), parsed.getValuesEnd())).isEqualTo("(1)");
    }

    @Test
    void recognisesInsertWithEmptyColumnList() {
        assertThat(ParsedSql.parse("INSERT INTO t () VALUES ()").isInsertValues()).isTrue();
    }

    @Test
    void rejectsInsertWithSeveralTuples() {
        assertThat(ParsedSql.parse("INSERT INTO t VALUES (1), (2)").isInsertValues()).isFalse();
    }

    @Test
    void rejectsInsertOnDuplicateKeyUpdate() {
        ParsedSql parsed = ParsedSql.parse("INSERT INTO t (a) VALUES (?) ON DUPLICATE KEY UPDATE a = VALUES(a)");

        assertThat(parsed.isInsertValues()).isFalse();
        assertThat(parsed.getValuesStart()).isEqualTo(-1);
        assertThat(parsed.getValuesEnd()).isEqualTo(-1);
    }

    @Test
    void rejectsOtherInsertForms() {
        assertThat(ParsedSql.parse("INSERT INTO t SET a = ?").isInsertValues()).isFalse();
        assertThat(ParsedSql.parse("INSERT INTO t SELECT * FROM u").isInsertValues()).isFalse();
        assertThat(ParsedSql.parse("INSERT t VALUES (1)").isInsertValues()).isFalse();
        assertThat(ParsedSql.parse("REPLACE INTO t VALUES (1)").isInsertValues()).isFalse();
        assertThat(ParsedSql.parse("INSERT LOW_PRIORITY INTO t VALUES (1)").isInsertValues()).isFalse();
        assertThat(ParsedSql.parse("INSERT INTO t VALUES (1").isInsertValues()).isFalse();
        assertThat(ParsedSql.parse("INSERT INTO t VALUES (1) AS n").isInsertValues()).isFalse();
    }

    @Test
    void rejectsInsertFollowedByAnotherStatement() {
        ParsedSql parsed = ParsedSql.parse("INSERT INTO t VALUES (1); SELECT 1");

        assertThat(parsed.isInsertValues()).isFalse();
        assertThat(parsed.isMultiStatement()).isTrue();
    }

    @Test
    void rejectsNonInsertStatements() {
        assertThat(ParsedSql.parse("SELECT 'INSERT INTO t VALUES (1)'").isInsertValues()).isFalse();
        assertThat(ParsedSql.parse("INSERTS INTO t VALUES (1)").isInsertValues()).isFalse();
        assertThat(ParsedSql.parse("").isInsertValues()).isFalse();
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static String interpolate(ParsedSql parsed, boolean noBackslashEscapes, Parameter... params) {
        ByteBuf out = ByteBufAllocator.DEFAULT.buffer();
        try {
            parsed.interpolate(out, params, noBackslashEscapes);
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            out.release();
        }
    }

    private static Parameter text(String value) {
        return new Text(value);
    }

    /** A parameter whose SQL literal is given verbatim. */
    private static class Literal implements Parameter {

        private final String literal;

        Literal(String literal) {
            this.literal = literal;
        }

        @Override
        public int type() {
            return 253;
        }

        @Override
        public boolean unsigned() {
            return false;
        }

        @Override
        public boolean isNull() {
            return false;
        }

        @Override
        public void writeBinary(ByteBuf out) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void writeText(ByteBuf out, boolean noBackslashEscapes) {
            out.writeCharSequence(this.literal, StandardCharsets.UTF_8);
        }
    }

    /** SQL NULL. */
    private static final class Null extends Literal {

        static final Null INSTANCE = new Null();

        private Null() {
            super("this must not be written");
        }

        @Override
        public boolean isNull() {
            return true;
        }
    }

    /** A string parameter escaped like the server's lexer expects. */
    private static final class Text extends Literal {

        private final String value;

        Text(String value) {
            super(value);
            this.value = value;
        }

        @Override
        public void writeText(ByteBuf out, boolean noBackslashEscapes) {
            StringBuilder builder = new StringBuilder(this.value.length() + 2).append('\'');
            for (int i = 0; i < this.value.length(); i++) {
                char c = this.value.charAt(i);
                if (noBackslashEscapes) {
                    builder.append(c == '\'' ? "''" : String.valueOf(c));
                } else {
                    builder.append(escape(c));
                }
            }
            out.writeCharSequence(builder.append('\''), StandardCharsets.UTF_8);
        }

        private static String escape(char c) {
            switch (c) {
                case '\0':
                    return "\\0";
                case '\n':
                    return "\\n";
                case '\r':
                    return "\\r";
                case '\\':
                    return "\\\\";
                case '\'':
                    return "\\'";
                case '"':
                    return "\\\"";
                case '\u001A':
                    return "\\Z";
                default:
                    return String.valueOf(c);
            }
        }
    }
}
