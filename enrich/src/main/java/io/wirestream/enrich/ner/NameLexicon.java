package io.wirestream.enrich.ner;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Closed word lists that the rule-based finder (and later, as features, a statistical one) relies on. Every list is
 * general English news vocabulary; none is built from particular articles. Lookups are case-insensitive and ignore
 * a trailing period ("Mr.").
 */
final class NameLexicon {

    private NameLexicon() {
    }

    /**
     * Function words and common sentence openers. Capitalised, they start sentences or title-case headings, never
     * names, so a name chunk is split at them ("Even US President ..." gives "US President ...").
     */
    static final Set<String> STOP_WORDS = words("""
            a an the this that these those there here it its it's he she him her his hers they them their theirs
            we us our ours i me my mine you your yours who whom whose which what whatever whoever where when why how
            and or but nor so yet for if then than though although because since unless until while whereas
            of in on at to from by with without within into onto upon over under above below between among
            about around against along across through throughout during before after behind beyond despite
            toward towards via per except besides amid amidst
            as also even still just only not no yes all some any many most much more less few several each every
            both either neither other another such same own very too quite rather almost already always never
            often sometimes soon now today yesterday tomorrow tonight later earlier meanwhile however moreover
            furthermore therefore thus hence instead otherwise indeed perhaps maybe nevertheless nonetheless
            again further
            according regarding including following concerning
            is are was were be been being am do does did done have has had having will would shall should
            can could may might must
            one two three four five six seven eight nine ten
            yes ok okay please thanks well oh
            """);

    /**
     * Stop words that can also be part of a name mid-sentence ("Will Smith", "Theresa May"); they split a name
     * chunk only when they open the sentence.
     */
    static final Set<String> NAME_COMPATIBLE_STOP_WORDS = words("""
            is are was were be been being am do does did done have has had having will would shall should
            can could may might must one two three four five six seven eight nine ten well even still just
            """);

    /** Months and weekdays: capitalised but never entities here ("On March 7"). */
    static final Set<String> DATE_WORDS = words("""
            january february march april may june july august september october november december
            jan feb mar apr jun jul aug sep sept oct nov dec
            monday tuesday wednesday thursday friday saturday sunday
            """);

    /** Weekdays: never part of a name. */
    static final Set<String> WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday");

    /**
     * Geographic and landmark words that make a capitalised sequence ending in them a location ("Wall Street",
     * "Atlantic Ocean", "White House", "Trent Bridge").
     */
    static final Set<String> LOCATION_CUES = words("""
            street avenue boulevard road square bridge house palace tower castle cathedral airport stadium arena
            ocean sea river lake lakes bay gulf strait channel canal coast peninsula island islands mountains
            mountain valley desert reef plain plains east
            """);

    /** Compass and region adjectives that make a capitalised sequence starting with them a region ("Western Balkans"). */
    static final Set<String> REGION_PREFIXES = words("""
            north south east west northern southern eastern western central northeast northwest southeast
            southwest northeastern northwestern southeastern southwestern upper lower
            """);

    /**
     * Words that make a capitalised sequence an organisation wherever they occur in it ("Institute for Humanities",
     * "Radio Free Europe", "European Union Force").
     */
    static final Set<String> ORG_CUES = words("""
            institute institution university college school academy department agency ministry force forces union
            council organization organisation radio television tv broadcasting bank party alliance corporation corp
            inc ltd llc plc gmbh ag co company companies group holdings committee commission court tribunal
            association federation foundation fund society service services office bureau authority board assembly
            parliament congress senate church army navy police guard club united network news press airlines
            airways motors systems technologies industries partners trust exchange reserve centre center laboratory
            laboratories movement front coalition league secretariat cabinet consortium syndicate cooperative
            brigade battalion regiment command corps mission directorate inspectorate prosecution chamber
            """);

    /**
     * Words that make a capitalised sequence an event, law, award or similar (CoNLL's MISC), which this tagger does
     * not report ("Dayton Agreement", "Article 5", "World Cup").
     */
    static final Set<String> MISC_CUES = words("""
            agreement agreements treaty accord accords act article declaration protocol charter convention war wars
            cup championship championships games olympics olympic open prize award awards trophy medal festival day
            summit plan doctrine initiative program programme strategy bill law constitution revolution crisis index
            marathon tour series bowl derby rally grand prix
            """);

