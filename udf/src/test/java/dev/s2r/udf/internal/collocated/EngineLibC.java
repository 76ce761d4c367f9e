/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/** The libc calls only the test engine makes: the client side of the socket and the shared-memory files. */
final class EngineLibC {

    static final int MFD_CLOEXEC = 1;
    static final int ECONNRESET = 104;

    static {
        Native.register(EngineLibC.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
    }

    private EngineLibC() {
    }

    static native int connect(int fd, Pointer address, int length) throws LastErrorException;

    static native long sendmsg(int fd, Pointer message, int flags) throws LastErrorException;

    static native int memfd_create(String name, int flags) throws LastErrorException;
}
