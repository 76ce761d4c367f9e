/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java blocks of docs/management.md are regions of {@link Management}, by the markers of
 * {@code ReadmeSnippetsTests}: a block after {@code <!-- snippet: Management#list -->} is the region between
 * {@code // snippet:list} and {@code // end-snippet}, unindented.
 */
final class ManagementSnippetsTests {

    private static final Path DOC = Path.of("..", "docs", "management.md");
    private static final Path SOURCE = Path.of("src", "main", "java", "dev", "s2r", "examples", "Management.java");
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: Management#([\\w-]+) -->\\n```java\\n(.*?)```",
        Pattern.DOTALL);

    @Test
    void everyJavaBlockOfTheManagementGuideIsARegionOfTheExample() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        Matcher matcher = MARKER.matcher(doc);
        List<String> checked = new ArrayList<>();
        while (matcher.find()) {
            assertThat(matcher.group(2)).as("block Management#" + matcher.group(1))
                .isEqualTo(region(source, matcher.group(1)));
            checked.add(matcher.group(1));
        }

        assertThat(checked).containsExactly("client", "list", "create", "query");
        assertThat(doc.split("```java", -1).length - 1).isEqualTo(checked.size());
    }

    private static String region(String source, String name) {
        int start = source.indexOf("// snippet:" + name + "\n");
        assertThat(start).as("region " + name).isNotNegative();
        int from = source.indexOf('\n', start) + 1;
        int end = source.indexOf("// end-snippet", from);
        String[] lines = source.substring(from, source.lastIndexOf('\n', end) + 1).split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length - 1; i++) {
            text.append(lines[i].isBlank() ? "" : lines[i].substring(indent)).append('\n');
        }
        return text.toString();
    }
}
