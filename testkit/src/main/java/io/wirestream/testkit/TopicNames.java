package io.wirestream.testkit;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.junit.jupiter.api.TestInfo;

/**
 * Unique, legal Kafka names (topics, consumer groups, transactional ids) for tests that share one
 * broker.
 *
 * <p>A name is {@code <TestClass>.<testMethod>.<n>-<run>} where {@code n} counts names made in this
 * JVM and {@code run} is random per JVM, so names differ between tests, between calls in one test and
 * between runs against the same external cluster. Names use only letters, digits, {@code .} and
 * {@code -} (no {@code _}: Kafka warns that {@code .} and {@code _} collide in metric names) and are
 * at most {@link #MAX_LENGTH} characters; the class and method part is shortened, never the unique part.
 *
 * <p>Thread-safe.
 */
public final class TopicNames {

    /** Upper bound on a generated name; Kafka allows 249, but names end up in file and metric names. */
    public static final int MAX_LENGTH = 120;

    private static final int MAX_ROLE_LENGTH = 32;
    private static final Pattern ILLEGAL = Pattern.compile("[^A-Za-z0-9.-]+");
    private static final Pattern REPEATED_SEPARATORS = Pattern.compile("([.-])[.-]+");
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final String RUN = randomToken(6);

    private TopicNames() {
    }

    /** Returns a new unique name derived from the test's class and method. */
    public static String unique(TestInfo testInfo) {
        return unique(base(testInfo), "");
    }

    /**
     * Returns a new unique name derived from the test's class and method, ending in {@code role}, for a
     * test that needs several names (e.g. {@code "input"}, {@code "output"}, {@code "group"}).
     */
    public static String unique(TestInfo testInfo, String role) {
        return unique(base(testInfo), role);
    }

    /** Returns a new unique name starting with {@code prefix} (sanitized), for code outside JUnit. */
    public static String unique(String prefix) {
        return unique(prefix, "");
    }

    private static String unique(String base, String role) {
        Objects.requireNonNull(role, "role");
        String suffix = "." + COUNTER.incrementAndGet() + "-" + RUN;
        String cleanRole = sanitize(role);
        if (cleanRole.length() > MAX_ROLE_LENGTH) {
            cleanRole = trimSeparators(cleanRole.substring(0, MAX_ROLE_LENGTH));
        }
        if (!cleanRole.isEmpty()) {
            suffix += "." + cleanRole;
        }
        String cleanBase = sanitize(base);
        if (cleanBase.isEmpty()) {
            cleanBase = "test";
        }
        int room = MAX_LENGTH - suffix.length();
        if (cleanBase.length() > room) {
            cleanBase = trimSeparators(cleanBase.substring(0, room));
        }
        return cleanBase + suffix;
    }

    private static String base(TestInfo testInfo) {
        Objects.requireNonNull(testInfo, "testInfo");
        String className = testInfo.getTestClass().map(Class::getSimpleName).orElse("");
        String methodName = testInfo.getTestMethod().map(m -> m.getName()).orElse(testInfo.getDisplayName());
        return className.isEmpty() ? methodName : className + "." + methodName;
    }

    static String sanitize(String raw) {
        String replaced = ILLEGAL.matcher(raw).replaceAll("-");
        String collapsed = REPEATED_SEPARATORS.matcher(replaced).replaceAll("$1");
        return trimSeparators(collapsed);
    }

    private static String trimSeparators(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSeparator(s.charAt(start))) {
            start++;
        }
        while (end > start && isSeparator(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '-';
    }

    private static String randomToken(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(Character.forDigit(random.nextInt(36), 36));
        }
        return token.toString().toLowerCase(Locale.ROOT);
    }
}