    /** Titles and ranks before a person's name ("President Donald Trump", "Mr. Smith"). */
    static final Set<String> TITLES = words("""
            president president-elect vice-president premier minister secretary secretary-general general
            chancellor chairman chairwoman chairperson chief director director-general ambassador envoy commander
            commissioner senator sen representative rep congressman congresswoman governor gov mayor king queen
            prince princess emperor empress pope cardinal bishop archbishop rabbi imam sheikh judge prosecutor
            mr mrs ms miss dr prof professor sir dame lord lady captain capt colonel col lieutenant lt sergeant
            sgt admiral marshal brigadier major coach spokesman spokeswoman spokesperson speaker leader ceo cfo
            deputy inspector superintendent detective sheriff pastor president's
            analyst researcher economist expert journalist reporter correspondent lawyer activist scholar
            historian author writer novelist officer diplomat striker midfielder defender goalkeeper editor
            """);

    /** Courtesy titles, with or without their period: never part of the name they precede ("Mr Obama"). */
    static final Set<String> COURTESY_TITLES = words("mr mr. mrs mrs. ms ms. mx mx. dr dr. messrs messrs.");

    /** Words that form a title only when a title follows ("Prime Minister", "Foreign Minister"). */
    static final Set<String> TITLE_MODIFIERS = words("""
            prime vice deputy foreign defence defense finance interior justice economy economic trade health
            education energy agriculture culture labour labor environment transport acting former interim
            assistant associate executive senior chief state first grand supreme head attorney opposition party
            army military police
            """);

    /** Particles inside personal names ("Charles de Gaulle", "Ursula von der Leyen"). */
    static final Set<String> NAME_PARTICLES = words("de del della di da dos das du van von der den ter la le al el bin ibn");

    /** Lower-case words that may join capitalised words into one name ("Bosnia and Herzegovina"). */
    static final Set<String> PHRASE_CONNECTORS = words("of for and the on & y et");

    /** Verbs of saying and thinking that mark a preceding (or following) name as a person ("Vejvoda said"). */
    static final Set<String> PERSON_VERBS = words("""
            said says told tells added adds stated explained explains insisted insists replied recalled admitted
            wrote writes thinks thought believes believed stressed noted argued asked warned urged claimed
            """);

    /** Prepositions that put a following name in a place reading ("in Bergen"). */
    static final Set<String> LOCATIVE_PREPOSITIONS = words("in at from to near outside inside across into via");

    /** Adjectives after "a"/"the" that are not the appositive's head noun (", the former capital"). */
    static final Set<String> NON_PERSON_ADJECTIVES = words("""
            former other larger bigger smaller older newer longer higher lower greater inner outer upper under
            after later earlier latter bitter
            """);

    /** Nouns that make an appositive (", a researcher") a person cue, besides the suffix rule. */
    static final Set<String> PERSON_NOUNS = words("""
            expert head chief leader member official aide envoy adviser advisor minister secretary diplomat
            veteran candidate activist spokesperson scholar journalist author lawyer judge general colonel mayor
            deputy director professor analyst economist politician citizen resident native father mother son
            daughter wife husband brother sister friend colleague lawmaker legislator
            """);

    static boolean in(Set<String> list, String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return list.contains(t);
    }

    /** Whether a lower-case word after "a"/"the" names a person ("researcher", "analyst", "spokesman"). */
    static boolean isPersonNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (NON_PERSON_ADJECTIVES.contains(w) || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return PERSON_NOUNS.contains(w) || w.length() > 4
                && (w.endsWith("er") || w.endsWith("or") || w.endsWith("ist") || w.endsWith("ian")
                || w.endsWith("man") || w.endsWith("woman") || w.endsWith("ee") || w.endsWith("ant")
                || w.endsWith("ent"));
    }

    private static Set<String> words(String list) {
        return Arrays.stream(list.trim().split("\\s+")).map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
