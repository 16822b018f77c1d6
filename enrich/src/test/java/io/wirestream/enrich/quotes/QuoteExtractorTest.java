package io.wirestream.enrich.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wirestream.enrich.ner.EntityAggregator;
import io.wirestream.enrich.ner.EntityMention;
import io.wirestream.enrich.ner.EntityType;
import io.wirestream.enrich.ner.TaggedEntity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    /** Entities as the tagger would give them: every occurrence of each name, aggregated. */
    private static List<TaggedEntity> entities(String text, EntityType type, String... names) {
        List<EntityMention> mentions = new ArrayList<>();
        for (String name : names) {
            for (int k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + name.length())) {
                boolean inside = false;
                for (EntityMention m : mentions) {
                    inside |= k >= m.start() && k < m.end();
                }
                if (!inside) {
                    mentions.add(new EntityMention(type, k, k + name.length(), name));
                }
            }
        }
        return new EntityAggregator().aggregate(mentions);
    }

    @Test
    void attributesAQuoteToTheFullNameOfALaterShortMention() {
        String text = "Defence minister Anna Lindqvist arrived on Monday.\n\n"
                + "“We will keep our troops here as long as needed,” Lindqvist told reporters.";
        List<TaggedEntity> entities = entities(text, EntityType.PERSON, "Anna Lindqvist", "Lindqvist");

        List<QuoteMention> quotes = new QuoteExtractor().extract(text, entities);

        assertThat(quotes).extracting(QuoteMention::text, QuoteMention::speaker, QuoteMention::speakerEntity,
                QuoteMention::kind).containsExactly(tuple("We will keep our troops here as long as needed",
                "Anna Lindqvist", 0, QuoteKind.DIRECT));
        QuoteMention q = quotes.get(0);
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }

    @Test
    void findsTheSpeakerBeforeAColonAndJoinsSplitQuotes() {
        String text = "Mayor Piet Duval said: \"The bridge opens in spring.\"\n\n"
                + "\"Traffic will be slow,\" Duval said, \"but the ferry keeps running.\"";
        List<TaggedEntity> entities = entities(text, EntityType.PERSON, "Piet Duval", "Duval");

        List<QuoteMention> quotes = new QuoteExtractor().extract(text, entities);

        assertThat(quotes).extracting(QuoteMention::text, QuoteMention::speaker).containsExactly(
                tuple("The bridge opens in spring.", "Piet Duval"),
                tuple("Traffic will be slow but the ferry keeps running.", "Piet Duval"));
    }

    @Test
    void resolvesHeSaidToTheLastPersonAndLeavesUnattributedTermsOut() {
        String text = "Omar Varga met the \"contact group\" on Friday. \"Nothing is agreed yet,\" he said.";
        List<TaggedEntity> entities = entities(text, EntityType.PERSON, "Omar Varga");

        assertThat(new QuoteExtractor().extract(text, entities)).extracting(QuoteMention::text, QuoteMention::speaker)
                .containsExactly(tuple("contact group", null), tuple("Nothing is agreed yet", "Omar Varga"));
    }

    @Test
    void findsReportedSpeechWithATaggedSpeaker() {
        String text = "The Harbour Council said on Tuesday that the port would reopen. Someone said that it rained.";
        List<TaggedEntity> entities = entities(text, EntityType.ORGANIZATION, "Harbour Council");

        assertThat(new QuoteExtractor().extract(text, entities)).extracting(QuoteMention::text, QuoteMention::speaker,
                QuoteMention::kind).containsExactly(tuple("the port would reopen", "Harbour Council", QuoteKind.REPORTED));
    }

    @Test
    void attributesAQuoteLedByAccordingToInTheSameSentence() {
        String text = "That is the view of Lena Moreau, an analyst at a Lyon institute, according to whom the talks matter "
                + "more than ever, given \"fears - real or not - that the donors are walking away\", writes one paper.\n\n"
                + "According to Tomas Berg the deal is \"as good as dead\" this year.";
        List<TaggedEntity> entities = entities(text, EntityType.PERSON, "Lena Moreau", "Tomas Berg");

        assertThat(new QuoteExtractor().extract(text, entities)).extracting(QuoteMention::text, QuoteMention::speaker)
                .containsExactly(tuple("fears - real or not - that the donors are walking away", "Lena Moreau"),
                        tuple("as good as dead", "Tomas Berg"));
    }

    @Test
    void attributesAQuoteAfterAPronounCueToTheLastPersonAndLeavesSoCalledTermsOut() {
        String text = "Rosa Ilic went on to Sarajevo on Friday.\n\n"
                + "Her trip follows a stop in Skopje, where she gave the message that the bloc will not let "
                + "\"years of work go to waste.\" Critics mocked the so-called \"grand bargain\" plan.";
        List<TaggedEntity> entities = entities(text, EntityType.PERSON, "Rosa Ilic");

        assertThat(new QuoteExtractor().extract(text, entities)).extracting(QuoteMention::text, QuoteMention::speaker)
                .containsExactly(tuple("years of work go to waste.", "Rosa Ilic"), tuple("grand bargain", null));
    }

    private static List<TaggedEntity> both(List<TaggedEntity> people, List<TaggedEntity> organisations) {
        List<TaggedEntity> all = new ArrayList<>(people);
        all.addAll(organisations);
        return all;
    }

    @Test
    void closesAQuoteWithTwoApostrophesInApStyle() {
        String text = "\"We're ready for the final,'' said Leila Haddad, the captain.\n\n"
                + "``It's a great day for the club,'' Haddad added. \"Nothing else matters.\"";
        List<TaggedEntity> entities = entities(text, EntityType.PERSON, "Leila Haddad", "Haddad");

        assertThat(new QuoteExtractor().extract(text, entities)).extracting(QuoteMention::text, QuoteMention::speaker)
                .containsExactly(tuple("We're ready for the final", "Leila Haddad"),
                        tuple("It's a great day for the club", "Leila Haddad"),
                        tuple("Nothing else matters.", null));
    }

    @Test
    void doesNotGiveAQuoteToTheMediumThatWasToldIt() {
        String text = "Striker Jonas Weber said he was shocked by the news.\n\n"
                + "\"Piet taught me everything I know,\" he told Kurier newspaper. \"He was like a father.\"\n\n"
                + "\"It is a sad day,\" coach Lisa Brandt told Radio Nord.";
        List<TaggedEntity> entities = both(entities(text, EntityType.PERSON, "Jonas Weber", "Piet", "Lisa Brandt"),
                entities(text, EntityType.ORGANIZATION, "Kurier newspaper.", "Radio Nord"));

        assertThat(new QuoteExtractor().extract(text, entities)).extracting(QuoteMention::text, QuoteMention::speaker)
                .startsWith(tuple("Piet taught me everything I know", "Jonas Weber"))
                .contains(tuple("It is a sad day", "Lisa Brandt"));
    }
}
