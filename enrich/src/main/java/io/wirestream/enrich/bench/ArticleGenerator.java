package io.wirestream.enrich.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates English news articles of realistic shape for benchmarks: a dateline, about
 * {@value #WORDS} words in paragraphs of three sentences, invented people, organisations and places,
 * counts, percentages and sums of money, and direct quotes with their speakers. The text is made up
 * from word lists here, not copied from anywhere; for one seed the sequence is always the same.
 *
 * <p>Not thread-safe: one generator per thread.
 */
public final class ArticleGenerator {

    /** Words per generated article body (the last sentence may go a little over). */
    public static final int WORDS = 600;

    /** One generated article. */
    public record Article(String id, String headline, String dateline, List<String> paragraphs) {

        public Article {
            paragraphs = List.copyOf(paragraphs);
        }

        /** The body as one text, paragraphs separated by a blank line. */
        public String text() {
            return String.join("\n\n", paragraphs);
        }

        /** Words in the body, split at spaces. */
        public int words() {
            return paragraphs.stream().mapToInt(p -> p.split(" ").length).sum();
        }
    }

    private static final String[] FIRST = {"Marta", "Jonas", "Elin", "Tomas", "Ivana", "Pavel", "Sara", "Omar",
        "Lena", "Hugo", "Nadia", "Piet", "Amara", "Karel", "Yusuf", "Greta"};
    private static final String[] LAST = {"Kvist", "Halvorsen", "Marek", "Okafor", "Ferri", "Lindqvist", "Duval",
        "Brandt", "Novak", "Ozturk", "Varga", "Moreau", "Adeyemi", "Castell", "Rusu", "Tanaka"};
    private static final String[] ORGS = {"Northern Grain Board", "Coastal Shipping Authority", "NORFISH",
        "Baltic Energy Group", "the Harbour Council", "Union of Dock Workers", "Radio Meridian",
        "the Ministry of Transport", "Alder Rail"};
    private static final String[] PLACES = {"Bergen", "Norway", "Rotterdam", "Poland", "Kosovo", "Lisbon", "Canada",
        "Nairobi", "Serbia", "Texas", "Gdansk", "Valencia"};
    private static final String[] CITIES = {"BERGEN", "ROTTERDAM", "LISBON", "NAIROBI", "GDANSK", "VALENCIA"};
    private static final String[] MONTHS = {"March", "April", "May", "June"};
    private static final String[] VERBS = {"said", "told reporters", "announced", "warned", "confirmed",
        "denied", "added"};
    private static final String[] NOUNS = {"workers", "ships", "containers", "passengers", "tonnes of grain",
        "households", "jobs"};
    private static final String[] FILLER = {"the", "talks", "on", "new", "rules", "for", "ports", "would", "take",
        "effect", "next", "year", "after", "a", "vote", "in", "parliament", "and", "prices", "rose", "over", "month",
        "while", "officials", "expect", "more", "delays", "at", "border", "crossings", "during", "winter"};
    private static final String[] QUOTED = {"we will not accept", "delays", "this is", "a fair deal", "for everyone",
        "the port", "needs", "investment", "now", "and", "our members", "are", "ready", "to", "talk"};
    private static final String[] TOPICS = {"port strike", "grain prices", "rail link", "ferry timetable",
        "energy deal", "harbour repairs"};

    private final Random random;
    private final String idPrefix;
    private int next;

    /**
     * @param seed     seed of the word choices
     * @param idPrefix prefix of the article ids ({@code <idPrefix><n>}, n counting from 0), not null
     */
    public ArticleGenerator(long seed, String idPrefix) {
        this.random = new Random(seed);
        this.idPrefix = java.util.Objects.requireNonNull(idPrefix, "idPrefix");
    }

    /** The next article, with an id no earlier article of this generator had. */
    public Article next() {
        int n = next++;
        String city = pick(CITIES);
        String dateline = city + ", " + pick(MONTHS) + " " + (1 + random.nextInt(28)) + " (Bench Wire) -";
        List<String> paragraphs = paragraphs(dateline);
        String headline = capitalise(pick(ORGS).replace("the ", "")) + " " + pick(VERBS).split(" ")[0] + " on "
                + pick(TOPICS) + " in " + pick(PLACES) + " (" + n + ")";
        return new Article(idPrefix + n, headline, dateline, paragraphs);
    }

    /** An article body of about {@value #WORDS} words in paragraphs of three sentences, without a dateline. */
    public List<String> body() {
        return paragraphs(null);
    }

    private List<String> paragraphs(String dateline) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder p = new StringBuilder(dateline == null ? "" : dateline);
        int words = 0;
        int sentences = 0;
        while (words < WORDS) {
            String s = sentence();
            words += s.split(" ").length;
            p.append(p.isEmpty() ? "" : " ").append(s);
            if (++sentences % 3 == 0) {
                paragraphs.add(p.toString());
                p.setLength(0);
            }
        }
        if (!p.isEmpty()) {
            paragraphs.add(p.toString());
        }
        return paragraphs;
    }

    private String sentence() {
        StringBuilder s = new StringBuilder();
        String person = pick(FIRST) + " " + pick(LAST);
        switch (random.nextInt(5)) {
            case 0 -> s.append(person).append(", a spokesman for ").append(pick(ORGS)).append(", ").append(pick(VERBS));
            case 1 -> s.append("In ").append(pick(PLACES)).append(", ").append(pick(ORGS)).append(' ').append(pick(VERBS));
            case 2 -> s.append(pick(LAST)).append(' ').append(pick(VERBS)).append(" that ").append(pick(PLACES));
            case 3 -> {
                // A direct quote with its speaker after it, as wire copy writes them.
                s.append('"').append(capitalise(words(QUOTED, 6 + random.nextInt(6)))).append(",\" ")
                        .append(person).append(" said.");
                return s.toString();
            }
            default -> s.append(capitalise(pick(ORGS))).append(" said ").append(number()).append(' ')
                    .append(pick(NOUNS)).append(" were affected, costs reached $").append(1 + random.nextInt(9))
                    .append('.').append(random.nextInt(10)).append(" million and fares rose by ")
                    .append(random.nextInt(20)).append('.').append(random.nextInt(10)).append(" percent");
        }
        s.append(' ').append(words(FILLER, 8 + random.nextInt(10))).append('.');
        return s.toString();
    }

    private String number() {
        return random.nextBoolean() ? Integer.toString(10 + random.nextInt(990))
                : String.format(Locale.ROOT, "%,d", 1_000 + random.nextInt(99_000));
    }

    private String words(String[] from, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : " ").append(pick(from));
        }
        return s.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }
}
