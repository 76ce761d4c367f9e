/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The runnable server, {@code java -cp <jars> dev.s2r.udf.cli.Main [options] com.example.Functions ...}: options parsed from the
 * environment and the command line into a {@link dev.s2r.udf.api.UdfConfig}, the classes' functions served, registered
 * with SingleStore when a connection is configured and dropped again on shutdown. The top layer: may import every
 * package of the module.
 */
package dev.s2r.udf.cli;
