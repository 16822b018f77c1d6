package io.wirestream.publish.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.schemas.Association;
import io.wirestream.schemas.Byline;
import io.wirestream.schemas.Place;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.Rendition;
import io.wirestream.schemas.Subject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {

    private static RawArticle.Builder article() {
        return RawArticle.newBuilder()
                .setId("s-1").setVersion(2).setPubStatus(PubStatus.USABLE).setProvider("Agency")
                .setFormat("nitf").setOrigin("in/s.xml").setReceivedAt(Instant.parse("2026-01-01T00:00:00Z"))
                .setHeadline("Headline").setBody(List.of("One.")).setContentHash("h");
    }

    @Test
    void showsTheStructuredFieldsUnderNinjs3Names() {
        RawArticle raw = article()
                .setSubjects(List.of(Subject.newBuilder().setScheme("subj").setCode("15054000").setName("football").build()))
                .setPlaces(List.of(Place.newBuilder().setName("Oslo").setCode("NO").setRole("located").build()))
                .setBylines(List.of(Byline.newBuilder().setName("Kari Nordmann").setTitle("Staff Writer").build()))
                .setSignals(List.of("correction"))
                .setAssociations(List.of(Association.newBuilder().setId("pic-1").setType("picture").setCaption("Cap")
                        .setRenditions(List.of(Rendition.newBuilder().setHref("https://x/p.jpg").setMimeType("image/jpeg")
                                .setSizeInBytes(10L).build())).build()))
                .setPriority(3).setCopyrightHolder("Agency").setUsageTerms("No archive").setRawId("raw-1")
                .build();

        ObjectNode json = new ArticleJson(false).tree(raw);

        assertThat(json.at("/subjects/0/literal").asText()).isEqualTo("15054000");
        assertThat(json.at("/subjects/0/scheme").asText()).isEqualTo("subj");
        assertThat(json.at("/subjects/0/name").asText()).isEqualTo("football");
        assertThat(json.at("/places/0/name").asText()).isEqualTo("Oslo");
        assertThat(json.at("/places/0/rel").asText()).isEqualTo("located");
        assertThat(json.at("/people/0/name").asText()).isEqualTo("Kari Nordmann");
        assertThat(json.at("/people/0/jobTitle").asText()).isEqualTo("Staff Writer");
        assertThat(json.at("/signals/0").asText()).isEqualTo("correction");
        assertThat(json.at("/associations/0/type").asText()).isEqualTo("picture");
        assertThat(json.at("/associations/0/description").asText()).isEqualTo("Cap");
        assertThat(json.at("/associations/0/renditions/0/contentType").asText()).isEqualTo("image/jpeg");
        assertThat(json.at("/associations/0/renditions/0/sizeInBytes").asLong()).isEqualTo(10L);
        assertThat(json.get("priority").asInt()).isEqualTo(3);
        assertThat(json.get("copyrightHolder").asText()).isEqualTo("Agency");
        assertThat(json.get("usageTerms").asText()).isEqualTo("No archive");
        assertThat(json.at("/altIds/0/role").asText()).isEqualTo("original");
        assertThat(json.at("/altIds/0/value").asText()).isEqualTo("raw-1");
    }

    @Test
    void omitsTheStructuredFieldsWhenTheArticleHasNone() {
        JsonNode json = new ArticleJson(false).tree(article().build());

        assertThat(json.has("subjects")).isFalse();
        assertThat(json.has("places")).isFalse();
        assertThat(json.has("people")).isFalse();
        assertThat(json.has("associations")).isFalse();
        assertThat(json.has("altIds")).isFalse();
        assertThat(json.has("copyrightHolder")).isFalse();
    }

    @Test
    void showsTheV4ExtractionsAndEntityLinksWithBodyOffsets() {
        String body = "OSLO, May 4 (Agency) - \"We will sign,\" Kari Nordmann said, adding 3,000 workers.";
        io.wirestream.schemas.EnrichedArticle enriched = io.wirestream.schemas.EnrichedArticle.newBuilder()
                .setArticle(article().build()).setChange(io.wirestream.schemas.ChangeKind.NEW).setBody(body)
                .setWordCount(12).setSentenceCount(1).setParagraphCount(1).setReadingTimeMinutes(1)
                .setEntities(List.of(io.wirestream.schemas.Entity.newBuilder().setType("PERSON").setName("Kari Nordmann")
                        .setMentions(List.of(new io.wirestream.schemas.Mention(39, 52, "Kari Nordmann")))
                        .setCanonicalName("Kari Nordmann").setSalience(1.0).setWikidataId("Q1").setGeonamesId(3143244L)
                        .setLatitude(59.9).setLongitude(10.7).setCountryCode("NO").build()))
                .setDateline(new io.wirestream.schemas.Dateline("OSLO", "May 4", "body", 0, 21))
                .setDateReference(Instant.parse("2026-05-04T08:00:00Z"))
                .setDates(List.of(new io.wirestream.schemas.DateMention("May 4", 6, 11, "2026-05-04", "explicit", true)))
                .setQuantities(List.of(new io.wirestream.schemas.Quantity("3,000 workers", 67, 80, 3000.0, "workers",
                        "count", null, false)))
                .setQuotes(List.of(new io.wirestream.schemas.Quote("We will sign", 24, 36, "Kari Nordmann", 0, "direct")))
                .setEnrichedAt(Instant.parse("2026-05-04T08:01:00Z")).setEnricher("test").build();

        JsonNode json = new ArticleJson(false).tree(enriched);

        assertThat(json.at("/entities/0/canonicalName").asText()).isEqualTo("Kari Nordmann");
        assertThat(json.at("/entities/0/relevance").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/entities/0/wikidataId").asText()).isEqualTo("Q1");
        assertThat(json.at("/entities/0/geonamesId").asLong()).isEqualTo(3143244L);
        assertThat(json.at("/entities/0/geometry/coordinates/0").asDouble()).isEqualTo(10.7);
        assertThat(json.at("/entities/0/geometry/coordinates/1").asDouble()).isEqualTo(59.9);
        assertThat(json.at("/dateline/place").asText()).isEqualTo("OSLO");
        assertThat(json.at("/dateline/source").asText()).isEqualTo("body");
        assertThat(json.get("dateReference").asText()).isEqualTo("2026-05-04T08:00:00Z");
        assertThat(json.at("/dates/0/value").asText()).isEqualTo("2026-05-04");
        assertThat(json.at("/dates/0/resolved").asBoolean()).isTrue();
        assertThat(json.at("/quantities/0/value").asDouble()).isEqualTo(3000.0);
        assertThat(json.at("/quantities/0/unit").asText()).isEqualTo("workers");
        assertThat(json.at("/quantities/0").has("currency")).isFalse();
        assertThat(json.at("/quotes/0/speaker").asText()).isEqualTo("Kari Nordmann");
        assertThat(json.at("/quotes/0/speakerEntity").asInt()).isZero();
        int start = json.at("/quotes/0/start").asInt();
        assertThat(body.substring(start, json.at("/quotes/0/end").asInt())).isEqualTo("We will sign");
    }

    @Test
    void showsThePrimaryPlaceWithItsLinkAndNothingWhenThereIsNone() {
        io.wirestream.schemas.Entity person = io.wirestream.schemas.Entity.newBuilder().setType("PERSON")
                .setName("Kari Nordmann").setMentions(List.of(new io.wirestream.schemas.Mention(0, 13, "Kari Nordmann")))
                .setSalience(1.0).build();
        io.wirestream.schemas.Entity bergen = io.wirestream.schemas.Entity.newBuilder().setType("LOCATION")
                .setName("Bergen").setMentions(List.of(new io.wirestream.schemas.Mention(22, 28, "Bergen")))
                .setCanonicalName("Bergen").setSalience(0.5).setGeonamesId(3161732L).setLatitude(60.39)
                .setLongitude(5.32).setCountryCode("NO").build();
        io.wirestream.schemas.EnrichedArticle.Builder enriched = io.wirestream.schemas.EnrichedArticle.newBuilder()
                .setArticle(article().build()).setChange(io.wirestream.schemas.ChangeKind.NEW)
                .setBody("Kari Nordmann arrived in Bergen.").setWordCount(5).setSentenceCount(1).setParagraphCount(1)
                .setReadingTimeMinutes(1).setEntities(List.of(person, bergen))
                .setEnrichedAt(Instant.parse("2026-05-04T08:01:00Z")).setEnricher("test");

        JsonNode json = new ArticleJson(false).tree(enriched.setPrimaryPlace(1).build());
        JsonNode none = new ArticleJson(false).tree(enriched.setPrimaryPlace(null).build());

        assertThat(json.at("/primaryPlace/entity").asInt()).isEqualTo(1);
        assertThat(json.at("/primaryPlace/name").asText()).isEqualTo("Bergen");
        assertThat(json.at("/primaryPlace/geonamesId").asLong()).isEqualTo(3161732L);
        assertThat(json.at("/primaryPlace/countryCode").asText()).isEqualTo("NO");
        assertThat(json.at("/primaryPlace/geometry/coordinates/0").asDouble()).isEqualTo(5.32);
        assertThat(none.has("primaryPlace")).isFalse();
    }

    @Test
    void showsMediaTopicsBesideTheAgencySubjectsAndKeyphrases() {
        RawArticle raw = article()
                .setSubjects(List.of(Subject.newBuilder().setScheme("subj").setCode("16000000").setName("unrest").build()))
                .build();
        io.wirestream.schemas.EnrichedArticle enriched = io.wirestream.schemas.EnrichedArticle.newBuilder()
                .setArticle(raw).setChange(io.wirestream.schemas.ChangeKind.NEW).setBody("One.")
                .setWordCount(1).setSentenceCount(1).setParagraphCount(1).setReadingTimeMinutes(1)
                .setTopics(List.of(
                        new io.wirestream.schemas.MediaTopic("medtop:16000000", "conflict, war and peace", 1, null, 1.0, "agency"),
                        new io.wirestream.schemas.MediaTopic("medtop:20000073", "peace process", 2, "medtop:16000000", 0.42,
                                "classifier")))
                .setKeyphrases(List.of(new io.wirestream.schemas.Keyphrase("KFOR troops", 1.0),
                        new io.wirestream.schemas.Keyphrase("Pristina", 0.5)))
                .setEnrichedAt(Instant.parse("2026-05-04T08:01:00Z")).setEnricher("test").build();

        JsonNode json = new ArticleJson(false).tree(enriched);

        assertThat(json.at("/subjects/0/literal").asText()).isEqualTo("16000000");
        assertThat(json.get("subjects")).hasSize(1);
        assertThat(json.at("/mediaTopics/0/uri").asText()).isEqualTo("http://cv.iptc.org/newscodes/mediatopic/16000000");
        assertThat(json.at("/mediaTopics/0/code").asText()).isEqualTo("medtop:16000000");
        assertThat(json.at("/mediaTopics/0/name").asText()).isEqualTo("conflict, war and peace");
        assertThat(json.at("/mediaTopics/0/rel").asText()).isEqualTo("about");
        assertThat(json.at("/mediaTopics/0/relevance").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/mediaTopics/0/source").asText()).isEqualTo("agency");
        assertThat(json.at("/mediaTopics/0").has("broader")).isFalse();
        assertThat(json.at("/mediaTopics/1/level").asInt()).isEqualTo(2);
        assertThat(json.at("/mediaTopics/1/broader").asText()).isEqualTo("medtop:16000000");
        assertThat(json.at("/mediaTopics/1/relevance").asDouble()).isEqualTo(0.42);
        assertThat(json.at("/keyphrases/0/text").asText()).isEqualTo("KFOR troops");
        assertThat(json.at("/keyphrases/1/relevance").asDouble()).isEqualTo(0.5);
    }

    @Test
    void writesEmptyTopicListsForAStoryWithoutTopics() {
        io.wirestream.schemas.EnrichedArticle enriched = io.wirestream.schemas.EnrichedArticle.newBuilder()
                .setArticle(article().build()).setChange(io.wirestream.schemas.ChangeKind.NEW).setBody("One.")
                .setWordCount(1).setSentenceCount(1).setParagraphCount(1).setReadingTimeMinutes(1)
                .setEnrichedAt(Instant.parse("2026-05-04T08:01:00Z")).setEnricher("test").build();

        JsonNode json = new ArticleJson(false).tree(enriched);

        assertThat(json.get("mediaTopics")).isEmpty();
        assertThat(json.get("keyphrases")).isEmpty();
    }
}
