package org.sdkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** Cleaning the five shipped reviews. */
class ReviewCleaningTest {

    static final java.util.List<String> IDS = ReviewFiles.IDS;

    /** An independent, cruder markup remover used to check the offset map. */
    private static String stripMarkup(String s) {
        return s.replaceAll("\\]\\([^)]*\\)", "")
                .replace("[", "")
                .replaceAll("\\\\([()$])", "$1")
                .replace("*", "")
                .replaceAll("</?[a-z]+>", "")
                .replaceAll("(?m)^(#+|-) ", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    @ParameterizedTest
    @FieldSource("IDS")
    void noMarkupIsLeft(String id) {
        String text = Cleaner.clean(ReviewFiles.raw(id)).text();
        assertThat(text).doesNotContain("](#)", "<sup>", "</sup>", "<sub>", "**", "\\(", "\\)", "\\$", "\n\n\n",
                "  ", "# ", "\n- ", " \n", "\n ");
        assertThat(text).doesNotStartWith("\n").doesNotEndWith("\n");
    }

    @ParameterizedTest
    @FieldSource("IDS")
    void offsetsMapSpansBackToTheirSource(String id) {
        String raw = ReviewFiles.raw(id);
        CleanText c = Cleaner.clean(raw);
        for (int i = 1; i < c.origin().length; i++) {
            assertThat(c.origin()[i]).as("origin increases at %d", i).isGreaterThan(c.origin()[i - 1]);
        }
        Random random = new Random(id.hashCode());
        String t = c.text();
        for (int n = 0; n < 300; n++) {
            int s = random.nextInt(t.length());
            int e = Math.min(t.length(), s + 1 + random.nextInt(200));
            while (s > 0 && t.charAt(s - 1) != ' ') s--;
            while (e < t.length() && t.charAt(e) != ' ') e++;
            String span = t.substring(s, e).strip();
            if (span.isEmpty()) continue;
            String source = raw.substring(c.originalOffset(s), c.originalEnd(e));
            assertThat(stripMarkup(source)).as("source of [%d,%d)", s, e).isEqualTo(span.replaceAll("\\s+", " "));
        }
    }

    @Test
    void pageBreaksOf2026AreJoined() {
        String text = Cleaner.clean(ReviewFiles.raw("2026-01")).text();
        assertThat(text).contains("a meeting was held between Chinese Minister of Science and Technology Yin Hejun"
                + " and the President of the Royal Society Sir Paul Nurse in Beijing.");
        assertThat(text).contains("barocaloric effect in an NH4SCN salt solution");
        assertThat(text).contains("projects that were undertaken in 2025.");
        assertThat(text).contains("the 15th Five-Year Plan period (2026-30)");
        assertThat(text).contains("China's space station Tiangong.");
    }

    @Test
    void pageBreaksOfOtherReviewsAreJoined() {
        assertThat(Cleaner.clean(ReviewFiles.raw("2025-05")).text())
                .contains("head by Prof. Chennupati Jagadish, President of AAS")
                .contains("Deputy Director of CNSA Lunar Exploration and Space Engineering Center")
                .contains("earth science research, geological disaster prevention")
                .contains("all five target pollutants, with");
        assertThat(Cleaner.clean(ReviewFiles.raw("2024-03")).text())
                .contains("launched a relay satellite called Queqiao-2")
                .contains("risk of fire or explosion. According to Prof. Chen")
                .contains("US $ 400,000")
                .contains("Deputy Governor of the Electricity Generating Authority of Thailand (EGAT) thanked");
        assertThat(Cleaner.clean(ReviewFiles.raw("2024-11")).text())
                .contains("of China (USTC) in Hefei successfully developed")
                .contains("original findings, propelling several disciplines")
                .contains("Education and Research co-chaired the meeting");
        assertThat(Cleaner.clean(ReviewFiles.raw("2025-07")).text())
                .contains("the new body is described as being committed")
                .contains("will benefit immensely and be able to provide")
                .contains("for biodiversity conservation and sustainable use");
    }

    @Test
    void separateParagraphsAndTitlesAreNotJoined() {
        String text = Cleaner.clean(ReviewFiles.raw("2025-07")).text();
        assertThat(text).contains("Sichuan Province.\n\nOn the purpose of the satellite")
                .contains("\n\nChina launches World Energy Vehicle Development Organisation\n\nA new international body")
                .contains("July 2025\n\nChina-Pakistan S&T Cooperation\nChina Launches World");
        assertThat(Cleaner.clean(ReviewFiles.raw("2024-03")).text())
                .contains("in Thailand.\n\nScientific Research Breakthroughs and Discoveries\n\nTo provide");
    }
}
