/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.client;

/**
 * Command bytes of the MySQL client/server protocol.
 */
final class Command {

    static final int QUIT = 0x01;
    static final int INIT_DB = 0x02;
    static final int QUERY = 0x03;
    static final int PING = 0x0E;
    static final int STMT_PREPARE = 0x16;
    static final int STMT_EXECUTE = 0x17;
    static final int STMT_CLOSE = 0x19;
    static final int STMT_RESET = 0x1A;
    static final int RESET_CONNECTION = 0x1F;
    /** MariaDB 10.2.7+. */
    static final int STMT_BULK_EXECUTE = 0xFA;

    private Command() {
    }
}
