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
}
