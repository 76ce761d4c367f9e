/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;

import javax.net.ssl.KeyManagerFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static dev.s2r.driver.test.WirePackets.AUTOCOMMIT;

/**
 * The JWT side of {@link SingleStoreEmulator}: a TLS identity (a self-signed key pair made by the JDK's
 * {@code keytool} for the test) and the tokens that log in, following the documented exchange of SingleStore's
 * {@code authentication_jwt} users: the JWT arrives in clear text through {@code mysql_clear_password} over TLS; an
 * expired token is refused with error 2628. Every login attempt is recorded.
 */
public final class JwtUsers {

    /** Error 2628, SingleStore's answer to an expired token. */
    public static final int JWT_EXPIRED = 2628;

    private final SslContext sslContext;
    private final List<String> validTokens;
    private final String expiredToken;
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();

    private JwtUsers(SslContext sslContext, List<String> validTokens, String expiredToken) {
        this.sslContext = sslContext;
        this.validTokens = validTokens;
        this.expiredToken = expiredToken;
    }

    /** The TLS identity, made once per test JVM: {@code keytool} takes seconds. */
    private static SslContext identity;

    /**
     * @param directory    where the key store is written (the first time only: the identity is then reused)
     * @param expiredToken the token refused as expired
     * @param validTokens  the tokens that log in
     * @return the users
     */
    public static JwtUsers create(Path directory, String expiredToken, String... validTokens) {
        return new JwtUsers(serverContext(directory), List.of(validTokens), expiredToken);
    }

    /** @return every login attempt so far, in order */
    public List<Attempt> attempts() {
        return List.copyOf(this.attempts);
    }

    Login newLogin(PacketSender sender) {
        return new Login(sender);
    }

    /** @return the first handler of a connection's pipeline: it turns TLS on after an SSLRequest */
    ChannelHandler startTls() {
        return new StartTls();
    }

    private static synchronized SslContext serverContext(Path directory) {
        if (identity == null) {
            identity = newServerContext(directory);
        }
        return identity;
    }

