package org.sdkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * New organisations launched, opened, inaugurated or established ({@code @stage launch} rule files, group
 * {@code $new} for the organisation or {@code $title} for a descriptive name such as "a joint laboratory
 * for remote sensing technology"), with founders ("built/initiated/established by ..."), host, partner
 * countries and the launch event; {@code @stage launch-participant} files add the speakers "at the launch
 * event" or in "inaugural remarks" to the latest launch of the section.
 */
public final class LaunchStage implements Stage {
    private final List<RuleFile> rules;
    private final List<RuleFile> participantRules;

    public LaunchStage(RuleBook book) {
        this.rules = book.forStage("launch");
        this.participantRules = book.forStage("launch-participant");
    }

    @Override public String name() { return "launches"; }
    @Override public Set<String> requires() { return Set.of(Doc.EVENTS, Doc.DATES); }
    @Override public Set<String> provides() { return Set.of(Doc.LAUNCHES); }

    @Override
    public void apply(Doc doc) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            boolean done = false;
            for (RuleFile rf : rules) {
                for (RuleMatcher.Hit h : RuleMatcher.match(rf, s, doc.tokens.get(s))) {
                    if (done) break;
                    String name = null;
                    if (h.group("new") != null) {
                        int b = h.group("new")[0];
                        Mention m = doc.mentionAt[s][b];
                        // "the joint laboratory at ASRT, which was established in 2017": ASRT only hosts what was launched
                        boolean complement = b > 0 && doc.words(s).get(b - 1).matches("at|of|from|with|by|under|in");
                        if (m != null && m.type() == Mention.Type.ORGANIZATION && !complement) name = m.key();
                    } else if (h.group("title") != null) {
                        int[] t = h.group("title");
                        name = titleCase(doc.span(s, t[0], t[1]));
                        int[] p = h.group("purpose");
                        if (p != null) name = titleCase(name + " " + doc.span(s, p[0], p[1]));
                        Facts.Org o = doc.org(name, s, rf.name());
                        o.type = "JointLab";
                    }
                    if (name == null) continue;
                    final String launched = name;
                    if (doc.launches.stream().anyMatch(x -> x.organisation.equals(launched))) { done = true; continue; }
                    launch(doc, s, rf, name);
                    done = true;
                }
            }
            for (RuleFile rf : participantRules) {
                if (RuleMatcher.match(rf, s, doc.tokens.get(s)).isEmpty()) continue;
                for (int k = doc.launches.size() - 1; k >= 0; k--) {
                    Facts.Launch l = doc.launches.get(k);
                    if (doc.section(l.sentence) == doc.section(s) && l.sentence <= s) {
                        for (Mention m : doc.mentions(s, Mention.Type.PERSON)) l.event.participants.add(m.key());
                        break;
                    }
                }
            }
        }
    }

    private void launch(Doc doc, int s, RuleFile rf, String name) {
        Facts.Launch l = new Facts.Launch();
        l.organisation = name;
        l.sentence = s;
        l.rule = rf.name();
        Facts.Org org = doc.orgs.get(name);
        String n = name.toLowerCase(Locale.ROOT);
        if (org != null && (org.type.equals("Organisation") || org.rule != null && !org.rule.equals(MentionStage.GAZETTEER))) {
            org.type = n.matches(".*\\b(joint|cent(re|er)|laborator(y|ies)|lab|partnership)\\b.*") ? "JointLab"
                    : n.matches(".*\\b(organisation|organization)\\b.*") ? "InternationalOrganisation"
                    : n.matches(".*\\b(association|society|federation|alliance)\\b.*") ? "Association" : org.type;
            l.orgType = org.type;
        }
        for (int k = s; k < doc.sentences.size() && k <= s + 2 && doc.paragraph[k] == doc.paragraph[s]; k++) {
            founders(doc, k, l);

            if (k <= s + 1) for (Mention m : doc.mentions(k, Mention.Type.COUNTRY)) l.partnerCountries.add(m.key());
            if (k == s) for (Mention m : doc.mentions(k, Mention.Type.DEMONYM)) l.partnerCountries.add(m.key());
        }
        // the purpose may follow in the next paragraph ("The principal objective of the organisation is ...")
        for (int k = s; l.purpose == null && k < doc.sentences.size() && k <= s + 4 && doc.paragraph[k] <= doc.paragraph[s] + 1
                && doc.section(k) == doc.section(s); k++) {
            List<String> tags = doc.tokens.get(k).stream().map(t -> t.tag()).toList();
            int[] p = LaunchPurpose.find(doc.words(k), tags, k == s, name);
            if (p != null) l.purpose = doc.span(k, p[0], p[1]);
        }
        if (l.purpose == null) l.purpose = LaunchPurpose.fromName(name);
        Facts.Event ev = new Facts.Event();
        ev.kind = "Launch";
        ev.interaction = "cooperate";
        ev.rule = rf.name();
        ev.sentence = s;
        ev.launched = name;
        ev.when = DateStage.dateFor(doc, s);
        EventStage.placeOf(doc, s, ev);
        for (Mention m : doc.mentions(s, Mention.Type.PERSON)) ev.participants.add(m.key());
        l.event = ev;
        doc.launches.add(l);
        doc.events.add(ev);
    }

    /** Organisations after "built/initiated/established/founded by", leaving out parents ("of the ..."). */
    private static void founders(Doc doc, int s, Facts.Launch l) {
        List<String> w = doc.words(s);
        for (int k = 0; k + 1 < w.size(); k++) {
            String v = w.get(k).toLowerCase(Locale.ROOT);
            if (!v.matches("initiated|established|built|founded|co-founded|created|set|sponsored|co-sponsored|launched") || !w.get(k + 1).equals("by")) {
                if (v.equals("hosted") && w.get(k + 1).equals("by")) {
                    for (Mention m : doc.mentions(s, Mention.Type.ORGANIZATION)) if (m.begin() > k) { l.host = m.key(); break; }
                }
                continue;
            }
            for (Mention m : doc.mentions(s, Mention.Type.ORGANIZATION)) {
                if (m.begin() <= k || m.key().equals(l.organisation)) continue;
                String prev = m.begin() > 0 ? w.get(m.begin() - 1) : "";
                String prev2 = m.begin() > 1 ? w.get(m.begin() - 2) : "";
                if (prev.equals("of") || prev.equals("(") || prev.equals("the") && prev2.equals("of") || prev.equals("under")) continue;
                if (w.subList(k, m.begin()).contains("hosted")) continue;
                l.founders.add(m.key());
            }
            return;
        }
    }

    /** "joint laboratory for remote sensing technology" gives "Joint Laboratory for Remote Sensing Technology". */
    static String titleCase(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.trim().split("\\s+")) {
            if (b.length() > 0) b.append(' ');
            if (Set.of("of", "for", "and", "on", "in", "the", "to", "with").contains(w.toLowerCase(Locale.ROOT)) && b.length() > 0) b.append(w.toLowerCase(Locale.ROOT));
            else b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }
}
