/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;

import java.net.InetSocketAddress;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.s2r.driver.test.WirePackets.AUTOCOMMIT;
import static dev.s2r.driver.test.WirePackets.utf8;

/**
 * A tiny in-process server that plays SingleStore over the MySQL protocol on {@code 127.0.0.1} and a free port,
 * well enough for the driver to connect and read the Python SDK's vector tables ({@link VectorTables}):
 * <ul>
 *   <li>greets with HandshakeV10, version {@value #HANDSHAKE_VERSION}, {@code mysql_native_password}, and accepts
 *   any credentials, unless an {@link AuthenticationScript} plays the authentication exchange
 *   ({@link #startWithAuthentication(Supplier)});</li>
 *   <li>advertises no CLIENT_DEPRECATE_EOF (SingleStore never deprecates EOF) and no TLS;</li>
 *   <li>answers the driver's setup query with engine version {@value #ENGINE_VERSION}, any {@code SET} with OK, and
 *   records every statement; the {@code SET} of {@code enable_extended_types_metadata} switches on the extended
 *   column metadata and the vector projection it names (or is rejected with error 1193 when asked to);</li>
 *   <li>answers {@code SELECT a FROM <vector table>} with the table's rows in the session's projection (with the
 *   extended metadata on; otherwise as a plain JSON text column, as older servers do).</li>
 * </ul>
 * Every other command is answered with an error. Buffers are released as Netty's PARANOID leak detector expects.
 */
public final class SingleStoreEmulator implements AutoCloseable {

    public static final String HANDSHAKE_VERSION = "5.7.32";
    public static final String ENGINE_VERSION = "8.9.3";

    private static final String SETUP_QUERY = "SELECT @@max_allowed_packet, @@sql_mode, @@time_zone, "
        + "@@system_time_zone, @@memsql_version, @@aggregator_id";
    private static final Pattern SELECT_VECTORS = Pattern.compile("SELECT a FROM (\\w+)", Pattern.CASE_INSENSITIVE);

    private static final long CLIENT_MYSQL = 1L;
    private static final long FOUND_ROWS = 1L << 1;
    private static final long LONG_FLAG = 1L << 2;
    private static final long CONNECT_WITH_DB = 1L << 3;
    private static final long PROTOCOL_41 = 1L << 9;
    private static final long SSL = 1L << 11;
    private static final long TRANSACTIONS = 1L << 13;
    private static final long SECURE_CONNECTION = 1L << 15;
    private static final long MULTI_STATEMENTS = 1L << 16;
    private static final long MULTI_RESULTS = 1L << 17;
    private static final long PS_MULTI_RESULTS = 1L << 18;
    private static final long PLUGIN_AUTH = 1L << 19;
    private static final long CONNECT_ATTRS = 1L << 20;
    private static final long PLUGIN_AUTH_LENENC_CLIENT_DATA = 1L << 21;
    private static final long DEPRECATE_EOF = 1L << 24;
    /** What the emulator supports, written out so that the two bits it must not offer are visibly cleared. */
    private static final long CAPABILITIES = (CLIENT_MYSQL | FOUND_ROWS | LONG_FLAG | CONNECT_WITH_DB | PROTOCOL_41
        | TRANSACTIONS | SECURE_CONNECTION | MULTI_STATEMENTS | MULTI_RESULTS | PS_MULTI_RESULTS | PLUGIN_AUTH
        | CONNECT_ATTRS | PLUGIN_AUTH_LENENC_CLIENT_DATA | DEPRECATE_EOF | SSL) & ~DEPRECATE_EOF & ~SSL;

    private final EventLoopGroup group;
    private final Channel server;
    private final boolean rejectExtendedTypes;
    private final boolean holdSetupAnswer;
    private final Supplier<AuthenticationScript> authentication;
    private final JwtUsers jwtUsers;
    private final List<String> statements = new CopyOnWriteArrayList<>();

