package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Events where people met, from the {@code @stage event} rule files. A file's settings give the event's
 * {@code @kind} (a sdkg class), its {@code @interaction} type, and {@code @role} (participant or coChair) of
 * the people of the sentence; {@code $org} groups are organisers. The people of the sentence (and those named
 * by their post only) are its participants, the date is the nearest one, the place the sentence's or
 * paragraph's city. A sentence that goes on about an event of the sentence before ("... co-chaired the
 * meeting", "The MoU was signed by ...") adds to that event; "met separately with A and with B" is two
 * events; "the next day", "later that day" date an event from the one told before it.
 */
public final class EventStage implements Stage {
    private final List<RuleFile> rules;
    private final List<RuleFile> followUps;
    private final List<RuleFile> sides;

    public EventStage(RuleBook book) {
        this.rules = book.forStage("event");
        this.followUps = book.forStage("follow-up");
        this.sides = book.forStage("sides");
    }

    @Override public String name() { return "events"; }
    @Override public Set<String> requires() { return Set.of(Doc.PEOPLE, Doc.DATES, Doc.REFERENCES, CorefStage.COREF); }
    @Override public Set<String> provides() { return Set.of(Doc.EVENTS); }

    @Override
    public void apply(Doc doc) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            java.util.Map<Boolean, Facts.Event> bySigning = new java.util.LinkedHashMap<>();
            boolean visitSaid = false;
            for (RuleFile rf : rules) {
                List<RuleMatcher.Hit> hits = RuleMatcher.match(rf, s, doc.tokens.get(s));
                if (hits.isEmpty()) continue;
                visitSaid |= rf.setting("kind", "Meeting").equals("Visit");
                boolean signing = rf.setting("kind", "Meeting").equals("Signing");
                Facts.Event ev = bySigning.get(signing);
                if (ev == null) {
                    ev = new Facts.Event();
                    ev.kind = refine(doc, s, rf.setting("kind", "Meeting"), rf.setting("refine", "no").equals("yes"));
                    ev.interaction = rf.setting("interaction", "consult");
                    ev.rule = rf.name();
                    ev.sentence = s;
                    bySigning.put(signing, ev);
                }
                boolean chairs = rf.setting("role", "participant").equals("coChair");
                int verb = hits.get(0).begin();
                for (Mention m : doc.mentions(s, Mention.Type.PERSON)) {
                    if (signing && m.end() <= verb && AgreementStage.otherSubject(doc, s, m, verb)) continue;
                    (chairs ? ev.coChairs : ev.participants).add(m.key());
                    if (resolved(doc, s, m)) ev.ruleOf.putIfAbsent(m.key(), m.rule());
                }
                boolean spanOrgs = rf.setting("organisers", "group").equals("span");
                for (RuleMatcher.Hit h : hits) {
                    int[] o = h.group("org");
                    if (o != null && doc.mentionAt[s][o[0]] != null) ev.organisers.add(doc.mentionAt[s][o[0]].key());
                    if (!spanOrgs) continue;
                    for (Mention m : doc.mentions(s, Mention.Type.ORGANIZATION)) {
                        if (m.overlaps(h.begin(), h.end())) ev.organisers.add(m.key());
                    }
                }
            }
            for (Facts.Event ev : bySigning.values()) {
                bothSides(doc, s, ev);
                if (visitSaid && !ev.kind.equals("Signing") && !ev.kind.equals("Visit")) visitDuring(doc, s, ev);
                AndThen.Split two = AndThen.of(doc, s, ev);
                if (two != null) {
                    addBoth(doc, s, two);
                    continue;
                }
                for (Facts.Event one : Separately.split(doc, s, ev)) add(doc, s, one);
            }
            if (bySigning.isEmpty()) followUp(doc, s);
        }
    }

    /**
     * "During a visit to Switzerland, A held a working lunch with B": besides the meeting, a visit of the people
     * named before the meeting verb, when others are named after it.
     */
    private static void visitDuring(Doc doc, int s, Facts.Event ev) {
        List<CoreLabel> toks = doc.tokens.get(s);
        int verb = -1;
        for (int i = 0; i < toks.size() && verb < 0; i++) if (AndThen.VERB.matcher(toks.get(i).word()).matches()) verb = i;
        if (verb < 0) return;
        Facts.Event visit = new Facts.Event();
        visit.kind = "Visit";
        visit.interaction = "visit";
        visit.rule = "visit-abroad";
        visit.sentence = s;
        boolean guests = false;
        for (Mention m : doc.mentions(s, Mention.Type.PERSON)) {
            if (!ev.everyone().contains(m.key())) continue;
            if (m.begin() < verb) visit.participants.add(m.key());
            else guests = true;
        }
        if (visit.participants.isEmpty() || !guests) return;
        add(doc, s, visit, false);
    }

    /** Two meetings of one sentence; the second dated from the first when its clause says "the next day". */
    private static void addBoth(Doc doc, int s, AndThen.Split two) {
        add(doc, s, two.first(), false);
        add(doc, s, two.second(), false);
        List<CoreLabel> toks = doc.tokens.get(s);
        String clause = doc.text.substring(toks.get(two.clause()).beginPosition(), doc.end(s));
        Integer days = RelativeDay.days(clause);
        Facts.When first = two.first().when;
        if (days != null && first != null && first.begin() != null && first.begin().length() == 10) {
            two.second().when = RelativeDay.shift(first.begin(), days);
        }
        List<Mention> cities = new ArrayList<>();
        for (Mention m : doc.mentions(s, Mention.Type.CITY)) if (m.begin() > two.clause()) cities.add(m);
        if (!cities.isEmpty()) two.second().place = cities.get(0).key();
    }

    /** "Both sides", "the two sides" in a sentence naming no one: the people of the event just before. */
    private void bothSides(Doc doc, int s, Facts.Event ev) {
        Set<String> named = new java.util.HashSet<>(doc.references.getOrDefault(s, List.of()));
        for (Mention m : doc.mentions(s, Mention.Type.PERSON)) named.add(m.key());
        if (named.size() >= 2) return;
        boolean said = false;
        for (RuleFile rf : sides) said |= !RuleMatcher.match(rf, s, doc.tokens.get(s)).isEmpty();
        Facts.Event before = recent(doc, s, 3);
        if (!said || before == null || before.everyone().isEmpty()) return;
        String rule = sides.get(0).name();
        for (String p : before.everyone()) ev.addParticipant(p, s, rule);
    }

    /** The latest event of the paragraph of sentence {@code s}, at most {@code window} sentences before it. */
    static Facts.Event recent(Doc doc, int s, int window) {
        for (int i = doc.events.size() - 1; i >= 0; i--) {
            Facts.Event e = doc.events.get(i);
            if (e.sentence > s) continue;
            if (e.sentence < s - window || doc.paragraph[e.sentence] != doc.paragraph[s]) return null;
            return e;
        }
        return null;
    }

    /**
     * A sentence that says who else took part in the event just told ("X also attended", "the delegation
     * included Y and Z", "In his remarks, X ...", "Also present were ...") adds its people to that event.
     */
    private void followUp(Doc doc, int s) {
        Facts.Event ev = recent(doc, s, 3);
        if (ev == null || ev.kind.equals("Launch")) return;
        for (RuleFile rf : followUps) {
            if (RuleMatcher.match(rf, s, doc.tokens.get(s)).isEmpty()) continue;
            for (Mention m : doc.mentions(s, Mention.Type.PERSON)) {
                ev.addParticipant(m.key(), s, resolved(doc, s, m) ? m.rule() : rf.name());
            }
            for (String p : doc.references.getOrDefault(s, List.of())) ev.addParticipant(p, s, rf.name());
            return;
        }
    }

    /**
     * Whether a person mention of sentence {@code s} is a resolved pronoun, post or surname and the person is not
     * also named in full there: the statement then comes from the resolving rule.
     */
    static boolean resolved(Doc doc, int s, Mention m) {
        if (!m.rule().startsWith("coref-") && !m.rule().equals(PersonStage.SURNAME)) return false;
        for (Mention o : doc.mentions(s, Mention.Type.PERSON)) {
            if (o.key().equals(m.key()) && !o.rule().startsWith("coref-") && !o.rule().equals(PersonStage.SURNAME)) return false;
        }
        return true;
    }

    private static final java.util.regex.Pattern THE_EVENT = java.util.regex.Pattern.compile(
            "(?i)\\b(sidelines? of|margins? of|parallel to|during|at|after|following|(close|end|conclusion|opening|start) of) the "
                    + "(event|summit|meeting|forum|conference|visit|session|dialogue|ceremony|talks|bilateral|discussions)\\b");

    /**
     * The date of an event told in sentence {@code s}: a date of the month (or the month before) in
     * the sentence; else, when the sentence refers back to "the event", "the summit" ..., the date of the event
     * before it in the section; else the nearest date of the paragraph. Dates of background ("the consensus
     * reached in October 2023") are not the event's date when a current one is near.
     */
    static Facts.When eventDate(Doc doc, int s, Facts.Event ev) {
        Facts.When other = null;
        for (Doc.DateHit d : doc.dates) {
            if (d.sentence() != s) continue;
            if (DateStage.current(doc, d.when())) return d.when();
            if (other == null) other = d.when();
        }
        String t = doc.text.substring(doc.start(s), doc.end(s));
        {
            Facts.When relative = RelativeDay.of(doc, s, t, ev);
            if (relative != null) return relative;
        }
        if (THE_EVENT.matcher(t).find()) {
            for (int i = doc.events.size() - 1; i >= 0; i--) {
                Facts.Event e = doc.events.get(i);
                if (e == ev || e.sentence > s || doc.section(e.sentence) != doc.section(s)) continue;
                if (e.when != null && e.when.begin() != null) {
                    if (ev.place == null) ev.place = e.place;
                    return e.when;
                }
            }
        }
        if (other != null) {
            for (int k = s - 1; k >= 0 && k >= s - 2 && doc.paragraph[k] == doc.paragraph[s]; k--) {
                for (Doc.DateHit d : doc.dates) if (d.sentence() == k && DateStage.current(doc, d.when())) return d.when();
            }
            return other;
        }
        Facts.When paragraph = DateStage.dateFor(doc, s);
        if (paragraph != null && paragraph.begin() != null) return paragraph;
        Facts.Event before = recent(doc, s, 3);
        if (before != null && before != ev && before.when != null && before.when.begin() != null) {
            if (ev.place == null) ev.place = before.place;
            return before.when;
        }
        return null;
    }

    private static void add(Doc doc, int s, Facts.Event ev) {
        add(doc, s, ev, true);
    }

    /** Adds an event of sentence {@code s}; with {@code references}, the people the sentence names by post join it. */
    private static void add(Doc doc, int s, Facts.Event ev, boolean references) {
            if (references) ev.participants.addAll(doc.references.getOrDefault(s, List.of()));
            ev.participants.removeAll(ev.coChairs);
            Facts.Event previous = doc.events.isEmpty() ? null : doc.events.get(doc.events.size() - 1);
            if (previous != null && previous.sentence >= s - 2 && doc.paragraph[previous.sentence] == doc.paragraph[s]
                    && (previous.everyone().isEmpty() || ev.everyone().isEmpty()) && sameKindFamily(previous, ev)) {
                previous.coChairs.addAll(ev.coChairs);
                previous.participants.addAll(ev.participants);
                previous.participants.removeAll(previous.coChairs);
                previous.organisers.addAll(ev.organisers);
                if (ev.kind.equals("CommitteeMeeting")) previous.kind = ev.kind;
                return;
            }
            placeOf(doc, s, ev);
            ev.paragraph = doc.paragraph[s];
            ev.when = eventDate(doc, s, ev);
            doc.events.add(ev);
    }

    private static boolean sameKindFamily(Facts.Event a, Facts.Event b) {
        if (a.kind.equals("Launch") || b.kind.equals("Launch")) return false;
        return a.kind.equals("Signing") == b.kind.equals("Signing");
    }

    /** A generic meeting becomes a committee meeting, forum, conference, workshop or talks when the sentence says so. */
    static String refine(Doc doc, int s, String kind, boolean refine) {
        if (!refine) return kind;
        String t = doc.text.substring(doc.start(s), doc.end(s)).toLowerCase(Locale.ROOT);
        if (t.matches("(?s).*\\bcommittee\\b.*")) return "CommitteeMeeting";
        if (t.matches("(?s).*\\bworkshop\\b.*")) return "Workshop";
        if (t.matches("(?s).*\\bforum\\b.*")) return "Forum";
        if (t.matches("(?s).*\\bconference\\b.*")) return "Conference";
        if (t.matches("(?s).*\\btalks\\b.*")) return "Talks";
        return kind;
    }

    /** The city of the sentence, else of the paragraph before it; "virtually" or "online" makes it virtual. */
    static void placeOf(Doc doc, int s, Facts.Event ev) {
        int from = s;
        while (from > 0 && doc.paragraph[from - 1] == doc.paragraph[s] && from > s - 2) from--;
        String t = doc.text.substring(doc.start(from), doc.end(s)).toLowerCase(Locale.ROOT);
        if (t.matches("(?s).*\\b(virtually|online|virtual|video ?conference|video link)\\b.*")) ev.virtual = true;
        List<Integer> order = new ArrayList<>();
        order.add(s);
        for (int k = s - 1; k >= 0 && doc.paragraph[k] == doc.paragraph[s]; k--) order.add(k);
        for (int k : order) {
            List<Mention> cities = doc.mentions(k, Mention.Type.CITY);
            if (!cities.isEmpty()) { ev.place = cities.get(0).key(); return; }
        }
    }
}
