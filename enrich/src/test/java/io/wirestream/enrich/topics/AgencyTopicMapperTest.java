package io.wirestream.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wirestream.schemas.Subject;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyTopicMapperTest {

    private final AgencyTopicMapper mapper = new AgencyTopicMapper(MediaTopicTaxonomy.bundled());

    private static Subject subject(String scheme, String code, String name) {
        return Subject.newBuilder().setScheme(scheme).setCode(code).setName(name).build();
    }

    @Test
    void mapsNitfSubjectCodesToTheTopLevelMediaTopicOfTheSameNumber() {
        List<ScoredTopic> topics = mapper.map(List.of(
                subject("subj", "04000000", "Economy, business and finance"),
                subject("subj", "04015001", "shipping"),
                subject("subj", "16002000", "armed conflict"),
                subject("nitf:org", "exa-org", "Calmara Port Authority")));

        assertThat(topics).extracting(t -> t.topic().code(), t -> t.topic().name(), ScoredTopic::score,
                ScoredTopic::source).containsExactly(
                tuple("medtop:04000000", "economy, business and finance", 1.0, "agency"),
                tuple("medtop:16000000", "conflict, war and peace", 1.0, "agency"));
    }

    @Test
    void passesMediaTopicsThroughWithTheirParentAndDropsCodesItDoesNotHold() {
        List<ScoredTopic> topics = mapper.map(List.of(
                subject("medtop", "20000106", "judiciary"),
                subject(null, "medtop:06000000", null),
                subject(null, "http://cv.iptc.org/newscodes/mediatopic/15000000", "sport"),
                subject("medtop", "20000999", "not in the bundled taxonomy")));

        assertThat(topics).extracting(t -> t.topic().code(), t -> t.topic().level()).containsExactly(
                tuple("medtop:20000106", 2), tuple("medtop:02000000", 1), tuple("medtop:06000000", 1),
                tuple("medtop:15000000", 1));
        assertThat(topics.get(0).topic().parent()).isEqualTo("medtop:02000000");
    }

    @Test
    void acceptsSubjectCodeQcodesAndUrisAndIgnoresOtherVocabularies() {
        assertThat(AgencyTopicMapper.normalise(null, "subj:11000000")).containsExactly("subj", "11000000");
        assertThat(AgencyTopicMapper.normalise(null, "http://cv.iptc.org/newscodes/subjectcode/15054000"))
                .containsExactly("subj", "15054000");
        assertThat(AgencyTopicMapper.normalise("subj", "4000000")).isNull();
        assertThat(AgencyTopicMapper.normalise("nitf:org", "04016028")).isNull();
        assertThat(AgencyTopicMapper.normalise("provider-topics", "487553")).isNull();
        assertThat(AgencyTopicMapper.normalise("subj", "4000000")).isNull();
        assertThat(AgencyTopicMapper.normalise("subj", "99000000")).isNull();
        assertThat(mapper.map(List.of(subject(null, "subj:11000000", null), subject("subj", "11006000", null))))
                .extracting(t -> t.topic().code()).containsExactly("medtop:11000000");
    }

    @Test
    void readsAgencyEditionsOfTheSubjectCodesAndSchemelessEightDigitCodes() {
        assertThat(AgencyTopicMapper.normalise("sttsubj", "04016028")).containsExactly("subj", "04016028");
        assertThat(AgencyTopicMapper.normalise("tt-subref", "16000000")).containsExactly("subj", "16000000");
        assertThat(AgencyTopicMapper.normalise(null, "16000000")).containsExactly("subj", "16000000");
        assertThat(AgencyTopicMapper.normalise(null, "487553")).isNull();
        assertThat(mapper.map(List.of(subject("sttdepartment", "11", null), subject("sttsubj", "04016000", null),
                subject(null, "08000000", null)))).extracting(t -> t.topic().code())
                .containsExactly("medtop:04000000", "medtop:08000000");
    }
}
