/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.udf;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/** The libc calls of the engine's side of a collocated connection (Linux x86-64 and aarch64 constants). */
final class Libc {

    static final int AF_UNIX = 1;
    static final int SOCK_STREAM = 1;
    static final int SOCK_CLOEXEC = 0x80000;
    static final int SOL_SOCKET = 1;
    static final int SCM_RIGHTS = 1;
    static final int MSG_NOSIGNAL = 0x4000;
    static final int MFD_CLOEXEC = 1;
    /** {@code sizeof(struct sockaddr_un)}. */
    static final int SOCKADDR_UN_SIZE = 110;

    static {
        Native.register(Libc.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
    }

    private Libc() {
    }

    static native int socket(int domain, int type, int protocol) throws LastErrorException;

    static native int connect(int fd, Pointer address, int length) throws LastErrorException;

    static native long sendmsg(int fd, Pointer message, int flags) throws LastErrorException;

    static native long send(int fd, Pointer buffer, long length, int flags) throws LastErrorException;

    static native long recv(int fd, Pointer buffer, long length, int flags) throws LastErrorException;

    static native int memfd_create(String name, int flags) throws LastErrorException;

    static native int close(int fd);
}
