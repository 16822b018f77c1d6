package io.wirestream.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wirestream.enrich.text.Words;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateExtractorTest {

    /** A Thursday. */
    private static final LocalDate FILED = LocalDate.of(2026, 2, 12);

    private static List<DateExpression> dates(String text, LocalDate reference) {
        List<DateExpression> found = new DateExtractor().extract(Words.scan(text), reference);
        assertThat(found).allSatisfy(d -> assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text()));
        return found;
    }

    @Test
    void resolvesADayWithoutYearToTheYearNearestBeforeOrAroundTheStory() {
        String text = "The ministers meet on March 3 and reviewed the plan on 20 December, after talks on January 28.";

        assertThat(dates(text, FILED)).extracting(DateExpression::text, DateExpression::value, DateExpression::resolved)
                .containsExactly(tuple("March 3", "2026-03-03", true), tuple("20 December", "2025-12-20", true),
                        tuple("January 28", "2026-01-28", true));
    }

    @Test
    void keepsFullDatesAsWrittenAndYearsOnlyAfterAPreposition() {
        String text = "The accord of 4 June 1999 held until 2008-02-17; 2000 police officers were deployed in 2001.";

        assertThat(dates(text, FILED)).extracting(DateExpression::text, DateExpression::value)
                .containsExactly(tuple("4 June 1999", "1999-06-04"), tuple("2008-02-17", "2008-02-17"),
                        tuple("2001", "2001"));
    }

    @Test
    void resolvesWeekdaysMonthsAndRelativeExpressions() {
        String text = "Talks ended on Saturday. Officials said in November that a deal was close, "
                + "and two days ago the envoy left. Yesterday the council met; it meets again next week.";

        assertThat(dates(text, FILED)).extracting(DateExpression::text, DateExpression::value, DateExpression::kind)
                .containsExactly(tuple("Saturday", "2026-02-07", DateKind.EXPLICIT),
                        tuple("November", "2025-11", DateKind.EXPLICIT),
                        tuple("two days ago", "2026-02-10", DateKind.RELATIVE),
                        tuple("Yesterday", "2026-02-11", DateKind.RELATIVE),
                        tuple("next week", "2026-W08", DateKind.RELATIVE));
    }

    @Test
    void givesPeriodsAndUnquantifiedAgoWithoutNeedingTheirYear() {
        String text = "Prices may rise over the next six months, the bank said days ago.";

        assertThat(dates(text, FILED)).extracting(DateExpression::text, DateExpression::value)
                .containsExactly(tuple("the next six months", "P6M"), tuple("days ago", "2026-02-09"));
    }

    @Test
    void withoutAReferenceLeavesTheYearOpenAndRelativeDatesUnresolved() {
        String text = "The vote on May 14 was announced yesterday.";

        assertThat(dates(text, null)).extracting(DateExpression::value, DateExpression::resolved)
                .containsExactly(tuple("--05-14", false), tuple(null, false));
    }

    @Test
    void ignoresLowerCaseMonthWordsAndMayAsAVerb() {
        assertThat(dates("Protesters march to the square. May the talks succeed, he said.", FILED)).isEmpty();
    }

    @Test
    void resolvesAWeekdayForwardAfterAFutureCueInItsClause() {
        LocalDate friday = LocalDate.of(2019, 3, 15);
        String text = "The minister flew to Lagos on Monday, and when she travels on to Accra on Tuesday she will "
                + "meet traders. Talks are scheduled to close Thursday; the envoy spoke to reporters on Wednesday. "
                + "They'll sign on Saturday.";

        assertThat(dates(text, friday)).extracting(DateExpression::text, DateExpression::value)
                .containsExactly(tuple("Monday", "2019-03-11"), tuple("Tuesday", "2019-03-19"),
                        tuple("Thursday", "2019-03-21"), tuple("Wednesday", "2019-03-13"),
                        tuple("Saturday", "2019-03-16"));
    }

    @Test
    void takesTheStoryDayItselfForItsOwnWeekdayAfterACueButNotAfterNext() {
        LocalDate friday = LocalDate.of(2019, 3, 15);
        String text = "The envoy lands in Oslo later on Friday and talks resume next Friday.";

        assertThat(dates(text, friday)).extracting(DateExpression::value)
                .containsExactly("2019-03-15", "2019-03-22");
    }

    @Test
    void keepsThePastWithoutACueOrAfterTheClauseEnds() {
        LocalDate thursday = LocalDate.of(2019, 3, 14);
        String text = "Delegates expected a deal, but it collapsed on Tuesday. The plan, drafted on Monday, failed. "
                + "The plan was approved on Wednesday. A driver was taken to hospital on Monday.";

        assertThat(dates(text, thursday)).extracting(DateExpression::value)
                .containsExactly("2019-03-12", "2019-03-11", "2019-03-13", "2019-03-11");
    }
}