    private SingleStoreEmulator(boolean rejectExtendedTypes, boolean holdSetupAnswer,
                                Supplier<AuthenticationScript> authentication, JwtUsers jwtUsers) {
        this.rejectExtendedTypes = rejectExtendedTypes;
        this.holdSetupAnswer = holdSetupAnswer;
        this.authentication = authentication;
        this.jwtUsers = jwtUsers;
        this.group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        this.server = new ServerBootstrap()
            .group(this.group)
            .channel(NioServerSocketChannel.class)
            .childHandler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel channel) {
                    if (jwtUsers != null) {
                        channel.pipeline().addLast(jwtUsers.startTls());
                    }
                    channel.pipeline()
                        .addLast(new LengthFieldBasedFrameDecoder(ByteOrder.LITTLE_ENDIAN, (1 << 24) + 4, 0, 3, 1, 3,
                            true))
                        .addLast(new Session());
                }
            })
            .bind("127.0.0.1", 0)
            .syncUninterruptibly()
            .channel();
    }

    /** @return a running emulator that accepts the extended types request */
    public static SingleStoreEmulator start() {
        return new SingleStoreEmulator(false, false, AcceptAnyCredentials::new, null);
    }

    /**
     * @param script a fresh script for each connection, playing the server side of its authentication exchange
     * @return a running emulator whose logins follow the script
     */
    public static SingleStoreEmulator startWithAuthentication(Supplier<AuthenticationScript> script) {
        return new SingleStoreEmulator(false, false, script, null);
    }

    /** @return a running emulator that rejects the extended types request, like SingleStore before 8.7.1 */
    public static SingleStoreEmulator startRejectingExtendedTypes() {
        return new SingleStoreEmulator(true, false, AcceptAnyCredentials::new, null);
    }

    /**
     * @return a running emulator that answers the setup query only once the next command has arrived, so that a
     * client which does not pipeline a command behind the setup query waits forever
     */
    public static SingleStoreEmulator startAnsweringSetupOnlyWhenPipelined() {
        return new SingleStoreEmulator(false, true, AcceptAnyCredentials::new, null);
    }

    /**
     * @param jwtUsers the TLS identity and the tokens it accepts
     * @return a running emulator that offers TLS and logs in JWT users as SingleStore does for users created
     * {@code IDENTIFIED WITH authentication_jwt}: it greets with {@code mysql_native_password}, switches to
     * {@code mysql_clear_password} unless the client already used it, and checks the clear-text token
     */
    public static SingleStoreEmulator startWithJwtUsers(JwtUsers jwtUsers) {
        return new SingleStoreEmulator(false, false, AcceptAnyCredentials::new, jwtUsers);
    }

    /** @return the port it listens on */
    public int port() {
        return ((InetSocketAddress) this.server.localAddress()).getPort();
    }

    /** @return every {@code COM_QUERY} received so far, in order */
    public List<String> statements() {
        return List.copyOf(this.statements);
    }

    @Override
    public void close() {
        this.server.close().syncUninterruptibly();
        this.group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /**
     * The server side of the authentication exchange of one connection: the plugin and scramble of the greeting,
     * then an answer to each packet of the client until an OK or ERR payload.
     */
    public interface AuthenticationScript {

        /** The scramble of the greeting unless a script chooses another. */
        byte[] DEFAULT_SEED = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);

        /** @return the plugin named in the greeting */
        default String greetingPlugin() {
            return "mysql_native_password";
        }

        /** @return the 20-byte scramble of the greeting */
        default byte[] greetingSeed() {
            return DEFAULT_SEED.clone();
        }

        /**
         * @param packet            the payload of the client's packet
         * @param handshakeResponse whether it is the handshake response (see {@link ClientHandshake#parse(byte[])})
         * @return the payloads to send back; the login ends once one starts with {@code 0x00} (OK, the emulator
         * then serves queries) or {@code 0xFF} (ERR, the emulator then closes the connection as a server does)
         */
        List<byte[]> answer(byte[] packet, boolean handshakeResponse);
    }

    /** The fields of a HandshakeResponse41 that authentication scripts look at. */
    public record ClientHandshake(String user, byte[] authResponse, String plugin) {

        /**
         * @param payload a HandshakeResponse41 as the driver sends it (CLIENT_PLUGIN_AUTH with length-encoded data)
         * @return its user, authentication response and plugin name
         */
        public static ClientHandshake parse(byte[] payload) {
            io.netty.buffer.ByteBuf buf = io.netty.buffer.Unpooled.wrappedBuffer(payload);
            try {
                long capabilities = buf.readUnsignedIntLE();
                buf.skipBytes(4 + 1 + 23);
                String user = nulString(buf);
                int first = buf.readUnsignedByte();
                byte[] auth = new byte[first == 0xFC ? buf.readUnsignedShortLE() : first];
                buf.readBytes(auth);
                if ((capabilities & CONNECT_WITH_DB) != 0) {
                    nulString(buf);
                }
                String plugin = (capabilities & PLUGIN_AUTH) != 0 ? nulString(buf) : "";
                return new ClientHandshake(user, auth, plugin);
            } finally {
                buf.release();
            }
        }

        private static String nulString(io.netty.buffer.ByteBuf buf) {
            int end = buf.indexOf(buf.readerIndex(), buf.writerIndex(), (byte) 0);
            String text = buf.toString(buf.readerIndex(), end - buf.readerIndex(), StandardCharsets.UTF_8);
            buf.readerIndex(end + 1);
            return text;
        }
    }

    /** The default script: any handshake response is accepted. */
    private static final class AcceptAnyCredentials implements AuthenticationScript {

        @Override
        public List<byte[]> answer(byte[] packet, boolean handshakeResponse) {
            return List.of(WirePackets.ok(AUTOCOMMIT));
        }
    }

    /** One client connection: frames arrive as {@code [sequence id][payload]}. */
    private final class Session extends SimpleChannelInboundHandler<ByteBuf> {

        private final AuthenticationScript script = SingleStoreEmulator.this.authentication.get();
        private boolean handshakeAnswered;
        private boolean authenticated;
        private boolean extendedMetadata;
        private boolean binaryProjection;
        private List<byte[]> heldSetupAnswer;
        private int heldSequence;
        private final JwtUsers.Login jwtLogin = SingleStoreEmulator.this.jwtUsers == null ? null
            : SingleStoreEmulator.this.jwtUsers.newLogin(this::send);

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            send(ctx, 0, List.of(greeting()));
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
            int sequence = frame.readUnsignedByte();
            if (!this.authenticated && SingleStoreEmulator.this.jwtUsers != null) {
                this.authenticated = this.jwtLogin.onPacket(ctx, sequence, frame);
                return;
            }
            if (!this.authenticated) {
                authenticate(ctx, sequence, frame);
                return;
            }
            int command = frame.readUnsignedByte();
            if (command == 0x01) {
                ctx.close();
            } else if (command == 0x03) {
                String sql = frame.toString(StandardCharsets.UTF_8);
                SingleStoreEmulator.this.statements.add(sql);
                if (SingleStoreEmulator.this.holdSetupAnswer && sql.equals(SETUP_QUERY)) {
                    this.heldSetupAnswer = answer(sql);
                    this.heldSequence = sequence + 1;
                    return;
                }
                if (this.heldSetupAnswer != null) {
                    send(ctx, this.heldSequence, this.heldSetupAnswer);
                    this.heldSetupAnswer = null;
                }
                send(ctx, sequence + 1, answer(sql));
            } else if (command == 0x0E) {
                send(ctx, sequence + 1, List.of(WirePackets.ok(AUTOCOMMIT)));
            } else {
                send(ctx, sequence + 1, List.of(WirePackets.error(1047, "08S01", "Unknown command " + command)));
            }
        }

        private void authenticate(ChannelHandlerContext ctx, int sequence, ByteBuf frame) {
            byte[] packet = new byte[frame.readableBytes()];
            frame.readBytes(packet);
            boolean handshakeResponse = !this.handshakeAnswered;
            this.handshakeAnswered = true;
            List<byte[]> answer = this.script.answer(packet, handshakeResponse);
            this.authenticated = answer.stream().anyMatch(payload -> payload.length > 0 && payload[0] == 0x00);
            send(ctx, sequence + 1, answer);
            if (answer.stream().anyMatch(payload -> payload.length > 0 && payload[0] == (byte) 0xFF)) {
                ctx.close();
            }
        }

        private List<byte[]> answer(String sql) {
            if (sql.equals(SETUP_QUERY)) {
                return setupResult();
            }
            String upper = sql.toUpperCase(Locale.ROOT);
            if (upper.startsWith("SET ")) {
                return set(upper);
            }
            Matcher select = SELECT_VECTORS.matcher(sql.trim());
            if (select.matches()) {
                VectorTables table = VectorTables.named(select.group(1));
                return this.extendedMetadata ? table.textResponse(this.binaryProjection) : plainJson(table);
            }
            return List.of(WirePackets.error(1064, "42000", "The emulator does not understand: " + sql));
        }

        private List<byte[]> set(String upper) {
            if (upper.contains("ENABLE_EXTENDED_TYPES_METADATA")) {
                if (SingleStoreEmulator.this.rejectExtendedTypes) {
                    return List.of(WirePackets.error(1193, "HY000",
                        "Unknown system variable 'enable_extended_types_metadata'"));
                }
                this.extendedMetadata = upper.contains("ENABLE_EXTENDED_TYPES_METADATA=ON");
                this.binaryProjection = upper.contains("VECTOR_TYPE_PROJECT_FORMAT=BINARY");
            }
            return List.of(WirePackets.ok(AUTOCOMMIT));
        }

        private List<byte[]> setupResult() {
            String[] names = SETUP_QUERY.substring("SELECT ".length()).split(", ");
            String[] values = {"104857600", "STRICT_ALL_TABLES", "SYSTEM", "UTC", ENGINE_VERSION, "1"};
            List<byte[]> packets = new ArrayList<>();
            packets.add(WirePackets.columnCount(names.length));
            for (String name : names) {
                packets.add(WirePackets.column("", name, WirePackets.UTF8MB4, 1024, WirePackets.TYPE_VAR_STRING, 0,
                    31));
            }
            packets.add(WirePackets.eof(AUTOCOMMIT));
            byte[][] fields = new byte[values.length][];
            for (int i = 0; i < values.length; i++) {
                fields[i] = utf8(values[i]);
            }
            packets.add(WirePackets.textRow(fields));
            packets.add(WirePackets.eof(AUTOCOMMIT));
            return packets;
        }

        /** Without extended metadata a VECTOR column looks like text holding the JSON array. */
        private List<byte[]> plainJson(VectorTables table) {
            List<byte[]> packets = new ArrayList<>();
            packets.add(WirePackets.columnCount(1));
            packets.add(WirePackets.column(table.table(), "a", WirePackets.UTF8MB4, 65535,
                WirePackets.TYPE_VAR_STRING, 0, 0));
            packets.add(WirePackets.eof(AUTOCOMMIT));
            for (int row = 0; row < table.rowCount(); row++) {
                packets.add(WirePackets.textRow(table.field(row, false)));
            }
            packets.add(WirePackets.eof(AUTOCOMMIT));
            return packets;
        }

        private long capabilities() {
            return SingleStoreEmulator.this.jwtUsers == null ? CAPABILITIES : CAPABILITIES | SSL;
        }

        private byte[] greeting() {
            byte[] seed = this.script.greetingSeed();
            return new WirePackets.Builder()
                .u8(10)
                .nulString(HANDSHAKE_VERSION)
                .u32(42)
                .bytes(java.util.Arrays.copyOfRange(seed, 0, 8))
                .u8(0)
                .u16((int) (capabilities() & 0xFFFF))
                .u8(WirePackets.UTF8MB4)
                .u16(AUTOCOMMIT)
                .u16((int) ((capabilities() >>> 16) & 0xFFFF))
                .u8(21)
                .zeros(10)
                .bytes(java.util.Arrays.copyOfRange(seed, 8, 20))
                .u8(0)
                .nulString(this.script.greetingPlugin())
                .build();
        }

        private void send(ChannelHandlerContext ctx, int firstSequence, List<byte[]> payloads) {
            int sequence = firstSequence;
            for (byte[] payload : payloads) {
                ByteBuf packet = ctx.alloc().buffer(4 + payload.length);
                packet.writeMediumLE(payload.length).writeByte(sequence++ & 0xFF).writeBytes(payload);
                ctx.write(packet);
            }
            ctx.flush();
        }
    }
}
