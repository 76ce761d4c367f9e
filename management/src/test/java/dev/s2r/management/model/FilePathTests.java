/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The path rules of Stage and Files (singlestore-server.md §1.4 and §7, python-sdk-services.md §3.5). */
final class FilePathTests {

    @Test
    void aLeadingSlashOrDotSlashIsDropped() {
        assertThat(FilePath.of("/data/a.csv").value()).isEqualTo("data/a.csv");
        assertThat(FilePath.of("./data/a.csv").value()).isEqualTo("data/a.csv");
    }

    @Test
    void repeatedSlashesAndDotSegmentsCollapse() {
        assertThat(FilePath.of("data//./2024///a.csv").value()).isEqualTo("data/2024/a.csv");
    }

    @Test
    void aTrailingSlashMakesAFolder() {
        assertThat(FilePath.of("data/2024/").isFolder()).isTrue();
        assertThat(FilePath.of("data/2024").isFolder()).isFalse();
        assertThat(FilePath.folder("data/2024")).isEqualTo(FilePath.of("data/2024/"));
    }

    @Test
    void emptySlashAndDotAreTheRoot() {
        assertThat(FilePath.of("")).isEqualTo(FilePath.ROOT);
        assertThat(FilePath.of("/")).isEqualTo(FilePath.ROOT);
        assertThat(FilePath.of(".")).isEqualTo(FilePath.ROOT);
        assertThat(FilePath.ROOT.isFolder()).isTrue();
        assertThat(FilePath.ROOT.isRoot()).isTrue();
    }

    @Test
    void aParentSegmentIsRefused() {
        assertThatThrownBy(() -> FilePath.of("data/../secrets")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'..'");
    }

    @Test
    void backslashesAndControlCharactersAreRefused() {
        assertThatThrownBy(() -> FilePath.of("data\\a.csv")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FilePath.of("data/a\n.csv")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nameAndParentIgnoreTheTrailingSlash() {
        FilePath folder = FilePath.of("data/2024/");

        assertThat(folder.name()).isEqualTo("2024");
        assertThat(folder.parent()).isEqualTo(FilePath.of("data/"));
        assertThat(FilePath.of("a.csv").parent()).isEqualTo(FilePath.ROOT);
    }

    @Test
    void aChildResolvesAgainstAFolderOnly() {
        assertThat(FilePath.of("data/").resolve("a.csv")).isEqualTo(FilePath.of("data/a.csv"));
        assertThatThrownBy(() -> FilePath.of("data/a.csv").resolve("b")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void insideMeansBelowAFolder() {
        assertThat(FilePath.of("data/a.csv").isInside(FilePath.of("data/"))).isTrue();
        assertThat(FilePath.of("database.csv").isInside(FilePath.of("data/"))).isFalse();
        assertThat(FilePath.of("data/").isInside(FilePath.of("data/"))).isFalse();
    }

    @Test
    void aFolderTurnsIntoAFileAndBack() {
        assertThat(FilePath.of("data/").asFile()).isEqualTo(FilePath.of("data"));
        assertThat(FilePath.of("data").asFolder()).isEqualTo(FilePath.of("data/"));
        assertThatThrownBy(FilePath.ROOT::asFile).isInstanceOf(IllegalArgumentException.class);
    }
}