    private static SslContext newServerContext(Path directory) {
        try {
            Path store = Files.createTempFile(directory, "emulator", ".p12");
            Files.delete(store);
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "emulator", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
            byte[] output = keytool.getInputStream().readAllBytes();
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + new String(output, StandardCharsets.UTF_8));
            }
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, "changeit".toCharArray());
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, "changeit".toCharArray());
            return SslContextBuilder.forServer(keys).build();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the emulator's TLS identity", e);
        }
    }

    /** What one login attempt sent. */
    public static final class Attempt {

        private final String user;
        private final boolean tls;
        private final String firstPlugin;
        private final boolean switched;
        private final String token;

        Attempt(String user, boolean tls, String firstPlugin, boolean switched, String token) {
            this.user = user;
            this.tls = tls;
            this.firstPlugin = firstPlugin;
            this.switched = switched;
            this.token = token;
        }

        /** @return the user name of the handshake response */
        public String user() {
            return this.user;
        }

        /** @return whether the token travelled over TLS */
        public boolean tls() {
            return this.tls;
        }

        /** @return the plugin named in the handshake response */
        public String firstPlugin() {
            return this.firstPlugin;
        }

        /** @return whether the emulator had to switch the client to {@code mysql_clear_password} */
        public boolean switched() {
            return this.switched;
        }

        /** @return the clear-text token received */
        public String token() {
            return this.token;
        }
    }

    /**
     * Sits in front of the packet framer until the client's first packet has arrived: when that is an SSLRequest
     * (a 32-byte payload) it is consumed and a server-side {@link SslHandler} takes this handler's place, so that bytes
     * of the TLS handshake read together with the SSLRequest go to TLS, not to the framer.
     */
    private final class StartTls extends ByteToMessageDecoder {

        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
            if (in.readableBytes() < 4) {
                return;
            }
            int length = in.getUnsignedMediumLE(in.readerIndex());
            if (length == 32) {
                if (in.readableBytes() < 36) {
                    return;
                }
                in.skipBytes(36);
                ctx.pipeline().addAfter(ctx.name(), "tls", JwtUsers.this.sslContext.newHandler(ctx.alloc()));
            }
            ctx.pipeline().remove(this);
        }
    }

    /** Writes packets with consecutive sequence ids. */
    interface PacketSender {
        void send(ChannelHandlerContext ctx, int firstSequence, List<byte[]> payloads);
    }

    /** The login of one connection: SSLRequest, handshake response, optional auth switch, verdict. */
    final class Login {

        private static final long CONNECT_WITH_DB = 1L << 3;
        private static final long PLUGIN_AUTH_LENENC_CLIENT_DATA = 1L << 21;

        private final PacketSender sender;
        private String user;
        private String firstPlugin;

        Login(PacketSender sender) {
            this.sender = sender;
        }

        /** @return whether the client is now logged in */
        boolean onPacket(ChannelHandlerContext ctx, int sequence, ByteBuf payload) {
            if (this.user == null) {
                byte[] auth = readHandshakeResponse(payload);
                if (!"mysql_clear_password".equals(this.firstPlugin)) {
                    byte[] switchRequest = ("\u00FEmysql_clear_password\0").getBytes(StandardCharsets.ISO_8859_1);
                    this.sender.send(ctx, sequence + 1, List.of(switchRequest));
                    return false;
                }
                return verdict(ctx, sequence, auth, false);
            }
            byte[] auth = new byte[payload.readableBytes()];
            payload.readBytes(auth);
            return verdict(ctx, sequence, auth, true);
        }

        private byte[] readHandshakeResponse(ByteBuf payload) {
            long capabilities = payload.readUnsignedIntLE();
            payload.skipBytes(4 + 1 + 23);
            this.user = nulString(payload);
            int length = (capabilities & PLUGIN_AUTH_LENENC_CLIENT_DATA) != 0 ? lengthEncoded(payload)
                : payload.readUnsignedByte();
            byte[] auth = new byte[length];
            payload.readBytes(auth);
            if ((capabilities & CONNECT_WITH_DB) != 0) {
                nulString(payload);
            }
            this.firstPlugin = nulString(payload);
            return auth;
        }

        private int lengthEncoded(ByteBuf payload) {
            int first = payload.readUnsignedByte();
            switch (first) {
                case 0xFC:
                    return payload.readUnsignedShortLE();
                case 0xFD:
                    return payload.readUnsignedMediumLE();
                case 0xFE:
                    return Math.toIntExact(payload.readLongLE());
                default:
                    return first;
            }
        }

        private boolean verdict(ChannelHandlerContext ctx, int sequence, byte[] auth, boolean switched) {
            int end = auth.length > 0 && auth[auth.length - 1] == 0 ? auth.length - 1 : auth.length;
            String token = new String(Arrays.copyOf(auth, end), StandardCharsets.UTF_8);
            boolean tls = ctx.pipeline().get(SslHandler.class) != null;
            JwtUsers.this.attempts.add(new Attempt(this.user, tls, this.firstPlugin, switched, token));
            List<byte[]> answer = new ArrayList<>();
            boolean ok = tls && JwtUsers.this.validTokens.contains(token);
            if (ok) {
                answer.add(WirePackets.ok(AUTOCOMMIT));
            } else if (token.equals(JwtUsers.this.expiredToken)) {
                answer.add(WirePackets.error(JWT_EXPIRED, "28000", "JWT is expired"));
            } else {
                answer.add(WirePackets.error(1045, "28000", "Access denied for user '" + this.user + "'"));
            }
            this.sender.send(ctx, sequence + 1, answer);
            return ok;
        }

        private String nulString(ByteBuf payload) {
            int nul = payload.indexOf(payload.readerIndex(), payload.writerIndex(), (byte) 0);
            String text = payload.toString(payload.readerIndex(), nul - payload.readerIndex(), StandardCharsets.UTF_8);
            payload.readerIndex(nul + 1);
            return text;
        }
    }
}
