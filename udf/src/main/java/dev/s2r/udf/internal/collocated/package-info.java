/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Collocated mode ({@code CREATE EXTERNAL FUNCTION ... AS COLLOCATED SERVICE '<socket>'}): a Unix stream socket
 * over which the engine hands over two shared-memory files and then announces ROWDAT_1 batches written into them
 * (protocol v1, python-sdk-services.md §2.10 and §2.11). Linux only; calls libc through JNA, because receiving the
 * engine's two descriptors in one {@code recvmsg(2)} is beyond the JDK and Netty. Imports {@code internal.batch},
 * {@code internal.function} and {@code internal.format}.
 */
package dev.s2r.udf.internal.collocated;
