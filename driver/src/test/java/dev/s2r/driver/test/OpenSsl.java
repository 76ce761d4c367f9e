/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code openssl} command, which the tests use to make keys and certificates (PEM files) at test time.
 */
public final class OpenSsl {

    private OpenSsl() {
    }

    /**
     * Runs {@code openssl} with the given arguments in a directory, where relative file names are then read and
     * written.
     *
     * @param directory the working directory
     * @param args      the arguments, for example {@code "req", "-x509", ...}
     * @throws IllegalStateException when openssl fails, with its output
     */
    public static void run(Path directory, String... args) {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("openssl " + String.join(" ", args) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run openssl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running openssl", e);
        }
    }

    /**
     * Makes a self-signed certificate and its private key (RSA 2048, unencrypted PKCS#8), valid for two days.
     *
     * @param directory where the files are written
     * @param name      the base name: {@code name.pem} holds the certificate, {@code name.key} the key
     * @param subject   the subject, for example {@code /CN=s2r test CA}
     */
    public static void selfSigned(Path directory, String name, String subject) {
        run(directory, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key", "-out",
            name + ".pem", "-days", "2", "-subj", subject);
    }
}
