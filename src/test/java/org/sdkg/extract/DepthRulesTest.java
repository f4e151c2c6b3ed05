package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sdkg.extract.RuleBookTest.tokens;

/** Agreement and research rules and helpers on hand-built tokens. */
class DepthRulesTest {
    private static final RuleBook BOOK = RuleBook.load();

    private static RuleFile file(String name) {
        return BOOK.files().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static String group(List<CoreLabel> t, RuleMatcher.Hit h, String g) {
        int[] x = h.group(g);
        StringBuilder b = new StringBuilder();
        for (int k = x[0]; k < x[1]; k++) b.append(k > x[0] ? " " : "").append(t.get(k).word());
        return b.toString();
    }

    /** CoreNLP's lemma of a hand-built token. */
    private static void lemma(List<CoreLabel> t, String word, String lemma) {
        t.stream().filter(c -> c.word().equals(word)).forEach(c -> c.setLemma(lemma));
    }

    @Test
    void documentAdoptedByItsParties() {
        List<CoreLabel> t = tokens("The/DT Beijing/NNP/CITY Action/NNP Plan/NNP (/-LRB- 2025-2027/CD )/-RRB- ,/, "
                + "adopted/VBN by/IN China/NNP/COUNTRY ,/, the/DT African/NNP/ORGANIZATION Union/NNP/ORGANIZATION at/IN");
        lemma(t, "adopted", "adopt");
        List<RuleMatcher.Hit> hits = RuleMatcher.match(file("agreement-passive"), 0, t);
        assertThat(hits).hasSize(1);
        assertThat(group(t, hits.get(0), "title")).isEqualTo("The Beijing Action Plan");
        assertThat(t.get(hits.get(0).end()).word()).isEqualTo("China");
    }

    @Test
    void agreementInkedBy() {
        List<CoreLabel> t = tokens("an/DT agreement/NN on/IN the/DT establishment/NN of/IN the/DT lab/NN was/VBD "
                + "inked/VBN on/IN 6/CD/DATE September/NNP/DATE by/IN the/DT Institute/NNP/ORGANIZATION");
        List<RuleMatcher.Hit> hits = RuleMatcher.match(file("agreement-passive"), 0, t);
        assertThat(hits).hasSize(1);
        assertThat(group(t, hits.get(0), "object")).isEqualTo("agreement");
        assertThat(RuleMatcher.match(file("agreement-passive"), 0,
                tokens("both/DT sides/NNS agreed/VBD to/TO cooperate/VB"))).isEmpty();
    }

    @Test
    void researchVerbsAndField() {
        List<CoreLabel> t = tokens("Researchers/NNS from/IN Harbin/NNP/ORGANIZATION Institute/NNP/ORGANIZATION reported/VBD "
                + "a/DT perovskite-silicon/JJ tandem/JJ solar/JJ cell/NN with/IN a/DT certified/JJ efficiency/NN");
        lemma(t, "reported", "report");
        List<RuleMatcher.Hit> hits = RuleMatcher.match(file("research-result"), 0, t);
        assertThat(hits).isNotEmpty();
        assertThat(ResearchStage.field(t, hits.get(0).end())).isEqualTo("perovskite-silicon tandem solar cell");
        List<CoreLabel> u = tokens("successfully/RB developed/VBD a/DT new/JJ high-energy/JJ lithium-ion/NN battery/NN ./.");
        assertThat(ResearchStage.field(u, 2)).isEqualTo("high-energy lithium-ion battery");
    }
}
