package io.wirestream.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns what the demo reads downstream into blocks of text, one per story or dead letter, each
 * printed whole. Publish writes a story's JSON and its desk routes to different topics, so a poll
 * may hand them over in any order: a story is held for {@code holdNanos} to gather its desk routes,
 * then printed with them. Not thread-safe: one printer thread owns it.
 */
final class StoryBlocks {

    /** What a block shows. */
    enum Kind { STORY, DEAD_LETTER, DESK }

    /** One block of output, printed whole. */
    record Block(Kind kind, String text) {
    }

    /** A held story (text: its JSON) or desk routes held for their story (text: its key). */
    private record Pending(String text, List<String> desks, long arrivedNanos) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final boolean fullJson;
    private final long holdNanos;
    private final Consumer<Block> print;
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    /** Desk routes that came before their story, with when the first came. */
    private final Map<String, Pending> earlyDesks = new LinkedHashMap<>();

    /**
     * @param fullJson  print each story's whole JSON instead of a summary
     * @param holdNanos how long a story waits for its desk routes
     * @param print     receives each finished block (ends with a newline)
     */
    StoryBlocks(boolean fullJson, long holdNanos, Consumer<Block> print) {
        this.fullJson = fullJson;
        this.holdNanos = holdNanos;
        this.print = print;
    }

    /** A story's JSON document, keyed as on the JSON topic. */
    void story(String key, String json, long nowNanos) {
        flush(nowNanos);
        Pending early = earlyDesks.remove(key);
        List<String> desks = early == null ? new ArrayList<>() : early.desks();
        Pending previous = pending.remove(key);
        if (previous != null) {
            print.accept(story(previous)); // an older version of the same story: it goes first
        }
        pending.put(key, new Pending(json, desks, nowNanos));
    }

    /** A desk route of the story with this key. */
    void desk(String key, String desk, long nowNanos) {
        Pending story = pending.get(key);
        if (story != null) {
            story.desks().add(desk);
        } else {
            earlyDesks.computeIfAbsent(key, k -> new Pending(k, new ArrayList<>(), nowNanos)).desks().add(desk);
        }
        flush(nowNanos);
    }

    /** A dead letter: one line, printed at once (no desk route can belong to it). */
    void deadLetter(String stage, String origin, String reason) {
        print.accept(new Block(Kind.DEAD_LETTER,
                String.format("%n✗ DEAD LETTER (%s) %s%n", stage, Texts.rejection(origin, reason))));
    }

    /** Prints the stories that have waited long enough. */
    void flush(long nowNanos) {
        for (Iterator<Pending> it = pending.values().iterator(); it.hasNext(); ) {
            Pending story = it.next();
            if (nowNanos - story.arrivedNanos() < holdNanos) {
                break; // in arrival order: the rest arrived later
            }
            it.remove();
            print.accept(story(story));
        }
        // Routes of a story printed earlier (or never seen): printed alone rather than lost.
        for (Iterator<Pending> it = earlyDesks.values().iterator(); it.hasNext(); ) {
            Pending desks = it.next();
            if (nowNanos - desks.arrivedNanos() < holdNanos) {
                break;
            }
            it.remove();
            print.accept(desks(desks.text(), desks.desks()));
        }
    }

    /** Prints everything still held, as when the demo stops. */
    void flushAll() {
        pending.values().forEach(story -> print.accept(story(story)));
        pending.clear();
        drainDesks();
    }

    private void drainDesks() {
        earlyDesks.values().forEach(desks -> print.accept(desks(desks.text(), desks.desks())));
        earlyDesks.clear();
    }

    private Block story(Pending story) {
        return new Block(Kind.STORY, render(story));
    }

    private static Block desks(String guid, List<String> desks) {
        return new Block(Kind.DESK, deskLines(guid, desks));
    }

    private static String deskLines(String guid, List<String> desks) {
        StringBuilder lines = new StringBuilder();
        desks.forEach(desk -> lines.append(String.format("  → desk %-10s %s%n", desk, Texts.cut(guid))));
        return lines.toString();
    }

    private String render(Pending story) {
        try {
            StringBuilder block = new StringBuilder();
            JsonNode node = mapper.readTree(story.text());
            if (fullJson) {
                block.append(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node)).append('\n');
            } else {
                summary(node, block);
            }
            block.append(deskLines(node.path("guid").asText(), story.desks()));
            return block.toString();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(JsonNode story, StringBuilder block) {
        block.append(String.format("%n● %s v%s  %s  [%s, %d words, %d min read]%n",
                story.path("change").asText().toUpperCase(), story.path("version").asText(),
                Texts.cut(story.path("guid").asText()), Texts.cut(story.path("language").asText("?"), 20),
                story.path("wordCount").asInt(), story.path("readingTimeMinutes").asInt()));
        block.append(String.format("  %s%n", Texts.cut(story.path("headline").asText())));
        if (story.path("pubStatus").asText().equals("canceled")) {
            block.append("  (killed: consumers must withdraw this story)\n");
        }
        Map<String, StringBuilder> byType = new LinkedHashMap<>();
        for (String type : List.of("PERSON", "ORGANIZATION", "LOCATION")) {
            byType.put(type, new StringBuilder());
        }
        for (JsonNode entity : story.path("entities")) {
            StringBuilder line = byType.computeIfAbsent(Texts.cut(entity.path("type").asText(), 40),
                    t -> new StringBuilder());
            line.append(line.isEmpty() ? "" : ", ").append(Texts.cut(entity.path("name").asText()))
                    .append(" ×").append(entity.path("mentions").size());
        }
        byType.forEach((type, names) -> {
            if (!names.isEmpty()) {
                block.append(String.format("  %-13s %s%n", type, Texts.cut(names.toString(), 4 * Texts.MAX_FIELD)));
            }
        });
        Map<String, Integer> removed = new LinkedHashMap<>();
        story.path("boilerplate").forEach(b -> removed.merge(Texts.cut(b.path("kind").asText(), 40), 1, Integer::sum));
        if (!removed.isEmpty()) {
            block.append(String.format("  boilerplate removed: %s%n", removed));
        }
    }
}
