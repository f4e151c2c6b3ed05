package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Meetings no event rule read: a sentence that no event, launch or follow-up took people from, with a word of
 * meeting or interaction ({@code rules/meeting-fallback.words}) and two or more people, is one event of the kind
 * its strongest trigger says, extracted by {@value #RULE}. The guards of the word file drop the sentence when
 * the people only spoke, spoke separately, did not meet, will meet, or wrote a study, and drop a person named
 * through a past post. A sentence whose people are already together in an event of its paragraph adds nothing.
 * Runs after every stage that makes events.
 */
public final class MeetingFallbackStage implements Stage {
    /** The rule name of the events this stage makes, and the name of its word file. */
    public static final String RULE = "meeting-fallback";
    /** Guards that act on the triggers after them. */
    static final List<String> BEFORE_TRIGGER = List.of("report", "negation", "future");
    /** Guards that drop the sentence. */
    static final List<String> SENTENCE = List.of("separate", "research");
    /** Most words between a past-post word and the person it speaks of. */
    static final int PAST_WINDOW = 4;

    private final MeetingWords words;

    public MeetingFallbackStage() { this(MeetingWords.load(RULE)); }

    public MeetingFallbackStage(MeetingWords words) { this.words = words; }

    @Override public String name() { return RULE; }
    @Override public Set<String> requires() { return Set.of(Doc.EVENTS, Doc.LAUNCHES, Doc.RESEARCH); }
    @Override public Set<String> provides() { return Set.of(); }

    @Override
    public void apply(Doc doc) {
        Set<Integer> told = new HashSet<>();
        for (Facts.Event e : doc.events) {
            told.add(e.sentence);
            told.addAll(e.sourceOf.values());
            told.addAll(e.alsoIn.keySet());
        }
        for (int s = 0; s < doc.sentences.size(); s++) {
            if (told.contains(s)) continue;
            Facts.Event ev = event(doc, s);
            if (ev == null || together(doc, s, ev)) continue;
            EventStage.placeOf(doc, s, ev);
            ev.paragraph = doc.paragraph[s];
            ev.when = date(doc, s, ev);
            doc.events.add(ev);
        }
    }

    /**
     * The event's date as other events get it; when that is not of the month, the date of the sentence
     * before in the paragraph ("A day later, in Kuala Lumpur, A and B renewed their MoU. The MoU was exchanged
     * by X and Y."), if that one is.
     */
    private static Facts.When date(Doc doc, int s, Facts.Event ev) {
        Facts.When own = EventStage.eventDate(doc, s, ev);
        if (own != null && DateStage.current(doc, own)) return own;
        if (s > 0 && doc.paragraph[s - 1] == doc.paragraph[s]) {
            Facts.When before = EventStage.eventDate(doc, s - 1, ev);
            if (before != null && DateStage.current(doc, before)) return before;
        }
        return own;
    }

    /** The fallback event of sentence {@code s}, or null when it has no trigger, fewer than two people, or a guard holds. */
    Facts.Event event(Doc doc, int s) {
        List<CoreLabel> toks = doc.tokens.get(s);
        for (String g : SENTENCE) if (!words.guard(g, toks).isEmpty()) return null;
        String kind = kind(toks);
        if (kind == null) return null;
        Set<String> people = people(doc, s);
        if (people.size() < 2) return null;
        Facts.Event ev = new Facts.Event();
        ev.kind = kind.equals("Meeting") ? EventStage.refine(doc, s, kind, true) : kind;
        ev.interaction = switch (kind) {
            case "Signing" -> "signAgreement";
            case "Visit" -> "visit";
            default -> "consult";
        };
        ev.rule = RULE;
        ev.sentence = s;
        ev.participants.addAll(people);
        return ev;
    }

    /** The kind of the first trigger class with a trigger before every reporting, negating or future word; or null. */
    String kind(List<CoreLabel> toks) {
        int block = Integer.MAX_VALUE;
        for (String g : BEFORE_TRIGGER) for (int at : words.guard(g, toks)) block = Math.min(block, at);
        for (String kind : words.kinds()) {
            for (int at : words.triggers(kind, toks)) if (at < block) return kind;
        }
        return null;
    }

    /** The people of the sentence (named, resolved, or by post), less those named through a past post or as researchers. */
    private Set<String> people(Doc doc, int s) {
        List<Integer> past = words.guard("past", doc.tokens.get(s));
        List<Mention> named = doc.mentions(s, Mention.Type.PERSON);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < named.size(); i++) {
            Mention m = named.get(i);
            int after = i == 0 ? -1 : named.get(i - 1).end() - 1;
            boolean formerly = false;
            for (int p : past) formerly |= p > after && p < m.begin() && m.begin() - p <= PAST_WINDOW;
            if (!formerly) out.add(m.key());
        }
        out.addAll(doc.references.getOrDefault(s, List.of()));
        for (Facts.Research r : doc.research) if (r.sentence == s) out.removeAll(r.researchers);
        return out;
    }

    /** Whether two or more of the event's people are already together in an event of the same paragraph. */
    private static boolean together(Doc doc, int s, Facts.Event ev) {
        for (Facts.Event e : doc.events) {
            if (doc.paragraph[e.sentence] != doc.paragraph[s]) continue;
            Set<String> both = new HashSet<>(e.everyone());
            both.retainAll(ev.participants);
            if (both.size() >= 2) return true;
        }
        return false;
    }
}
