package org.sdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People named by their post only ("the Chinese minister", "the President of the Royal Society"):
 * matched by the {@code @stage reference} rule files and resolved to the nearest earlier person of the
 * review holding such a post.
 */
public final class ReferenceStage implements Stage {
    private final List<RuleFile> rules;

    public ReferenceStage(RuleBook book) { this.rules = book.forStage("reference"); }

    @Override public String name() { return "references"; }
    @Override public Set<String> requires() { return Set.of(Doc.POSTS); }
    @Override public Set<String> provides() { return Set.of(Doc.REFERENCES); }

    @Override
    public void apply(Doc doc) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            for (RuleFile rf : rules) {
                for (RuleMatcher.Hit h : RuleMatcher.match(rf, s, doc.tokens.get(s))) {
                    int[] role = h.group("role");
                    if (role == null) continue;
                    String roleName = roleKey(doc, s, role);
                    String org = h.group("org") == null ? null : doc.mentionAt[s][h.group("org")[0]].key();
                    String country = h.group("country") == null ? null : doc.mentionAt[s][h.group("country")[0]].key();
                    String who = resolve(doc, s, roleName, org, country);
                    if (who != null) doc.references.computeIfAbsent(s, k -> new ArrayList<>()).add(who);
                }
            }
        }
    }

    private static String roleKey(Doc doc, int s, int[] g) {
        Mention m = doc.mentionAt[s][g[0]];
        return (m != null ? m.key() : doc.span(s, g[0], g[1])).toLowerCase(Locale.ROOT);
    }

    static String resolve(Doc doc, int s, String role, String org, String country) {
        Facts.Post best = null;
        for (Facts.Post p : doc.posts) {
            if (p.sentence() > s) continue;
            String r = p.roleName().toLowerCase(Locale.ROOT);
            if (!(r.equals(role) || r.endsWith(" " + role))) continue;
            if (org != null && !org.equals(p.organisation())) continue;
            if (country != null && !country.equals(p.country())) continue;
            if (best == null || p.sentence() >= best.sentence()) best = p;
        }
        return best == null ? null : best.person();
    }
}
