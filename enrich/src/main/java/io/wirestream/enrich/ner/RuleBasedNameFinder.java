package io.wirestream.enrich.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A rule-based {@link TokenNameFinder} for PERSON, ORGANIZATION and LOCATION in English news text. It uses only
 * general evidence: token shape, closed word lists ({@code NameLexicon}), titles and context cues, and the
 * {@link PlaceGazetteer}; it holds no names of people or organisations.
 *
 * <p>Pass 1, per sentence:
 * <ol>
 *   <li>Chunks are maximal runs of capitalised tokens, joined over up to two lower-case connectors or particles
 *       ("Bosnia and Herzegovina", "Institute for Humanities", "Charles de Gaulle").</li>
 *   <li>Chunks split at function words ("The", "Even", "On"; modal verbs only at the start of a sentence) and at
 *       months and weekdays, unless the gazetteer has the longer name ("The Hague").</li>
 *   <li>A title ("President", "Secretary General", "Prime Minister", "Mr.") splits a chunk: what precedes it is
 *       classified on its own ("US" in "US President Donald Trump"), what follows is a PERSON; "Secretary of
 *       Defense Pete Hegseth" gives a person of the last two tokens, "Secretary General of the North Atlantic
 *       Treaty Organization" an organisation.</li>
 *   <li>A piece is then, in order: a LOCATION if the gazetteer lists exactly it (nothing if it is a demonym);
 *       an ORGANIZATION if it contains an organisation cue word ("Institute", "Union", "Radio", "Force") and is
 *       more than the cue word; nothing if it contains an event/law cue ("Agreement", "Article"); split further at
 *       demonyms and unlicensed connectors ("Russia and Ukraine"); an ORGANIZATION if it is one all-caps token
 *       ("NATO", "KFOR"); a PERSON if a context cue says so ("X said", ", a researcher", ", 45,", ", who") or if it
 *       is two or three capitalised words none of which is a country, region or demonym; else unknown.
 *       Also: "X and the Y" / "X and ACRONYM" are two names; a bare cue word after "the" is an organisation
 *       ("the Senate"); a sequence ending in a landmark or geographic word is a LOCATION ("Wall Street",
 *       "Atlantic Ocean"); two or three words ending in a city name (and not starting with a place) are an
 *       ORGANIZATION, the pattern of clubs and companies ("Ajax Amsterdam").</li>
 *   <li>All-caps sentences (headlines) only get gazetteer places.</li>
 * </ol>
 * Pass 2, over the document: an unknown single word (or a weak city match) that is the last word of a person
 * found elsewhere becomes that PERSON ("Rutte" after "Mark Rutte"); an unknown piece equal to a typed name, or to
 * the last two or more words of an organisation ("Free Europe" of "Radio Free Europe"), takes its type; an unknown
 * multi-word piece whose acronym occurs in the document is an ORGANIZATION. Remaining unknown multi-word pieces
 * keep only their country/region/capital sub-names; remaining unknown single words are dropped (so sentence-initial
 * capitalised words are names only if known or cued).
 *
 * <p>Immutable and thread-safe: all state of a call is local to it.
 */
public final class RuleBasedNameFinder implements TokenNameFinder {

    private static final int MAX_PERSON_TOKENS = 4;
    private static final int MAX_ACRONYM_LETTERS = 7;
    private static final double HEADLINE_CAPS_RATIO = 0.6;
    private static final int HEADLINE_MIN_WORDS = 3;

    private final PlaceGazetteer gazetteer;

    /**
     * @param gazetteer places used for LOCATION and to rule out person readings; not null
     */
    public RuleBasedNameFinder(PlaceGazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    @Override
    public List<List<TokenSpan>> find(List<List<Token>> sentences) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> allCapsTokens = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            if (tokens.isEmpty()) {
                continue;
            }
            Sentence sentence = new Sentence(s, tokens);
            for (Token t : tokens) {
                if (t.shape() == TokenShape.ALL_CAPS) {
                    allCapsTokens.add(t.text().replace(".", ""));
                }
            }
            if (sentence.isHeadline()) {
                headline(sentence, candidates);
            } else {
                for (int[] chunk : chunks(sentence)) {
                    processChunk(sentence, chunk[0], chunk[1], candidates);
                }
            }
        }
        resolve(candidates, allCapsTokens);

