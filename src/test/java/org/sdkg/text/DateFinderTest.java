package org.sdkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private static final YearMonth JAN_2026 = YearMonth.of(2026, 1);
    private static final YearMonth JUL_2025 = YearMonth.of(2025, 7);

    private static DateMention only(String text, YearMonth issue) {
        List<DateMention> found = DateFinder.find(text, issue);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    private static void day(String text, YearMonth issue, String span, LocalDate date) {
        DateMention d = only(text, issue);
        assertThat(text.substring(d.start(), d.end())).isEqualTo(span);
        assertThat(d.begin()).isEqualTo(date);
        assertThat(d.endDate()).isNull();
        assertThat(d.precision()).isEqualTo(ChronoUnit.DAYS);
    }

    private static void range(String text, YearMonth issue, LocalDate from, LocalDate to) {
        DateMention d = only(text, issue);
        assertThat(d.begin()).isEqualTo(from);
        assertThat(d.endDate()).isEqualTo(to);
        assertThat(d.precision()).isEqualTo(ChronoUnit.DAYS);
    }

    @Test
    void days() {
        day("on 13 January a meeting was held", JAN_2026, "13 January", LocalDate.of(2026, 1, 13));
        day("signed on 13 January 2025 in Rome", JAN_2026, "13 January 2025", LocalDate.of(2025, 1, 13));
        day("held on January 13 in Rome", JAN_2026, "January 13", LocalDate.of(2026, 1, 13));
        day("held on January 13, 2025, in Rome", JAN_2026, "January 13, 2025", LocalDate.of(2025, 1, 13));
        day("On 30 May Dou Xiankang met", YearMonth.of(2025, 5), "30 May", LocalDate.of(2025, 5, 30));
        day("launched on 21 November with Brazil", YearMonth.of(2024, 11), "21 November", LocalDate.of(2024, 11, 21));
        day("from the Centre on 12 January.", JAN_2026, "12 January", LocalDate.of(2026, 1, 12));
        day("on the 5th of March", YearMonth.of(2024, 3), "5th of March", LocalDate.of(2024, 3, 5));
        day("on Sept. 3, 2024 they met", JAN_2026, "Sept. 3, 2024", LocalDate.of(2024, 9, 3));
    }

    @Test
    void yearIsInferredFromTheIssue() {
        day("on 15 December the ministers met", JAN_2026, "15 December", LocalDate.of(2025, 12, 15));
        day("on 2 February the ministers met", JAN_2026, "2 February", LocalDate.of(2026, 2, 2));
        day("on 31 August they met", JUL_2025, "31 August", LocalDate.of(2025, 8, 31));
        day("on 1 September they met", JUL_2025, "1 September", LocalDate.of(2024, 9, 1));
    }

    @Test
    void ranges() {
        range("held from 26-27 January in Beijing", JAN_2026, LocalDate.of(2026, 1, 26), LocalDate.of(2026, 1, 27));
        range("held 26–27 January in Beijing", JAN_2026, LocalDate.of(2026, 1, 26), LocalDate.of(2026, 1, 27));
        range("was held from 20 to 22 July in Dushanbe", JUL_2025, LocalDate.of(2025, 7, 20), LocalDate.of(2025, 7, 22));
        range("visit to France from 18-22 March.", YearMonth.of(2024, 3), LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 22));
        range("a workshop from 6-8 November in Kunming", YearMonth.of(2024, 11), LocalDate.of(2024, 11, 6),
                LocalDate.of(2024, 11, 8));
        range("from 30 May to 2 June", JUL_2025, LocalDate.of(2025, 5, 30), LocalDate.of(2025, 6, 2));
        range("on July 20-22, 2024", JUL_2025, LocalDate.of(2024, 7, 20), LocalDate.of(2024, 7, 22));
    }

    @Test
    void monthsAndYears() {
        DateMention month = only("the consensus reached in October 2023.", YearMonth.of(2024, 3));
        assertThat(month.begin()).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(month.precision()).isEqualTo(ChronoUnit.MONTHS);
        assertThat(month.isoBegin()).isEqualTo("2023-10");
        DateMention year = only("CSSP China was launched in 2014 to stimulate", YearMonth.of(2024, 11));
        assertThat(year.begin()).isEqualTo(LocalDate.of(2014, 1, 1));
        assertThat(year.precision()).isEqualTo(ChronoUnit.YEARS);
        assertThat(year.isoBegin()).isEqualTo("2014");
        assertThat(only("In 2023, the centre opened.", JAN_2026).begin().getYear()).isEqualTo(2023);
        DateMention years = only("funding fell from 2016 to 2022 sharply", JAN_2026);
        assertThat(years.isoBegin() + ".." + years.isoEnd()).isEqualTo("2016..2022");
        assertThat(only("in 2025-2026 it grew", JAN_2026).isoEnd()).isEqualTo("2026");
    }

    @Test
    void monthsWithoutYearAndIsoDays() {
        DateMention december = only("the agreement signed in December was renewed", JAN_2026);
        assertThat(december.isoBegin()).isEqualTo("2025-12");
        assertThat(december.precision()).isEqualTo(ChronoUnit.MONTHS);
        assertThat(only("since early March the lab", JUL_2025).isoBegin()).isEqualTo("2025-03");
        DateMention withYear = only("in March 2019 the lab", JUL_2025);
        assertThat(withYear.isoBegin()).isEqualTo("2019-03");
        day("a notice dated 2024-03-15 says", JAN_2026, "2024-03-15", LocalDate.of(2024, 3, 15));
        assertThat(DateFinder.find("it may be in may", JAN_2026)).isEmpty();
    }

    @Test
    void numbersThatAreNotDates() {
        for (String text : List.of("the third phase operation (2025-2033).", "reaching up to 120 microwatts",
                "missions including Chang'e-6, Chang'e-7", "the near-earth asteroid 2016h03",
                "the 15th Five-Year Plan period (2026-30) will", "exceeding 3000 pages", "in 1179 kg of materials",
                "This breakthrough may offer a lifetime", "as low as -60 degree Celsius",
                "the UN 2030 Agenda", "Mayor Li said", "in 2500 years")) {
            assertThat(DateFinder.find(text, JAN_2026)).as(text).isEmpty();
        }
    }

    @Test
    void severalMentionsInOrder() {
        String text = "On 13 January they met; on 14 January the President held talks, as in 2022 and 2016.";
        assertThat(DateFinder.find(text, JAN_2026)).extracting(DateMention::isoBegin)
                .containsExactly("2026-01-13", "2026-01-14", "2022");
    }

    @Test
    void datesOfAReview() throws Exception {
        ReviewText r = ReviewFiles.parse("2024-03");
        List<DateMention> found = DateFinder.find(r.text().substring(r.bodyStart()), r.issue());
        assertThat(found).extracting(d -> d.isRange() ? d.isoBegin() + ".." + d.isoEnd() : d.isoBegin())
                .containsExactly("2024-03-03..2024-03-11", "2024-03-27", "2024-03-05", "2024-03-20", "2018",
                        "2024-03-11", "2024-03-12", "2024-03-18..2024-03-22", "2023-10");
    }
}
