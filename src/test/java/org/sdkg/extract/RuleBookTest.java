package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleBookTest {
    /** Hand-built tokens: "word/TAG/ner" items. */
    static List<CoreLabel> tokens(String spec) {
        List<CoreLabel> out = new ArrayList<>();
        int pos = 0;
        for (String item : spec.split(" ")) {
            String[] p = item.split("/");
            CoreLabel c = new CoreLabel();
            c.setWord(p[0]);
            c.setValue(p[0]);
            c.setOriginalText(p[0]);
            c.setTag(p.length > 1 ? p[1] : "NN");
            c.setNER(p.length > 2 ? p[2] : "O");
            c.setLemma(p[0].toLowerCase());
            c.setBeginPosition(pos);
            c.setEndPosition(pos + p[0].length());
            pos += p[0].length() + 1;
            out.add(c);
        }
        return out;
    }

    @Test
    void loadsEveryIndexedFileWithExamples() {
        RuleBook book = RuleBook.load();
        assertThat(book.files()).extracting(RuleFile::name).contains("co-chaired-by", "meeting-between", "held-talks-with",
                "teams-led-by", "signed-mou", "delegation-received", "in-presence-of", "post-apposition", "title-before-name", "launched");
        for (RuleFile f : book.files()) {
            assertThat(f.setting("stage", "")).as(f.name()).isNotEmpty();
            assertThat(f.patterns()).as(f.name()).isNotEmpty().allSatisfy(p -> assertThat(p.example()).isNotBlank());
        }
        assertThat(book.forStage("event")).extracting(RuleFile::name).startsWith("co-chaired-by");
    }

    @Test
    void rejectsAPatternWithoutExample() {
        assertThatThrownBy(() -> RuleFile.parse("bad", "@stage event\n[{word:met}]\n"))
                .hasMessageContaining("bad.rules line 2");
    }

    @Test
    void coChairRuleMatchesHandBuiltTokens() {
        RuleFile f = RuleBook.load().files().stream().filter(r -> r.name().equals("co-chaired-by")).findFirst().orElseThrow();
        assertThat(f.setting("role", "")).isEqualTo("coChair");
        var hits = RuleMatcher.match(f, 0, tokens("The/DT meeting/NN was/VBD co-chaired/VBN by/IN Dai/NNP/PERSON Gang/NNP/PERSON"));
        assertThat(hits).isNotEmpty();
        assertThat(RuleMatcher.match(f, 0, tokens("The/DT meeting/NN was/VBD held/VBN"))).isEmpty();
    }

    @Test
    void postRuleGivesNamedGroups() {
        RuleFile f = RuleBook.load().files().stream().filter(r -> r.name().equals("post-apposition")).findFirst().orElseThrow();
        var hits = RuleMatcher.match(f, 0, tokens("Wan/NNP/PERSON Gang/NNP/PERSON ,/, President/NNP/ROLE of/IN the/DT "
                + "China/NNP/ORGANIZATION Association/NNP/ORGANIZATION"));
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).group("person")).containsExactly(0, 2);
        assertThat(hits.get(0).group("role")).containsExactly(3, 4);
        assertThat(hits.get(0).group("org")).containsExactly(6, 8);
    }
}
