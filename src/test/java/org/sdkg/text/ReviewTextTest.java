package org.sdkg.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.sdkg.extract.ExtractionException;
import org.sdkg.extract.ReviewSource;

class ReviewTextTest {

    private static ReviewText parse(String text, String date) throws ExtractionException {
        return ReviewText.parse(new ReviewSource("r1", "r1.txt", text, date));
    }

    @Test
    void issueMonthsOfTheFiveReviews() throws ExtractionException {
        for (String id : ReviewFiles.IDS) {
            assertThat(ReviewFiles.parse(id).issue()).as(id).isEqualTo(YearMonth.parse(id));
        }
    }

    @Test
    void sectionsOfTheFiveReviews() throws ExtractionException {
        String collab = "Scientific Collaboration Projects";
        String research = "Scientific Research Breakthroughs and Discoveries";
        String diplomacy = "China Science Diplomacy";
        assertThat(ReviewFiles.parse("2024-03").sections()).extracting(Section::title).containsExactly(
                "China Science and Technology Budget 2024", collab, research, diplomacy);
        assertThat(ReviewFiles.parse("2024-11").sections()).extracting(Section::title).containsExactly(
                "China Releases Report on Scientific Research in 2024", "China Launches ‘Open Science’ Cooperation",
                collab, research, diplomacy);
        assertThat(ReviewFiles.parse("2025-05").sections()).extracting(Section::title).containsExactly(
                "China-Latin America Science and Technology Cooperation",
                "China Launches its First Asteroid Sample Mission", collab, research, diplomacy);
        assertThat(ReviewFiles.parse("2025-07").sections()).extracting(Section::title).containsExactly(
                "China-Pakistan S&T Cooperation", "China launches World Energy Vehicle Development Organisation",
                collab, research, diplomacy);
        assertThat(ReviewFiles.parse("2026-01").sections()).extracting(Section::title).containsExactly(
                "China National Science and Technology Conference", collab, research, diplomacy);
    }

    @Test
    void sectionsCoverTheBody() throws ExtractionException {
        ReviewText r = ReviewFiles.parse("2026-01");
        String t = r.text();
        assertThat(r.bodyStart()).isEqualTo(t.indexOf("China National Science and Technology Conference\n\nConvened"));
        assertThat(r.sectionAt(t.indexOf("Sir Paul Nurse")).title()).isEqualTo("China Science Diplomacy");
        assertThat(r.sectionAt(t.indexOf("self-powered pacemaker")).index()).isEqualTo(2);
        assertThat(r.sectionAt(t.indexOf("January 2026"))).isNull();
        assertThat(r.sections().get(3).end()).isEqualTo(t.length());
        assertThat(r.paragraphs()).hasSize(14);
        assertThat(r.paragraphs()).allSatisfy(p -> assertThat(t.substring(p[0], p[1])).doesNotContain("\n"));
    }

    @Test
    void plainHeadingsWithoutTableOfContents() throws ExtractionException {
        String text = "INSTITUTE\n\nCHINA\n\nSCIENCE AND TECHNOLOGY REVIEW\n\nMarch, 2024\n\n"
                + "Scientific Collaboration Projects\n\nA joint laboratory was opened in Almaty on 27 March by the two.\n\n"
                + "China Science Diplomacy\n\nA meeting was held in Beijing between the two ministers.";
        ReviewText r = parse(text, null);
        assertThat(r.issue()).isEqualTo(YearMonth.of(2024, 3));
        assertThat(r.sections()).extracting(Section::title)
                .containsExactly("Scientific Collaboration Projects", "China Science Diplomacy");
    }

    @Test
    void markdownHeadingsWithoutTableOfContents() throws ExtractionException {
        String raw = ReviewFiles.raw("2026-01").replaceAll("(?m)^- \\*\\*.*\\*\\*\\n", "");
        ReviewText r = ReviewText.parse(new ReviewSource("2026-01", "x.txt", raw, null));
        assertThat(r.issue()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(r.sections()).extracting(Section::title).containsExactly(
                "China National Science and Technology Conference", "Scientific Collaboration Projects",
                "Scientific Research Breakthroughs and Discoveries", "China Science Diplomacy");
    }

    @Test
    void headingsLooselyMatchingTheTableOfContents() throws ExtractionException {
        String text = "CHINA\n\nJuly 2025\n\n- **China-Pakistan S&T Cooperation**\n- **China's Science Diplomacy**\n\n"
                + "China-Pakistan Science and Technology Cooperation\n\nThe meeting was held on 23 July in Beijing.\n\n"
                + "China Science Diplomacy\n\nThe fourth meeting was held in Dushanbe by the two academies.";
        assertThat(parse(text, null).sections()).extracting(Section::title).containsExactly(
                "China-Pakistan Science and Technology Cooperation", "China Science Diplomacy");
    }

    @Test
    void givenDateWins() throws ExtractionException {
        String raw = ReviewFiles.raw("2024-03");
        ReviewText month = ReviewText.parse(new ReviewSource("2024-03", "x.txt", raw, "2024-04"));
        assertThat(month.issue()).isEqualTo(YearMonth.of(2024, 4));
        assertThat(month.dateOverride()).isNull();
        assertThat(month.issueDate()).isEqualTo("2024-04");
        ReviewText day = ReviewText.parse(new ReviewSource("2024-03", "x.txt", raw, "2024-04-15"));
        assertThat(day.dateOverride()).isEqualTo(LocalDate.of(2024, 4, 15));
        assertThat(day.issueDate()).isEqualTo("2024-04-15");
        assertThat(ReviewText.parse(new ReviewSource("a", "a.txt", "No date here at all.", "2023-12")).issue())
                .isEqualTo(YearMonth.of(2023, 12));
    }

    @Test
    void badInputGivesOneClearSentence() {
        assertThatThrownBy(() -> parse("  \n\n ", null)).isInstanceOf(ExtractionException.class)
                .hasMessage("Review r1 (r1.txt) has no text.");
        assertThatThrownBy(() -> parse("A review.\n\nWith prose but no date in its heading at all.", null))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("has no issue date in its heading; give one with --date YYYY-MM");
        assertThatThrownBy(() -> parse("March 2024\n\nText.", "2024-13"))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("YYYY-MM or YYYY-MM-DD");
        assertThatThrownBy(() -> parse("March 2024\n\nText.", "March")).isInstanceOf(ExtractionException.class);
    }

    @Test
    void datelineVariants() throws ExtractionException {
        assertThat(parse("CHINA\n\nVol. 3, No. 2, November 2023\n\nSome prose text follows here and there.", null)
                .issue()).isEqualTo(YearMonth.of(2023, 11));
        assertThat(parse("CHINA\n\n## Sept. 2025\n\nSome prose text follows here and there.", null)
                .issue()).isEqualTo(YearMonth.of(2025, 9));
    }
}
