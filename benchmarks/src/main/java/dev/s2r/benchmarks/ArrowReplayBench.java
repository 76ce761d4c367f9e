/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks;

import dev.s2r.benchmarks.client.Workload;

/**
 * ARROW_REPLAY: ARROW against the server process's {@link dev.s2r.benchmarks.server.ReplayProxy} (see
 * {@link StreamReplayBench}): Arrow batches versus row mapping when the client, not the server, is the limit.
 */
public class ArrowReplayBench extends ArrowBench {

    @Override
    protected Workload workload() {
        return Workload.ARROW_REPLAY;
    }
}
