/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The options table of docs/udf.md is generated from {@link UdfOptions}: this test fails when the two differ. Run it
 * with {@code -Ds2r.docs.write=true} to rewrite the table from the declarations.
 */
final class UdfOptionsTableTests {

    static final String BEGIN = "<!-- options table: generated from UdfOptions by UdfOptionsTableTests -->";
    static final String END = "<!-- end of options table -->";

    @Test
    void theGuideListsEveryOptionAsDeclared() throws IOException {
        Path guide = Path.of("..", "docs", "udf.md");
        String text = Files.readString(guide, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertThat(begin).as("the table's begin marker in " + guide).isNotNegative();
        assertThat(end).as("the table's end marker in " + guide).isGreaterThan(begin);
        String expected = BEGIN + "\n" + table() + END;
        String actual = text.substring(begin, end + END.length());
        if (Boolean.getBoolean("s2r.docs.write") && !actual.equals(expected)) {
            Files.writeString(guide, text.substring(0, begin) + expected + text.substring(end + END.length()),
                StandardCharsets.UTF_8);
            actual = expected;
        }
        assertThat(actual).as("docs/udf.md's options table; regenerate with -Ds2r.docs.write=true")
            .isEqualTo(expected);
    }

    @Test
    void everyOptionHasOneRowInDeclarationOrder() {
        String[] rows = table().split("\n");

        assertThat(rows).hasSize(UdfOptions.all().size() + 2);
        for (int i = 0; i < UdfOptions.all().size(); i++) {
            assertThat(rows[i + 2]).startsWith("| `" + UdfOptions.all().get(i).flag() + "` |");
        }
    }

    @Test
    void theWorkerThreadsDefaultIsDescribedByItsRuleSinceItsValueDependsOnTheMachine() {
        int expected = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

        assertThat(UdfOptions.WORKER_THREADS.defaultValue()).contains(expected);
        assertThat(defaultOf(UdfOptions.WORKER_THREADS)).isEqualTo("max(4, 2 × processors)");
    }

    static String table() {
        StringBuilder table = new StringBuilder(
            "| Flag | Environment variable | Type | Default | Python server | Effect |\n|---|---|---|---|---|---|\n");
        for (UdfOption<?> option : UdfOptions.all()) {
            table.append("| `").append(option.flag()).append("` | `").append(option.environmentVariable())
                .append("` | ").append(typeOf(option)).append(" | ").append(defaultOf(option)).append(" | ")
                .append(option.fromPython() ? "yes" : "no").append(" | ")
                .append(markdown(option.doc())).append(" |\n");
        }
        return table.toString();
    }

    /** @return the text with what Markdown would read as a table cell's end or an HTML tag escaped */
    private static String markdown(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String typeOf(UdfOption<?> option) {
        Class<?> type = option.type();
        if (type == Boolean.class) {
            return "flag";
        }
        if (type == Duration.class) {
            return "seconds";
        }
        if (type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == DataFormat.class) {
            return "`rowdat_1` or `json`";
        }
        return "text";
    }

    /** The default as the command line takes it; the worker count by its rule, as it depends on the machine. */
    private static String defaultOf(UdfOption<?> option) {
        if (option == UdfOptions.WORKER_THREADS) {
            return "max(4, 2 × processors)";
        }
        Object value = option.defaultValue().orElse(null);
        if (value == null || value.toString().isEmpty()) {
            return "—";
        }
        if (value instanceof Duration duration) {
            return "`" + duration.toSeconds() + "`";
        }
        if (value instanceof Enum<?> constant) {
            return "`" + constant.name().toLowerCase(Locale.ROOT) + "`";
        }
        return "`" + value + "`";
    }
}
