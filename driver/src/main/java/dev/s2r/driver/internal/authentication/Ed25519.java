/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.authentication;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Ed25519 signatures (RFC 8032) whose secret is any byte string: the 64-byte hash {@code SHA-512(secret)} gives the
 * clamped scalar and the nonce prefix, as MariaDB's {@code ed25519} plugin does with the password (the JDK's Ed25519
 * only accepts a 32-byte seed as the secret). The arithmetic uses {@link BigInteger} and extended twisted Edwards
 * coordinates: clear rather than fast or constant-time, which is acceptable for one signature per login (about a
 * millisecond).
 */
final class Ed25519 {

    /** The field prime 2^255 - 19. */
    private static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));
    /** The order of the base point, 2^252 + 27742317777372353535851937790883648493. */
    static final BigInteger L = BigInteger.ONE.shiftLeft(252)
        .add(new BigInteger("27742317777372353535851937790883648493"));
    /** The curve constant d = -121665 / 121666. */
    private static final BigInteger D = BigInteger.valueOf(-121665)
        .multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    private static final BigInteger TWO_D = D.shiftLeft(1).mod(P);
    /** The base point B: y = 4/5, x even. */
    private static final BigInteger BASE_Y = BigInteger.valueOf(4).multiply(BigInteger.valueOf(5).modInverse(P)).mod(P);
    private static final Point BASE = Point.fromAffine(recoverX(BASE_Y), BASE_Y);

    private Ed25519() {
    }

    /**
     * @param secret the secret (MariaDB: the password's bytes)
     * @return the 32-byte encoded public key {@code A = a*B}
     */
    static byte[] publicKey(byte[] secret) {
        byte[] h = sha512(secret);
        try {
            return BASE.multiply(clampedScalar(h)).encode();
        } finally {
            Arrays.fill(h, (byte) 0);
        }
    }

    /**
     * @param secret  the secret (MariaDB: the password's bytes)
     * @param message the message to sign (MariaDB: the server's 32-byte nonce)
     * @return the 64-byte signature {@code R || S}
     */
    static byte[] sign(byte[] secret, byte[] message) {
        byte[] h = sha512(secret);
        try {
            BigInteger a = clampedScalar(h);
            byte[] publicKey = BASE.multiply(a).encode();
            BigInteger r = reduced(sha512(Arrays.copyOfRange(h, 32, 64), message));
            byte[] encodedR = BASE.multiply(r).encode();
            BigInteger k = reduced(sha512(encodedR, publicKey, message));
            BigInteger s = r.add(k.multiply(a)).mod(L);
            byte[] signature = Arrays.copyOf(encodedR, 64);
            System.arraycopy(littleEndian(s), 0, signature, 32, 32);
            return signature;
        } finally {
            Arrays.fill(h, (byte) 0);
        }
    }

    /** The first half of the hash with bits 0-2 and 255 cleared and bit 254 set, read little-endian. */
    private static BigInteger clampedScalar(byte[] h) {
        byte[] scalar = Arrays.copyOf(h, 32);
        scalar[0] &= (byte) 0xF8;
        scalar[31] &= 0x7F;
        scalar[31] |= 0x40;
        BigInteger value = fromLittleEndian(scalar);
        Arrays.fill(scalar, (byte) 0);
        return value;
    }

    private static BigInteger reduced(byte[] hash) {
        return fromLittleEndian(hash).mod(L);
    }

    private static byte[] sha512(byte[]... parts) {
        MessageDigest digest = Scramble.digest("SHA-512");
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    private static BigInteger fromLittleEndian(byte[] bytes) {
        byte[] bigEndian = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            bigEndian[i] = bytes[bytes.length - 1 - i];
        }
        return new BigInteger(1, bigEndian);
    }

    /** @return the 32-byte little-endian encoding of a value below 2^256 */
    private static byte[] littleEndian(BigInteger value) {
        byte[] bigEndian = value.toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < Math.min(32, bigEndian.length); i++) {
            out[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return out;
    }

    /** The even x of the curve point with this y: x^2 = (y^2 - 1) / (d y^2 + 1). */
    private static BigInteger recoverX(BigInteger y) {
        BigInteger y2 = y.multiply(y);
        BigInteger x2 = y2.subtract(BigInteger.ONE).multiply(D.multiply(y2).add(BigInteger.ONE).modInverse(P)).mod(P);
        BigInteger x = x2.modPow(P.add(BigInteger.valueOf(3)).shiftRight(3), P);
        if (!x.multiply(x).subtract(x2).mod(P).equals(BigInteger.ZERO)) {
            BigInteger sqrtMinusOne = BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P);
            x = x.multiply(sqrtMinusOne).mod(P);
        }
        return x.testBit(0) ? P.subtract(x) : x;
    }

    /**
     * A point in extended coordinates: x = X/Z, y = Y/Z, x*y = T/Z.
     */
    private record Point(BigInteger x, BigInteger y, BigInteger z, BigInteger t) {

        static final Point NEUTRAL = new Point(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO);

        static Point fromAffine(BigInteger x, BigInteger y) {
            return new Point(x, y, BigInteger.ONE, x.multiply(y).mod(P));
        }

        /** The unified addition of RFC 8032, section 5.1.4 (also valid for doubling). */
        Point add(Point q) {
            BigInteger a = this.y.subtract(this.x).multiply(q.y.subtract(q.x)).mod(P);
            BigInteger b = this.y.add(this.x).multiply(q.y.add(q.x)).mod(P);
            BigInteger c = this.t.multiply(TWO_D).multiply(q.t).mod(P);
            BigInteger d = this.z.shiftLeft(1).multiply(q.z).mod(P);
            BigInteger e = b.subtract(a);
            BigInteger f = d.subtract(c);
            BigInteger g = d.add(c);
            BigInteger h = b.add(a);
            return new Point(e.multiply(f).mod(P), g.multiply(h).mod(P), f.multiply(g).mod(P), e.multiply(h).mod(P));
        }

        /** Double-and-add from the most significant bit. */
        Point multiply(BigInteger scalar) {
            Point result = NEUTRAL;
            for (int bit = scalar.bitLength() - 1; bit >= 0; bit--) {
                result = result.add(result);
                if (scalar.testBit(bit)) {
                    result = result.add(this);
                }
            }
            return result;
        }

        /** The 32-byte encoding: y little-endian, the top bit holding the parity of x. */
        byte[] encode() {
            BigInteger inverse = this.z.modInverse(P);
            BigInteger affineX = this.x.multiply(inverse).mod(P);
            byte[] out = littleEndian(this.y.multiply(inverse).mod(P));
            if (affineX.testBit(0)) {
                out[31] |= (byte) 0x80;
            }
            return out;
        }
    }
}
