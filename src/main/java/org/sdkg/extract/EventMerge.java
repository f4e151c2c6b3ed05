package org.sdkg.extract;

import org.sdkg.ontology.Iris;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One event, one node. An event's IRI is made from its kind, its date and the alphabetically first of its
 * people (else of its organisers, else what it launched), so that the same event reported in two reviews gets
 * the same IRI and the union graph merges it; within a review, two reports of the same event (same kind,
 * same date, a shared participant or organiser) become one event with both sentences.
 */
public final class EventMerge {
    private EventMerge() {}

    /** The key of an event's IRI: its first person, organiser or launched organisation, in alphabetical order. */
    public static String key(Facts.Event e, int fallbackOffset) {
        if (e.iriKey != null) return e.iriKey;
        if (!e.everyone().isEmpty()) return new TreeSet<>(e.everyone()).first();
        if (!e.organisers.isEmpty()) return new TreeSet<>(e.organisers).first();
        if (e.launched != null) return e.launched;
        if (e.title != null) return e.title;
        return e.rule + "-" + fallbackOffset;
    }

    /** The IRI of an event. */
    public static String iri(Facts.Event e, int fallbackOffset) {
        return Iris.event(e.kind, e.when == null ? "undated" : e.when.key(), key(e, fallbackOffset));
    }

    /**
     * Whether two events are reports of the same event: same kind, same known date, someone in common. Two
     * events of one sentence are two events ("met separately with A and with B"), and so are two meetings of
     * the same day whose people each include someone the other lacks (a host meeting two guests in turn).
     */
    public static boolean same(Facts.Event a, Facts.Event b) {
        if (!a.kind.equals(b.kind) || a.when == null || b.when == null || !a.when.key().equals(b.when.key())) return false;
        if (a.launched != null && b.launched != null && !a.launched.equals(b.launched)) return false;
        if (a.sentence == b.sentence) return false;
        if (a.everyone().size() >= 2 && b.everyone().size() >= 2
                && !a.everyone().containsAll(b.everyone()) && !b.everyone().containsAll(a.everyone())) return false;
        for (String p : a.everyone()) if (b.everyone().contains(p)) return true;
        if (a.everyone().isEmpty() && b.everyone().isEmpty()) {
            for (String o : a.organisers) if (b.organisers.contains(o)) return true;
            return a.launched != null && a.launched.equals(b.launched);
        }
        return false;
    }

    /**
     * Merges the reports of the same event; the result maps every event to the one that stands for it
     * (itself when it was not merged), and {@code events} keeps only the survivors, in order.
     */
    public static Map<Facts.Event, Facts.Event> merge(List<Facts.Event> events) {
        Map<Facts.Event, Facts.Event> into = new IdentityHashMap<>();
        List<Facts.Event> kept = new ArrayList<>();
        for (Facts.Event e : events) {
            Facts.Event target = null;
            for (Facts.Event k : kept) if (same(k, e)) { target = k; break; }
            if (target == null) { kept.add(e); into.put(e, e); continue; }
            absorb(target, e);
            into.put(e, target);
        }
        events.clear();
        events.addAll(kept);
        distinctKeys(kept);
        return into;
    }

    /**
     * Two events of the same kind and day that share their first person (a host meeting two guests in turn)
     * get IRIs from their first two people.
     */
    static void distinctKeys(List<Facts.Event> events) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Facts.Event e : events) {
            String id = e.kind + "|" + (e.when == null ? "undated" : e.when.key()) + "|" + key(e, e.sentence);
            if (taken.add(id) || e.everyone().size() < 2) continue;
            List<String> people = new ArrayList<>(new TreeSet<>(e.everyone()));
            e.iriKey = people.get(0) + " and " + people.get(1);
            taken.add(e.kind + "|" + (e.when == null ? "undated" : e.when.key()) + "|" + e.iriKey);
        }
    }

    private static void absorb(Facts.Event t, Facts.Event e) {
        if (e.sentence != t.sentence) t.alsoIn.putIfAbsent(e.sentence, e.rule);
        e.alsoIn.forEach(t.alsoIn::putIfAbsent);
        t.alsoIn.remove(t.sentence);
        for (String p : e.coChairs) {
            if (t.coChairs.add(p)) { t.participants.remove(p); note(t, e, p); }
        }
        for (String p : e.participants) if (!t.coChairs.contains(p) && t.participants.add(p)) note(t, e, p);
        for (String o : e.organisers) if (t.organisers.add(o)) note(t, e, o);
        if (t.place == null) t.place = e.place;
        t.virtual |= e.virtual;
        if (t.launched == null) t.launched = e.launched;
        if (t.title == null) t.title = e.title;
    }

    private static void note(Facts.Event t, Facts.Event e, String who) {
        int s = e.sentenceOf(who);
        if (s != t.sentence) { t.sourceOf.put(who, s); t.ruleOf.put(who, e.ruleOf(who)); }
    }
}
