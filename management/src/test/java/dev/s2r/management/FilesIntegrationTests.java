/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.api.FolderNotAllowedException;
import dev.s2r.management.api.ManagementException;
import dev.s2r.management.model.FileInfo;
import dev.s2r.management.model.FilePath;
import dev.s2r.management.test.FileRoutes;
import dev.s2r.management.test.ManagementApiServer;
import dev.s2r.management.test.ManagementApiServer.Fault;
import dev.s2r.management.test.ManagementApiServer.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stage and Files round trips over HTTP against {@link ManagementApiServer} (singlestore-server.md §1.4). */
final class FilesIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ManagementApiServer server = ManagementApiServer.start();
    private final SingleStoreManagement client = TestClients.client(this.server);
    private final String groupId = this.server.addWorkspaceGroup("files");
    private final FileSpace stage = this.client.stage(this.groupId);

    @TempDir
    Path temp;

    @AfterEach
    void stop() {
        this.server.close();
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    private static Flux<ByteBuffer> chunks(byte[] content, int chunk) {
        return Flux.range(0, (content.length + chunk - 1) / chunk)
            .map(i -> ByteBuffer.wrap(content, i * chunk, Math.min(chunk, content.length - i * chunk)).slice());
    }

    private static byte[] join(List<ByteBuffer> buffers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (ByteBuffer buffer : buffers) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void aFileUploadedFromAPathDownloadsToAPathUnchanged() throws Exception {
        byte[] content = bytes(3 * 1024 * 1024 + 17);
        Path source = Files.write(this.temp.resolve("source.bin"), content);
        Path target = this.temp.resolve("target.bin");

        FileInfo uploaded = this.stage.upload("/data/source.bin", source).block(WAIT);
        Long written = this.stage.download("data/source.bin", target).block(WAIT);

        assertThat(uploaded.filePath()).isEqualTo(FilePath.of("data/source.bin"));
        assertThat(uploaded.size()).isEqualTo(content.length);
        assertThat(written).isEqualTo(content.length);
        assertThat(Files.readAllBytes(target)).isEqualTo(content);
    }

    @Test
    void aFileUploadedFromAPublisherDownloadsAsAFluxUnchanged() {
        byte[] content = bytes(1024 * 1024 + 5);

        this.stage.upload("streamed.bin", chunks(content, 10_000)).block(WAIT);
        List<ByteBuffer> downloaded = this.stage.download("streamed.bin").collectList().block(WAIT);

        assertThat(this.server.files().content(FileRoutes.stage(this.groupId), "streamed.bin")).isEqualTo(content);
        assertThat(join(downloaded)).isEqualTo(content);
    }

    @Test
    void aPublisherUploadIsPulledInBoundedRequests() {
        byte[] content = bytes(8 * 1024 * 1024);
        AtomicLong largestRequest = new AtomicLong();

        this.stage.upload("pulled.bin", chunks(content, 8192)
            .doOnRequest(n -> largestRequest.accumulateAndGet(n, Math::max))).block(WAIT);

        assertThat(largestRequest.get()).isBetween(1L, 1024L);
        assertThat(this.server.files().content(FileRoutes.stage(this.groupId), "pulled.bin")).isEqualTo(content);
    }

    @Test
    void anUploadIsOneMultipartPartNamedFile() {
        this.stage.upload("a.txt", Flux.just(ByteBuffer.wrap("hello".getBytes(StandardCharsets.UTF_8))))
            .block(WAIT);

        RecordedRequest put = this.server.requests().stream().filter(r -> r.method().equals("PUT")).findFirst()
            .orElseThrow();
        assertThat(put.path()).isEqualTo("/v1/stage/" + this.groupId + "/fs/a.txt");
        assertThat(put.headers().get("content-type")).startsWith("multipart/form-data; boundary=");
    }

    @Test
    void infoDescribesAFileAndExistsTellsWhetherThereIsOne() {
        this.stage.upload("data/a.csv", Flux.just(ByteBuffer.wrap(bytes(10)))).block(WAIT);

        FileInfo info = this.stage.info("data/a.csv").block(WAIT);

        assertThat(info.name()).isEqualTo("a.csv");
        assertThat(info.size()).isEqualTo(10);
        assertThat(info.isFolder()).isFalse();
        assertThat(info.lastModified()).isNotNull();
        assertThat(this.stage.exists("data/a.csv").block(WAIT)).isTrue();
        assertThat(this.stage.exists("data/").block(WAIT)).isTrue();
        assertThat(this.stage.exists("data/b.csv").block(WAIT)).isFalse();
    }

    @Test
    void infoOfAMissingFileIsNotFound() {
        assertThatThrownBy(() -> this.stage.info("missing.csv").block(WAIT))
            .isInstanceOfSatisfying(ManagementException.class, e -> assertThat(e.isNotFound()).isTrue());
    }

    @Test
    void aListingHoldsAFoldersEntriesAndARecursiveOneTheirsToo() {
        for (String path : List.of("top.csv", "data/a.csv", "data/2024/b.csv")) {
            this.stage.upload(path, Flux.just(ByteBuffer.wrap(bytes(3)))).block(WAIT);
        }

        assertThat(this.stage.list("/").map(FileInfo::filePath).collectList().block(WAIT))
            .containsExactlyInAnyOrder(FilePath.of("top.csv"), FilePath.of("data/"));
        assertThat(this.stage.list("data", true).map(FileInfo::filePath).collectList().block(WAIT))
            .containsExactlyInAnyOrder(FilePath.of("data/a.csv"), FilePath.of("data/2024/"),
                FilePath.of("data/2024/b.csv"));
        assertThat(this.server.requests()).anyMatch(r -> r.path().equals("/v1/stage/" + this.groupId + "/fs/data/"));
    }

    @Test
    void aRenamedFileIsFoundAtItsNewPathOnly() {
        this.stage.upload("old.csv", Flux.just(ByteBuffer.wrap(bytes(4)))).block(WAIT);

        FileInfo renamed = this.stage.rename("old.csv", "archive/new.csv").block(WAIT);

        assertThat(renamed.filePath()).isEqualTo(FilePath.of("archive/new.csv"));
        assertThat(this.stage.exists("old.csv").block(WAIT)).isFalse();
        assertThat(join(this.stage.download("archive/new.csv").collectList().block(WAIT))).isEqualTo(bytes(4));
    }

    @Test
    void aDeletedFileIsGone() {
        this.stage.upload("gone.csv", Flux.just(ByteBuffer.wrap(bytes(4)))).block(WAIT);

        this.stage.delete("gone.csv").block(WAIT);

        assertThat(this.stage.exists("gone.csv").block(WAIT)).isFalse();
    }

    @Test
    void deleteRefusesAFolderWithoutSendingAnything() {
        assertThatThrownBy(() -> this.stage.delete("data/").block(WAIT))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("folder");
        assertThat(this.server.requests()).isEmpty();
    }

    @Test
    void theStageCreatesFoldersAndRemovesThemEmptyOrRecursively() {
        FileInfo created = this.stage.mkdir("reports").block(WAIT);
        this.stage.upload("reports/q1.csv", Flux.just(ByteBuffer.wrap(bytes(4)))).block(WAIT);

        assertThat(created.filePath()).isEqualTo(FilePath.of("reports/"));
        assertThatThrownBy(() -> this.stage.rmdir("reports").block(WAIT))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("not empty");
        this.stage.rmdir("reports", true).block(WAIT);
        assertThat(this.stage.exists("reports/").block(WAIT)).isFalse();
        this.stage.mkdir("empty/").block(WAIT);
        this.stage.rmdir("empty/").block(WAIT);
        assertThat(this.stage.exists("empty/").block(WAIT)).isFalse();
        assertThat(this.server.requests()).anyMatch(r -> r.method().equals("PUT")
            && r.path().endsWith("/fs/reports/") && "false".equals(r.query().get("isFile")));
    }

    @Test
    void theFilesSpacesRefuseFoldersWithATypedErrorBeforeSending() {
        FileSpace personal = this.client.files().personal();

        assertThatThrownBy(() -> personal.mkdir("reports").block(WAIT))
            .isInstanceOf(FolderNotAllowedException.class)
            .hasMessageContaining("directories are currently not allowed in Files API");
        assertThatThrownBy(() -> this.client.files().shared().rmdir("reports").block(WAIT))
            .isInstanceOf(FolderNotAllowedException.class);
        assertThat(personal.allowsFolders()).isFalse();
        assertThat(this.server.requests()).isEmpty();
    }

    @Test
    void theFilesSpacesRemoveAFolderRecursively() {
        FileSpace shared = this.client.files().shared();
        shared.upload("team/notes.txt", Flux.just(ByteBuffer.wrap(bytes(4)))).block(WAIT);

        shared.rmdir("team", true).block(WAIT);

        assertThat(shared.exists("team/notes.txt").block(WAIT)).isFalse();
    }

    @Test
    void eachFilesSpaceHasItsOwnPath() {
        this.client.files().models().upload("m.bin", Flux.just(ByteBuffer.wrap(bytes(2)))).block(WAIT);

        assertThat(this.server.files().content(FileRoutes.files("models"), "m.bin")).isEqualTo(bytes(2));
        assertThat(this.client.files().personal().exists("m.bin").block(WAIT)).isFalse();
    }

    @Test
    void theStageOfAnUnknownGroupIsNotFound() {
        assertThatThrownBy(() -> this.client.stage("no-such-group").list("").collectList().block(WAIT))
            .isInstanceOfSatisfying(ManagementException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void anUploadFromAPathIsRetriedAfterAServerError() throws Exception {
        Path source = Files.write(this.temp.resolve("retried.bin"), bytes(1000));
        this.server.inject(Fault.serverError());

        this.stage.upload("retried.bin", source).block(WAIT);

        assertThat(this.server.count("PUT", "/v1/stage/")).isEqualTo(2);
        assertThat(this.server.files().content(FileRoutes.stage(this.groupId), "retried.bin")).isEqualTo(bytes(1000));
    }

    @Test
    void aFailedDownloadToAPathLeavesNoFile() {
        Path target = this.temp.resolve("missing.bin");

        assertThatThrownBy(() -> this.stage.download("missing.bin", target).block(WAIT))
            .isInstanceOf(ManagementException.class);
        assertThat(target).doesNotExist();
    }
}