        List<List<TokenSpan>> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            out.add(new ArrayList<>());
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.sentence.index).thenComparingInt(c -> c.start)
                .thenComparingInt(c -> -c.end));
        int[] lastEnd = new int[sentences.size()];
        for (Candidate c : candidates) {
            if (c.type == null || c.start < lastEnd[c.sentence.index]) {
                continue;
            }
            out.get(c.sentence.index).add(new TokenSpan(c.type, c.start, c.end));
            lastEnd[c.sentence.index] = c.end;
        }
        out.replaceAll(List::copyOf);
        return List.copyOf(out);
    }

    // --- pass 1 ---------------------------------------------------------------------------------------------

    private static List<int[]> chunks(Sentence s) {
        List<int[]> out = new ArrayList<>();
        int n = s.size();
        int i = 0;
        while (i < n) {
            if (!s.isNameToken(i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n) {
                if (s.isNameToken(end)) {
                    end++;
                    continue;
                }
                int k = end;
                while (k < n && k - end < 2 && s.isConnector(k)) {
                    k++;
                }
                if (k > end && k < n && s.isNameToken(k)) {
                    end = k + 1;
                    continue;
                }
                break;
            }
            out.add(new int[] {i, end});
            i = end;
        }
        return out;
    }

    private void processChunk(Sentence s, int a, int b, List<Candidate> out) {
        int pieceStart = a;
        int i = a;
        while (i < b) {
            if (s.isBreaker(i)) {
                Optional<PlaceGazetteer.Match> longer = gazetteer.longestMatch(s.tokens, i, b, false);
                if (longer.isPresent() && longer.get().end() - i >= 2) {
                    i = longer.get().end(); // "The Hague": the gazetteer knows the longer name
                    continue;
                }
                if (pieceStart < i) {
                    processPiece(s, pieceStart, i, out);
                }
                pieceStart = i + 1;
            }
            i++;
        }
        if (pieceStart < b) {
            processPiece(s, pieceStart, b, out);
        }
    }

    private void processPiece(Sentence s, int a, int b, List<Candidate> out) {
        int[] span = trimConnectors(s, a, b);
        if (span == null) {
            return;
        }
        a = span[0];
        b = span[1];
        if (gazetteer.exactMatch(s.tokens, a, b, false).isPresent()) {
            classify(s, a, b, out);
            return;
        }
        int titleStart = -1;
        int titleEnd = -1;
        for (int i = a; i < b; i++) {
            if (NameLexicon.in(NameLexicon.TITLES, s.text(i))) {
                titleEnd = i + 1;
                while (titleEnd < b && NameLexicon.in(NameLexicon.TITLES, s.text(titleEnd))) {
                    titleEnd++;
                }
                titleStart = i;
                while (titleStart > a && NameLexicon.in(NameLexicon.TITLE_MODIFIERS, s.text(titleStart - 1))) {
                    titleStart--;
                }
                break;
            }
        }
        if (titleStart < 0) {
            classify(s, a, b, out);
            return;
        }
        int r = titleEnd;
        if (r < b && !s.isConnector(r) && hasCue(s, r, b, NameLexicon.ORG_CUES)) {
            classify(s, a, b, out); // "UN General Assembly", "Major League Baseball": the title word is in a name
            return;
        }
        if (titleStart > a) {
            classify(s, a, titleStart, out);
        }
        if (r >= b) {
            return; // a title on its own
        }
        if (s.isConnector(r)) {
            // "Secretary of Defense Pete Hegseth", "Secretary General of the North Atlantic Treaty Organization"
            int k = r;
            while (k < b && s.isConnector(k)) {
                k++;
            }
            if (b - k <= 2 || hasCue(s, k, b, NameLexicon.ORG_CUES)
                    || gazetteer.exactMatch(s.tokens, k, b, false).isPresent() || s.isConnector(b - 2)) {
                classify(s, k, b, out);
            } else {
                classify(s, k, b - 2, out);
                out.add(new Candidate(s, b - 2, b, EntityType.PERSON, Evidence.TITLE));
            }
            return;
        }
        Optional<PlaceKind> placeAfterTitle = gazetteer.exactMatch(s.tokens, r, b, false);
        if (hasCue(s, r, b, NameLexicon.ORG_CUES) || placeAfterTitle.isPresent() && placeAfterTitle.get().blocksPerson()
                || nameTokens(s, r, b) > MAX_PERSON_TOKENS || hasPhraseConnector(s, r, b)
                || (b - r == 1 && isAcronym(s, r))) {
            classify(s, r, b, out);
        } else {
            out.add(new Candidate(s, r, b, EntityType.PERSON, Evidence.TITLE));
        }
    }

    /** The span without connector words at its edges ("and", "of"), or null if nothing is left. */
    private static int[] trimConnectors(Sentence s, int a, int b) {
        while (a < b && s.isConnector(a)) {
            a++;
        }
        while (b > a && s.isConnector(b - 1)) {
            b--;
        }
        return a < b ? new int[] {a, b} : null;
    }

    private void classify(Sentence s, int a, int b, List<Candidate> out) {
        int[] span = trimConnectors(s, a, b);
        if (span == null) {
            return;
        }
        a = span[0];
        b = span[1];
        boolean single = b - a == 1;
        Optional<PlaceKind> place = gazetteer.exactMatch(s.tokens, a, b, false);
        if (place.isPresent()) {
            PlaceKind kind = place.get();
            if (!kind.isPlace()) {
                out.add(new Candidate(s, a, b, null, Evidence.NONE));
            } else if (single && !kind.blocksPerson() && kind != PlaceKind.CAPITAL && speakerCue(s, a, b)) {
                out.add(new Candidate(s, a, b, EntityType.PERSON, Evidence.CUE)); // "Jackson said"
            } else {
                boolean weak = kind == PlaceKind.CITY || kind == PlaceKind.ADMIN;
                out.add(new Candidate(s, a, b, EntityType.LOCATION, weak ? Evidence.WEAK_PLACE : Evidence.PLACE));
            }
            return;
        }
        int split = coordination(s, a, b);
        if (split >= 0) {
            classify(s, a, split, out); // "the European Union and NATO", "Russia and the United States"
            classify(s, split + 1, b, out);
            return;
        }
        if (hasCue(s, a, b, NameLexicon.ORG_CUES)) {
            // A bare cue word is an organisation only as "the Senate", not as "Council" on its own.
            boolean bareCue = single && s.shape(a) != TokenShape.ALL_CAPS && !(a > 0 && s.text(a - 1).equals("the"));
            out.add(bareCue ? new Candidate(s, a, b, null, Evidence.NONE)
                    : new Candidate(s, a, b, EntityType.ORGANIZATION, Evidence.CUE));
            return;
        }
        if (!single && (NameLexicon.in(NameLexicon.LOCATION_CUES, s.text(b - 1))
                || NameLexicon.in(NameLexicon.REGION_PREFIXES, s.text(a)))) {
            // "Wall Street", "Atlantic Ocean"; "Western Balkans", "Central Asia"
            out.add(new Candidate(s, a, b, EntityType.LOCATION, Evidence.CUE));
            return;
        }
        if (hasCue(s, a, b, NameLexicon.MISC_CUES)) {
            out.add(new Candidate(s, a, b, null, Evidence.NONE));
            return;
        }
        List<int[]> atoms = atomize(s, a, b);
        if (atoms.size() != 1 || atoms.get(0)[0] != a || atoms.get(0)[1] != b) {
            for (int[] atom : atoms) {
                classify(s, atom[0], atom[1], out);
            }
            return;
        }
        if (single) {
            if (isAcronym(s, a)) {
                out.add(new Candidate(s, a, b, EntityType.ORGANIZATION, Evidence.ACRONYM));
            } else if (personCue(s, a, b)) {
                out.add(new Candidate(s, a, b, EntityType.PERSON, Evidence.CUE));
            } else {
                out.add(new Candidate(s, a, b, null, Evidence.UNKNOWN));
            }
            return;
        }
        int names = nameTokens(s, a, b);
        boolean blocked = false;
        boolean allCaps = false;
        for (int i = a; i < b; i++) {
            Optional<PlaceKind> k = gazetteer.exactMatch(s.tokens, i, i + 1, false);
            blocked |= k.isPresent() && k.get().blocksPerson();
            allCaps |= s.shape(i) == TokenShape.ALL_CAPS;
        }
        if (!blocked && names <= MAX_PERSON_TOKENS && personCue(s, a, b)) {
            out.add(new Candidate(s, a, b, EntityType.PERSON, Evidence.CUE));
        } else if (!blocked && !allCaps && names >= 2 && names <= 3 && endsWithCity(s, a, b)) {
            out.add(new Candidate(s, a, b, EntityType.ORGANIZATION, Evidence.SHAPE)); // "Ajax Amsterdam"
        } else if (!blocked && !allCaps && names >= 2 && names <= 3) {
            out.add(new Candidate(s, a, b, EntityType.PERSON, Evidence.SHAPE));
        } else {
            out.add(new Candidate(s, a, b, null, Evidence.UNKNOWN));
        }
    }

    /** "Name City" where only the last word is a city: a club or company rather than a person. */
    private boolean endsWithCity(Sentence s, int a, int b) {
        Optional<PlaceKind> last = gazetteer.exactMatch(s.tokens, b - 1, b, false);
        Optional<PlaceKind> first = gazetteer.exactMatch(s.tokens, a, a + 1, false);
        return last.isPresent() && (last.get() == PlaceKind.CITY || last.get() == PlaceKind.CAPITAL) && first.isEmpty();
    }

    /**
     * The index of an "and" that joins two separate names: one followed by "the" or by an acronym, unless the
     * gazetteer knows a name across it ("Saint Vincent and the Grenadines"). -1 if there is none.
     */
    private int coordination(Sentence s, int a, int b) {
        for (int i = a + 1; i < b - 1; i++) {
            if (!(s.text(i).equals("and") || s.text(i).equals("&")) || s.shape(i + 1) == TokenShape.CAPITALIZED) {
                continue;
            }
            boolean separate = s.text(i + 1).equals("the") || s.shape(i + 1) == TokenShape.ALL_CAPS;
            if (separate && !spannedByPlace(s, a, i, b)) {
                return i;
            }
        }
        return -1;
    }

    private boolean spannedByPlace(Sentence s, int a, int at, int b) {
        for (int i = a; i < at; i++) {
            Optional<PlaceGazetteer.Match> m = gazetteer.longestMatch(s.tokens, i, b, false);
            if (m.isPresent() && m.get().end() > at) {
                return true;
            }
        }
        return false;
    }

    /** Splits at phrase connectors and demonyms, keeping multi-word gazetteer names whole. */
    private List<int[]> atomize(Sentence s, int a, int b) {
        List<int[]> atoms = new ArrayList<>();
        int run = -1;
        int i = a;
        while (i < b) {
            if (s.isPhraseConnector(i)) {
                run = close(atoms, run, i);
                i++;
                continue;
            }
            Optional<PlaceGazetteer.Match> m = gazetteer.longestMatch(s.tokens, i, b, false);
            if (m.isPresent() && (m.get().end() - i >= 2 || m.get().kind() == PlaceKind.DEMONYM)
                    && !(m.get().start() == a && m.get().end() == b)) {
                run = close(atoms, run, i);
                atoms.add(new int[] {i, m.get().end()});
                i = m.get().end();
                continue;
            }
            if (run < 0) {
                run = i;
            }
            i++;
        }
        close(atoms, run, b);
        return atoms;
    }

    private static int close(List<int[]> atoms, int run, int end) {
        if (run >= 0 && end > run) {
            atoms.add(new int[] {run, end});
        }
        return -1;
    }

    private void headline(Sentence s, List<Candidate> out) {
        int i = 0;
        while (i < s.size()) {
            if (s.shape(i).isCapitalized()) {
                Optional<PlaceGazetteer.Match> m = gazetteer.longestMatch(s.tokens, i, s.size(), true);
                if (m.isPresent() && m.get().kind().isPlace()) {
                    out.add(new Candidate(s, i, m.get().end(), EntityType.LOCATION, Evidence.PLACE));
                    i = m.get().end();
                    continue;
                }
            }
            i++;
        }
    }

    private static boolean isAcronym(Sentence s, int i) {
        if (s.shape(i) != TokenShape.ALL_CAPS) {
            return false;
        }
        String t = s.text(i).replace(".", "").replace("&", "");
        long letters = t.chars().filter(Character::isLetter).count();
        return letters >= 2 && letters <= MAX_ACRONYM_LETTERS && t.chars().allMatch(Character::isLetterOrDigit)
                && !t.matches("[IVXLC]+") && !NameLexicon.in(NameLexicon.STOP_WORDS, t);
    }

    /** Context that marks {@code [a, b)} as a person. */
    private static boolean personCue(Sentence s, int a, int b) {
        int n = s.size();
        if (b < n) {
            String next = s.text(b);
            if (s.shape(b) == TokenShape.LOWER && (NameLexicon.in(NameLexicon.PERSON_VERBS, next)
                    || next.equals("himself") || next.equals("herself"))) {
                return true;
            }
            if (next.equals(",") && b + 1 < n) {
                String after = s.text(b + 1);
                if (after.equals("who")) {
                    return true; // "Vejvoda, who ..."
                }
                if (s.shape(b + 1) == TokenShape.NUMBER && after.length() <= 3 && b + 2 < n
                        && s.text(b + 2).equals(",")) {
                    return true; // age: "Smith, 45,"
                }
                if ((after.equals("a") || after.equals("an") || after.equals("the")) && b + 2 < n
                        && s.shape(b + 2) == TokenShape.LOWER && NameLexicon.isPersonNoun(s.text(b + 2))) {
                    return true; // ", a researcher"
                }
            }
        }
        if (a > 0 && s.shape(a - 1) == TokenShape.LOWER) {
            String prev = s.text(a - 1);
            return prev.equals("said") || prev.equals("says") || prev.equals("added") || prev.equals("wrote");
        }
        return false;
    }

    /**
     * A verb of saying right after ("Jackson said") or "said" right before, and no locative preposition before;
     * strong enough to read a city name as a surname.
     */
    private static boolean speakerCue(Sentence s, int a, int b) {
        if (a > 0 && NameLexicon.in(NameLexicon.LOCATIVE_PREPOSITIONS, s.text(a - 1))) {
            return false;
        }
        boolean verbAfter = b < s.size() && s.shape(b) == TokenShape.LOWER
                && NameLexicon.in(NameLexicon.PERSON_VERBS, s.text(b));
        boolean saidBefore = a > 0 && (s.text(a - 1).equals("said") || s.text(a - 1).equals("says"));
        return verbAfter || saidBefore;
    }

    private static boolean hasCue(Sentence s, int a, int b, Set<String> cues) {
        for (int i = a; i < b; i++) {
            if (s.isNameToken(i) && NameLexicon.in(cues, s.text(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPhraseConnector(Sentence s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (s.isPhraseConnector(i)) {
                return true;
            }
        }
        return false;
    }

    private static int nameTokens(Sentence s, int a, int b) {
        int n = 0;
        for (int i = a; i < b; i++) {
            if (s.isNameToken(i)) {
                n++;
            }
        }
        return n;
    }

    // --- pass 2 ---------------------------------------------------------------------------------------------

    private void resolve(List<Candidate> candidates, Set<String> allCapsTokens) {
        Map<String, EntityType> byName = new HashMap<>();
        Set<String> surnames = new HashSet<>();
        Set<String> orgSuffixes = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.type == null || c.evidence == Evidence.WEAK_PLACE) {
                continue;
            }
            byName.putIfAbsent(c.key(), c.type);
            if (c.type == EntityType.PERSON && (c.end - c.start >= 2 || c.evidence == Evidence.TITLE)) {
                surnames.add(c.sentence.text(c.end - 1));
            }
            if (c.type == EntityType.ORGANIZATION && c.end - c.start >= 3) {
                for (int k = c.start + 1; k <= c.end - 2; k++) {
                    orgSuffixes.add(c.sentence.key(k, c.end));
                }
            }
        }
        List<Candidate> added = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean single = c.end - c.start == 1;
            boolean weakSingle = c.evidence == Evidence.WEAK_PLACE && single;
            if (c.evidence != Evidence.UNKNOWN && !weakSingle) {
                continue;
            }
            String key = c.key();
            if (single && surnames.contains(key)) {
                c.link(EntityType.PERSON);
            } else if (weakSingle) {
                continue;
            } else if (byName.containsKey(key)) {
                c.link(byName.get(key));
            } else if (orgSuffixes.contains(key)) {
                c.link(EntityType.ORGANIZATION);
            } else if (!single && hasAcronymIn(c, allCapsTokens)) {
                c.link(EntityType.ORGANIZATION);
            } else if (!single) {
                // Keep only clear place names inside an unresolved piece ("Kosovo" in "Kosovo Serb Leaders").
                int i = c.start;
                while (i < c.end) {
                    Optional<PlaceGazetteer.Match> m = gazetteer.longestMatch(c.sentence.tokens, i, c.end, false);
                    if (m.isPresent() && m.get().kind().isPlace() && m.get().kind() != PlaceKind.CITY
                            && m.get().kind() != PlaceKind.ADMIN) {
                        added.add(new Candidate(c.sentence, i, m.get().end(), EntityType.LOCATION, Evidence.PLACE));
                        i = m.get().end();
                    } else {
                        i++;
                    }
                }
            }
        }
        candidates.addAll(added);
    }

    private static boolean hasAcronymIn(Candidate c, Set<String> allCapsTokens) {
        List<String> words = new ArrayList<>();
        for (int i = c.start; i < c.end; i++) {
            words.add(c.sentence.text(i));
        }
        for (String acronym : allCapsTokens) {
            if (Acronyms.isAcronymOf(acronym, words)) {
                return true;
            }
        }
        return false;
    }

    // --- data -----------------------------------------------------------------------------------------------

    private enum Evidence {
        /** Gazetteer country, region, capital. */
        PLACE,
        /** Gazetteer city or admin division: overridden by a person link. */
        WEAK_PLACE,
        CUE,
        TITLE,
        ACRONYM,
        SHAPE,
        LINK,
        /** Known not to be an entity of our types (demonym, event, bare cue word). */
        NONE,
        UNKNOWN
    }

    private static final class Candidate {
        final Sentence sentence;
        final int start;
        final int end;
        EntityType type;
        Evidence evidence;

        Candidate(Sentence sentence, int start, int end, EntityType type, Evidence evidence) {
            this.sentence = sentence;
            this.start = start;
            this.end = end;
            this.type = type;
            this.evidence = evidence;
        }

        String key() {
            return sentence.key(start, end);
        }

        void link(EntityType linked) {
            type = linked;
            evidence = Evidence.LINK;
        }
    }

    private static final class Sentence {
        final int index;
        final List<Token> tokens;
        final TokenShape[] shapes;
        final int firstWord;

        Sentence(int index, List<Token> tokens) {
            this.index = index;
            this.tokens = tokens;
            this.shapes = tokens.stream().map(Token::shape).toArray(TokenShape[]::new);
            int f = 0;
            while (f < tokens.size() && (shapes[f] == TokenShape.PUNCTUATION)) {
                f++;
            }
            this.firstWord = f;
        }

        int size() {
            return tokens.size();
        }

        String text(int i) {
            return tokens.get(i).text();
        }

        TokenShape shape(int i) {
            return shapes[i];
        }

        String key(int a, int b) {
            StringBuilder sb = new StringBuilder();
            for (int i = a; i < b; i++) {
                if (i > a) {
                    sb.append(' ');
                }
                sb.append(text(i));
            }
            return sb.toString();
        }

        boolean isNameToken(int i) {
            return shapes[i].isCapitalized();
        }

        boolean isPhraseConnector(int i) {
            return shapes[i] != TokenShape.CAPITALIZED && shapes[i] != TokenShape.ALL_CAPS
                    && NameLexicon.PHRASE_CONNECTORS.contains(text(i));
        }

        boolean isConnector(int i) {
            return isPhraseConnector(i)
                    || shapes[i] == TokenShape.LOWER && NameLexicon.NAME_PARTICLES.contains(text(i));
        }

        /** A capitalised word that cannot be inside a name here: function word, month or weekday. */
        boolean isBreaker(int i) {
            if (shapes[i] != TokenShape.CAPITALIZED) {
                return false;
            }
            String t = text(i);
            if (NameLexicon.in(NameLexicon.WEEKDAYS, t)) {
                return true;
            }
            if (NameLexicon.in(NameLexicon.DATE_WORDS, t)) {
                boolean nameBefore = i > 0 && isNameToken(i - 1) && !NameLexicon.in(NameLexicon.DATE_WORDS, text(i - 1));
                boolean numberAfter = i + 1 < size() && shapes[i + 1] == TokenShape.NUMBER;
                return !nameBefore || numberAfter; // "Theresa May said" keeps May
            }
            if (!NameLexicon.in(NameLexicon.STOP_WORDS, t)) {
                return false;
            }
            return i == firstWord || !NameLexicon.in(NameLexicon.NAME_COMPATIBLE_STOP_WORDS, t);
        }

        boolean isHeadline() {
            int words = 0;
            int caps = 0;
            for (int i = 0; i < size(); i++) {
                if (text(i).chars().filter(Character::isLetter).count() >= 2) {
                    words++;
                    if (shapes[i] == TokenShape.ALL_CAPS) {
                        caps++;
                    }
                }
            }
            return words >= HEADLINE_MIN_WORDS && caps >= HEADLINE_CAPS_RATIO * words;
        }
    }
}
