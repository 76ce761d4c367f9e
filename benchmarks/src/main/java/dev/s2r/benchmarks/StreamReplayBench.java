/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks;

import dev.s2r.benchmarks.client.Workload;

/**
 * STREAM_REPLAY: STREAM against the server process's {@link dev.s2r.benchmarks.server.ReplayProxy}, which answers the
 * scan from memory after recording it once per connection (the first warm-up pass): the server's cost per row is out
 * of the measurement, so the rate is what each driver can take, not what the server can send.
 */
public class StreamReplayBench extends StreamBench {

    @Override
    protected Workload workload() {
        return Workload.STREAM_REPLAY;
    }
}
