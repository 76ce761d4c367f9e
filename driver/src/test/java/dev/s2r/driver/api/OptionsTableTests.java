/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The options table of docs/driver.md is generated from the option descriptors: this test fails when the two
 * differ. Run it with {@code -Ds2r.docs.write=true} to rewrite the table from the descriptors.
 */
final class OptionsTableTests {

    static final String BEGIN = "<!-- options table: generated from SingleStoreOptions by OptionsTableTests -->";
    static final String END = "<!-- end of options table -->";

    @Test
    void theDriverGuideListsEveryOptionAsDeclared() throws IOException {
        Path guide = Path.of("..", "docs", "driver.md");
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
        assertThat(actual).as("docs/driver.md's options table; regenerate with -Ds2r.docs.write=true")
            .isEqualTo(expected);
    }

    @Test
    void everyOptionHasOneRowInDeclarationOrder() {
        String[] rows = table().split("\n");

        assertThat(rows).hasSize(SingleStoreOptions.descriptors().size() + 2);
        for (int i = 0; i < SingleStoreOptions.descriptors().size(); i++) {
            assertThat(rows[i + 2]).startsWith("| `" + SingleStoreOptions.descriptors().get(i).name() + "` |");
        }
    }

    static String table() {
        StringBuilder table = new StringBuilder("| Option | Alias | Environment variable | Type | Default | Effect |\n"
            + "|---|---|---|---|---|---|\n");
        for (OptionDescriptor<?> option : SingleStoreOptions.descriptors()) {
            table.append("| `").append(option.name()).append("` | ")
                .append(option.aliases().stream().map(alias -> "`" + alias + "`").collect(Collectors.joining(", ")))
                .append(" | ")
                .append(option.environmentVariable() == null ? "—" : "`" + option.environmentVariable() + "`")
                .append(" | ").append(option.typeDescription())
                .append(option.isProgrammatic() ? " (programmatic)" : "").append(" | ")
                .append(option.defaultDescription()).append(" | ")
                .append(option.description()).append(option.isMysqlOnly() ? " MySQL protocol only." : "")
                .append(" |\n");
        }
        return table.toString();
    }
}
