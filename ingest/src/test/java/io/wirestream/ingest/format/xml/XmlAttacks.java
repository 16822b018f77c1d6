package io.wirestream.ingest.format.xml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hostile XML payloads, each wrapped around a root start tag and body of the format under test,
 * so that every XML format meets them through its own {@code parse}.
 */
public final class XmlAttacks {

    /** Text of a local file the XXE payloads point at; it must never appear in an article. */
    public static final String SECRET = "TOP-SECRET-XXE-MARKER";

    private XmlAttacks() {
    }

    /** A local file holding {@link #SECRET}, and a DTD beside it that defines {@code &leak;} as it. */
    public static Path secretFile(Path dir) {
        try {
            Path secret = dir.resolve("secret.txt");
            Files.writeString(secret, SECRET);
            Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY leak \"" + SECRET + "\">");
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** External general entity to a local file, used in the document text. */
    public static byte[] xxe(String root, Path secret, String inner) {
        return bytes("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + inner.replace("@TEXT@", "&xxe;"));
    }

    /** An external DTD subset (a local file defining {@code &leak;}) plus a parameter entity. */
    public static byte[] externalDtd(String root, Path secret, String inner) {
        Path dtd = secret.resolveSibling("evil.dtd");
        return bytes("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " SYSTEM \"" + dtd.toUri() + "\" [<!ENTITY % p SYSTEM \""
                + dtd.toUri() + "\"> %p;]>\n" + inner.replace("@TEXT@", "before &leak; after"));
    }

    /** Billion laughs: ten levels of ten-fold expansion. */
    public static byte[] billionLaughs(String root, String inner) {
        StringBuilder dtd = new StringBuilder("<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            String prev = "&l" + (i - 1) + ";";
            dtd.append("<!ENTITY l").append(i).append(" \"").append(prev.repeat(10)).append("\">");
        }
        return bytes("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [" + dtd + "]>\n" + inner.replace("@TEXT@", "&l10;"));
    }

    /** Quadratic blow-up: one 50 000-character entity referenced 2 000 times. */
    public static byte[] quadratic(String root, String inner) {
        return bytes("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [<!ENTITY a \"" + "x".repeat(50_000) + "\">]>\n"
                + inner.replace("@TEXT@", "&a;".repeat(2_000)));
    }

    /** Elements nested 10 000 deep inside the text position. */
    public static byte[] deepNesting(String inner) {
        return bytes("<?xml version=\"1.0\"?>\n" + inner.replace("@TEXT@", "<p>".repeat(10_000) + "deep" + "</p>".repeat(10_000)));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
