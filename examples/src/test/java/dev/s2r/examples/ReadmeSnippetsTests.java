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
 * The Java code blocks of README.md and of the docs are regions of the compiled examples: a block preceded by
 * {@code <!-- snippet: Connecting#url -->} must be the region between {@code // snippet:url} and
 * {@code // end-snippet} of {@code Connecting.java}, unindented. Every Java block of README.md has a marker. Run with
 * {@code -Ds2r.docs.write=true} to copy the regions into the files.
 */
final class ReadmeSnippetsTests {

    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "s2r", "examples");
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: (\\w+)#([\\w-]+) -->\\n```java\\n(.*?)```",
        Pattern.DOTALL);

    @Test
    void everyJavaBlockOfTheReadmeIsARegionOfAnExample() throws IOException {
        List<String> checked = check(README);

        assertThat(checked).as("snippets in README.md").isNotEmpty();
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertThat(readme.split("```java", -1).length - 1).as("every ```java block of README.md has a snippet marker")
            .isEqualTo(checked.size());
    }

    @Test
    void theMarkedBlocksOfTheDocsAreRegionsOfTheExamples() throws IOException {
        List<String> checked = new ArrayList<>();
        checked.addAll(check(Path.of("..", "docs", "driver.md")));
        checked.addAll(check(Path.of("..", "docs", "singlestore.md")));
        checked.addAll(check(Path.of("..", "docs", "data-api.md")));
        checked.addAll(check(Path.of("..", "docs", "udf.md")));
        checked.addAll(check(Path.of("..", "udf", "README.md")));

        assertThat(checked).contains("rows", "show", "pool", "query", "declare", "serve", "register", "invoke",
            "batch-table", "arrow-file", "arrow-file-writer");
    }

    private static List<String> check(Path file) throws IOException {
        String readme = Files.readString(file, StandardCharsets.UTF_8);
        Matcher matcher = MARKER.matcher(readme);
        StringBuilder rewritten = new StringBuilder();
        List<String> checked = new ArrayList<>();
        while (matcher.find()) {
            String expected = region(matcher.group(1), matcher.group(2));
            matcher.appendReplacement(rewritten, Matcher.quoteReplacement("<!-- snippet: " + matcher.group(1) + "#"
                + matcher.group(2) + " -->\n```java\n" + expected + "```"));
            if (!Boolean.getBoolean("s2r.docs.write")) {
                assertThat(matcher.group(3)).as(file + " block " + matcher.group(1) + "#" + matcher.group(2)
                    + "; copy it from the example with -Ds2r.docs.write=true").isEqualTo(expected);
            }
            checked.add(matcher.group(2));
        }
        matcher.appendTail(rewritten);
        if (Boolean.getBoolean("s2r.docs.write")) {
            Files.writeString(file, rewritten.toString(), StandardCharsets.UTF_8);
        }
        return checked;
    }

    /** The lines between {@code // snippet:NAME} and {@code // end-snippet}, without their common indent. */
    static String region(String example, String name) throws IOException {
        List<String> lines = Files.readAllLines(SOURCES.resolve(example + ".java"), StandardCharsets.UTF_8);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals("// snippet:" + name)) {
                start = i + 1;
                break;
            }
        }
        assertThat(start).as("region " + name + " of " + example).isPositive();
        List<String> body = new ArrayList<>();
        for (int i = start; !lines.get(i).trim().equals("// end-snippet"); i++) {
            body.add(lines.get(i));
        }
        int indent = body.stream().filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        StringBuilder text = new StringBuilder();
        body.forEach(line -> text.append(line.isBlank() ? "" : line.substring(indent)).append('\n'));
        return text.toString();
    }
}
