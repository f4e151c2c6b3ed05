package org.sdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People named by their post only ("the Chinese minister", "the President of the Royal Society"):
 * matched by the {@code @stage reference} rule files and resolved to the nearest earlier person of the
 * section holding such a post. The words of a resolved role are then tagged as that person's mention
 * (rule {@value #RULE}), so that the event rules see a person there; an unresolved one stays a role.
 */
public final class ReferenceStage implements Stage {
    /** The rule name of a person named by a post only. */
    public static final String RULE = "coref-role";

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
                    if (who == null) continue;
                    doc.references.computeIfAbsent(s, k -> new ArrayList<>()).add(who);
                    if (doc.mentionAt[s][role[0]] == null || doc.mentionAt[s][role[0]].type() == Mention.Type.ROLE) {
                        doc.addMention(new Mention(Mention.Type.PERSON, s, role[0], role[1], doc.span(s, role[0], role[1]), who, RULE));
                    }
                }
            }
        }
    }

    private static String roleKey(Doc doc, int s, int[] g) {
        Mention m = doc.mentionAt[s][g[0]];
        return (m != null ? m.key() : doc.span(s, g[0], g[1])).toLowerCase(Locale.ROOT);
    }

    /** Roles that "the minister", "the president" do not stand for: a vice minister is not "the minister". */
    private static final java.util.regex.Pattern QUALIFIED =
            java.util.regex.Pattern.compile("\\b(vice|deputy|assistant|former|acting|honorary|executive)\\b");

    static String resolve(Doc doc, int s, String role, String org, String country) {
        Facts.Post best = null;
        for (Facts.Post p : doc.posts) {
            if (p.sentence() > s || doc.section(p.sentence()) != doc.section(s)) continue;
            String r = p.roleName().toLowerCase(Locale.ROOT);
            if (!(r.equals(role) || r.endsWith(" " + role) && !QUALIFIED.matcher(r).find())) continue;
            if (org != null && !org.equals(p.organisation())) continue;
            if (country != null && !country.equals(p.country())) continue;
            if (best == null || p.sentence() >= best.sentence()) best = p;
        }
        return best == null ? null : best.person();
    }
}
