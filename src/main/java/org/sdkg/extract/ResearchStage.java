package org.sdkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Research results: in a section about research (its title has "research", "breakthrough" or "discover"),
 * each paragraph where a {@code @stage research} rule matches gives one result, credited to the
 * organisations of its first matching sentence (not their parents, "of the ...") and to the people of the
 * paragraph.
 */
public final class ResearchStage implements Stage {
    private final List<RuleFile> rules;

    public ResearchStage(RuleBook book) { this.rules = book.forStage("research"); }

    @Override public String name() { return "research"; }
    @Override public Set<String> requires() { return Set.of(Doc.PEOPLE, Doc.DATES); }
    @Override public Set<String> provides() { return Set.of(Doc.RESEARCH); }

    @Override
    public void apply(Doc doc) {
        int lastParagraph = -1;
        Facts.Research current = null;
        for (int s = 0; s < doc.sentences.size(); s++) {
            var sec = doc.section(s);
            if (sec == null || !sec.title().toLowerCase(Locale.ROOT).matches(".*(research|breakthrough|discover).*")) continue;
            if (doc.paragraph[s] != lastParagraph) {
                boolean hit = false;
                for (RuleFile rf : rules) {
                    List<RuleMatcher.Hit> hits = RuleMatcher.match(rf, s, doc.tokens.get(s));
                    if (!hits.isEmpty()) {
                        hit = true;
                        current = start(doc, s, rf);
                        current.field = field(doc.tokens.get(s), hits.get(0).end());
                        break;
                    }
                }
                if (!hit) continue;
                lastParagraph = doc.paragraph[s];
            }
            if (current != null && doc.paragraph[s] == lastParagraph) {
                for (Mention m : doc.mentions(s, Mention.Type.PERSON)) current.researchers.add(m.key());
            }
        }
        // a result credited to no one is no result
        doc.research.removeIf(r -> r.institutions.isEmpty() && r.researchers.isEmpty());
    }

    /** Words that say nothing of the field: "a new high-energy lithium-ion battery" → "high-energy lithium-ion battery". */
    private static final Set<String> VAGUE = Set.of("new", "novel", "first", "latest", "world's", "key", "major",
            "significant", "important", "breakthrough", "innovative", "successful", "successfully", "several");

    /**
     * The field of a result: the noun phrase after the verb ending at token {@code from} (determiners and vague
     * adjectives dropped, at most eight words): "developed a new high-energy lithium-ion battery" → "high-energy
     * lithium-ion battery".
     */
    static String field(List<edu.stanford.nlp.ling.CoreLabel> t, int from) {
        int b = from;
        while (b < t.size() && (tag(t, b).matches("DT|PRP\\$|RB|CD|POS") || VAGUE.contains(t.get(b).word().toLowerCase(Locale.ROOT)))) b++;
        int e = b;
        while (e < t.size() && e - b < 8 && tag(t, e).matches("JJ.*|NN.*|HYPH|VBN|VBG") && !t.get(e).word().matches("(?i)that|which|with")) e++;
        while (e > b && !tag(t, e - 1).startsWith("NN")) e--;
        if (e == b) return null;
        StringBuilder out = new StringBuilder();
        for (int k = b; k < e; k++) out.append(k > b ? " " : "").append(t.get(k).word());
        return out.toString();
    }

    private static String tag(List<edu.stanford.nlp.ling.CoreLabel> t, int k) { return t.get(k).tag() == null ? "" : t.get(k).tag(); }

    private static Facts.Research start(Doc doc, int s, RuleFile rf) {
        Facts.Research r = new Facts.Research();
        r.sentence = s;
        r.rule = rf.name();
        r.when = DateStage.dateFor(doc, s);
        List<String> w = doc.words(s);
        for (Mention m : doc.mentions(s, Mention.Type.ORGANIZATION)) {
            String prev = m.begin() > 0 ? w.get(m.begin() - 1) : "";
            String prev2 = m.begin() > 1 ? w.get(m.begin() - 2) : "";
            if (prev.equals("of") || prev.equals("(") || prev.equals("under") || prev.equals("the") && (prev2.equals("of") || prev2.equals("under"))) continue;
            r.institutions.add(m.key());
        }
        doc.research.add(r);
        return r;
    }
}
