package io.cutroom.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 over a sequence of strings, each framed by its length so that no two sequences collide by concatenation. */
final class Fingerprint {

    private final MessageDigest digest;

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    Fingerprint add(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
        return this;
    }

    /** The first 32 hex digits (128 bits): plenty for a cache key, short enough for a folder name. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    }

    static String of(String value) {
        return new Fingerprint().add(value).hex();
    }
}
