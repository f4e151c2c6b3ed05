package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs rule files over the sentences of a review and reports the matches with their named groups. */
public final class RuleMatcher {
    private RuleMatcher() {}

    /** A match of one pattern in sentence {@code sentence}: the whole span and the named groups (token spans). */
    public record Hit(RuleFile rule, RuleFile.Pattern pattern, int sentence, int begin, int end,
                      Map<String, int[]> groups) {
        public int[] group(String name) { return groups.get(name); }
    }

    /** All matches of the file's patterns in one sentence, in pattern order. */
    public static List<Hit> match(RuleFile rule, int sentence, List<CoreLabel> tokens) {
        List<Hit> out = new ArrayList<>();
        for (RuleFile.Pattern p : rule.patterns()) {
            TokenSequenceMatcher m = p.compiled().getMatcher(tokens);
            while (m.find()) {
                Map<String, int[]> groups = new LinkedHashMap<>();
                for (String g : List.of("$person", "$role", "$org", "$org2", "$country", "$field", "$a", "$b",
                        "$title", "$new", "$place", "$object", "$purpose", "$generic")) {
                    try {
                        int b = m.start(g);
                        if (b >= 0) groups.put(g.substring(1), new int[] {b, m.end(g)});
                    } catch (RuntimeException absent) {
                        // the pattern has no such group
                    }
                }
                out.add(new Hit(rule, p, sentence, m.start(), m.end(), groups));
            }
        }
        return out;
    }
}
