/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.internal;

import dev.s2r.management.model.FileInfo;
import dev.s2r.management.model.FilePath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code FileObjectMetadata} as singlestore-server.md §1.5 and §1.6 give it: snake_case time, string or array. */
final class FileInfoContractTests {

    private static FileInfo read(String json) throws IOException {
        return Json.MAPPER.readValue(json, FileInfo.class);
    }

    @Test
    void aFileReadsEveryFieldAndIgnoresUnknownOnes() throws IOException {
        FileInfo file = read("""
            {"name": "a.csv", "path": "data/a.csv", "type": "", "format": null, "mimetype": "text/csv",
             "size": 12, "created": "2023-09-08T17:35:43Z", "last_modified": "2023-09-09T10:00:00Z",
             "writable": true, "content": null, "owner": {"id": 1}}""");

        assertThat(file).isEqualTo(new FileInfo("a.csv", "data/a.csv", "", null, "text/csv", 12L,
            Instant.parse("2023-09-08T17:35:43Z"), Instant.parse("2023-09-09T10:00:00Z"), true, List.of()));
        assertThat(file.isFolder()).isFalse();
        assertThat(file.filePath()).isEqualTo(FilePath.of("data/a.csv"));
    }

    @Test
    void aFolderReadsItsChildrenFromTheContentArray() throws IOException {
        FileInfo folder = read("""
            {"name": "data", "path": "data", "type": "directory", "content": [
              {"name": "a.csv", "path": "data/a.csv", "type": "", "size": 3},
              {"name": "2024", "path": "data/2024", "type": "directory", "content": []}]}""");

        assertThat(folder.isFolder()).isTrue();
        assertThat(folder.filePath()).isEqualTo(FilePath.of("data/"));
        assertThat(folder.children()).extracting(FileInfo::filePath)
            .containsExactly(FilePath.of("data/a.csv"), FilePath.of("data/2024/"));
    }

    @Test
    void aContentStringIsNotKept() throws IOException {
        assertThat(read("{\"name\": \"a.json\", \"type\": \"json\", \"format\": \"json\", \"content\": \"{}\"}")
            .children()).isEmpty();
    }

    @Test
    void missingFieldsAreAbsentAndTheZeroTimeIsNull() throws IOException {
        FileInfo file = read("{\"name\": \"a\", \"created\": \"0001-01-01T00:00:00Z\"}");

        assertThat(file.path()).isNull();
        assertThat(file.size()).isNull();
        assertThat(file.created()).isNull();
        assertThat(file.children()).isEmpty();
        assertThat(file.filePath()).isEqualTo(FilePath.of("a"));
    }

    @Test
    void anUnknownTypeIsKept() throws IOException {
        assertThat(read("{\"name\": \"m\", \"type\": \"notebook\"}").type()).isEqualTo("notebook");
    }
}
