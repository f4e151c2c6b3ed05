package org.sdkg.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanerTest {

    private static String clean(String raw) {
        return Cleaner.clean(raw).text();
    }

    @Test
    void linksKeepTheirText() {
        assertThat(clean("a meeting was [held](#) in Beijing")).isEqualTo("a meeting was held in Beijing");
        assertThat(clean("see [the report](https://example.org/a_(b)) now")).isEqualTo("see the report now");
        assertThat(clean("[President of the NSFC \\(NSFC\\)](#) and")).isEqualTo("President of the NSFC (NSFC) and");
    }

    @Test
    void escapesEmphasisAndTagsGo() {
        assertThat(clean("US \\$ 400,000 \\(about\\)")).isEqualTo("US $ 400,000 (about)");
        assertThat(clean("the space station *Tiangong*.")).isEqualTo("the space station Tiangong.");
        assertThat(clean("**Bold** and _italic_ but snake_case")).isEqualTo("Bold and italic but snake_case");
        assertThat(clean("the 15<sup>th</sup> plan")).isEqualTo("the 15th plan");
        assertThat(clean("in an NH<sub>4</sub>SCN salt")).isEqualTo("in an NH4SCN salt");
        assertThat(clean("a <span class=\"x\">word</span> &amp; more")).isEqualTo("a word & more");
        assertThat(clean("2 * 3 is six")).isEqualTo("2 * 3 is six");
    }

    @Test
    void headingAndBulletMarkersGo() {
        String text = clean("# CHINA\n\n## SCIENCE REVIEW\n\n- **First Item**\n- **Second Item**\n\n### **Title** ##\n\nBody text.");
        assertThat(text).isEqualTo("CHINA\n\nSCIENCE REVIEW\n\nFirst Item\nSecond Item\n\nTitle\n\nBody text.");
    }

    @Test
    void whitespaceIsNormalised() {
        assertThat(clean("  two\t\tspaces   here \u00a0 end.  \n\n\n\nNext one.")).isEqualTo("two spaces here end.\n\nNext one.");
    }

    @Test
    void pageBreaksInsideSentencesAreJoined() {
        String lower = "The experiment was carried out by a team of the institute that were\n\nundertaken in 2025.";
        assertThat(clean(lower)).isEqualTo("The experiment was carried out by a team of the institute that were undertaken in 2025.");
        String article = "The effect was produced in a cold salt solution in an\n\nNH4SCN salt solution.";
        assertThat(clean(article)).doesNotContain("\n");
        String abbreviation = "They held a meeting with a delegation of the academy head by Prof.\n\nChennupati Jagadish, President.";
        assertThat(clean(abbreviation)).contains("Prof. Chennupati");
        String name = "Meanwhile, the mission, as stated by Deputy Director of CNSA Lunar\n\nExploration Center, is to go.";
        assertThat(clean(name)).contains("CNSA Lunar Exploration Center");
    }

    @Test
    void pageArtefactsAndBrokenWords() {
        String raw = "The mission will collect a sample from the asteroid and bring it back to\n\n12\n\n"
                + "Earth in a sample-\n\nreturn capsule, said “the head”\n\nof the agency.";
        assertThat(clean(raw)).isEqualTo("The mission will collect a sample from the asteroid and bring it back to"
                + " Earth in a sample-return capsule, said “the head” of the agency.");
        assertThat(clean("One sentence ends.\n\nPage 3 of 10\n\nAnother one.")).isEqualTo("One sentence ends.\n\nAnother one.");
    }

    @Test
    void boldTitleLinesAreHeadings() {
        Layout layout = Cleaner.layout("**China Science Diplomacy**\n\nA meeting was held.\n\n**Note:** the text.");
        assertThat(layout.blocks()).extracting(Block::kind)
                .containsExactly(Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH);
    }

    @Test
    void paragraphsAndTitlesStaySeparate() {
        String raw = "The first paragraph ends here.\n\nThe second one starts here and goes on.";
        assertThat(clean(raw)).isEqualTo("The first paragraph ends here.\n\nThe second one starts here and goes on.");
        String title = "Scientific Collaboration Projects\n\nA joint laboratory was opened in Almaty on 27 March.";
        assertThat(clean(title)).startsWith("Scientific Collaboration Projects\n\n");
        String quote = "He said “the work goes on”\n\nThe next paragraph is here, with more words.";
        assertThat(clean(quote)).contains("”\n\nThe next");
    }

    @Test
    void tocEntriesRepeatedAsPlainLinesAreHeadings() {
        String raw = "- **China's Science Diplomacy**\n\nSome intro text about many things and more things\n\n"
                + "China Science Diplomacy\n\nA meeting was held.";
        Layout layout = Cleaner.layout(raw);
        assertThat(layout.blocks()).extracting(Block::kind).containsExactly(
                Block.Kind.BULLET, Block.Kind.PARAGRAPH, Block.Kind.HEADING, Block.Kind.PARAGRAPH);
    }

    @Test
    void offsetsPointBackToTheOriginal() {
        String raw = "## Head\n\nA [held](#) talk on the 15<sup>th</sup> of \\(May\\) between\n\nChinese *experts*.";
        CleanText c = Cleaner.clean(raw);
        assertThat(c.text()).isEqualTo("Head\n\nA held talk on the 15th of (May) between Chinese experts.");
        int held = c.text().indexOf("held");
        assertThat(raw.substring(c.originalOffset(held), c.originalEnd(held + 4))).isEqualTo("held");
        int th = c.text().indexOf("15th");
        assertThat(raw.substring(c.originalOffset(th), c.originalEnd(th + 4))).isEqualTo("15<sup>th");
        int experts = c.text().indexOf("experts");
        assertThat(raw.charAt(c.originalOffset(experts))).isEqualTo('e');
        assertThat(c.originalEnd(c.text().length() - 1)).isEqualTo(raw.length() - 2);
        assertThat(c.origin()).hasSize(c.text().length() + 1);
        assertThat(c.origin()[c.text().length()]).isEqualTo(raw.length());
    }

    @Test
    void emptyTextGivesEmptyCleanText() {
        CleanText c = Cleaner.clean("\n\n   \n");
        assertThat(c.text()).isEmpty();
        assertThat(c.origin()).containsExactly(6);
    }
}
