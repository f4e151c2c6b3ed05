package org.sdkg.extract;

import java.util.LinkedHashSet;
import java.util.Set;

/** The facts found in one review, before they are written as RDF. */
public final class Facts {
    private Facts() {}

    /** A date or date range: ISO strings {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
    public record When(String begin, String end) {
        public String key() { return begin == null ? "undated" : begin; }
    }

    /** An organisation known in this review. */
    public static final class Org {
        public final String name;
        public String type = "Organisation";
        public String country;
        public String wikidata;
        public String parent;
        public final Set<String> acronyms = new LinkedHashSet<>();
        public final Set<String> altLabels = new LinkedHashSet<>();
        public int sentence = -1;
        public String rule;

        public Org(String name) { this.name = name; }
    }

    /** A person known in this review. */
    public static final class Person {
        public final String name;
        public int sentence;
        public String rule;

        public Person(String name, int sentence, String rule) {
            this.name = name;
            this.sentence = sentence;
            this.rule = rule;
        }
    }

    /** An event: a meeting, talks, a committee meeting, a workshop, a signing, a launch, a visit. */
    public static final class Event {
        public String kind;
        public String interaction;
        public String rule;
        public int sentence;
        public final Set<String> participants = new LinkedHashSet<>();
        public final Set<String> coChairs = new LinkedHashSet<>();
        public final Set<String> organisers = new LinkedHashSet<>();
        public When when;
        public String place;
        public boolean virtual;
        public String title;
        public String launched;
        /** The key of the event's IRI when its first person's is taken by another event of the same kind and day. */
        public String iriKey;
        /** The paragraph the event is told in, or -1 when unknown. */
        public int paragraph = -1;
        /** Sentence that names a participant, co-chair or organiser, when it is not the event's own sentence. */
        public final java.util.Map<String, Integer> sourceOf = new java.util.HashMap<>();
        /** Rule that added a participant, co-chair or organiser, when it is not the event's own rule. */
        public final java.util.Map<String, String> ruleOf = new java.util.HashMap<>();
        /** Further sentences reporting the same event (merged duplicates), with their rules. */
        public final java.util.Map<Integer, String> alsoIn = new java.util.LinkedHashMap<>();

        /** Adds a participant named in sentence {@code s} by rule {@code r}. */
        public void addParticipant(String who, int s, String r) {
            if (coChairs.contains(who) || !participants.add(who)) return;
            if (s != sentence) { sourceOf.put(who, s); ruleOf.put(who, r); }
        }

        /** The sentence a participant, co-chair or organiser comes from. */
        public int sentenceOf(String who) { return sourceOf.getOrDefault(who, sentence); }

        /** The rule a participant, co-chair or organiser comes from. */
        public String ruleOf(String who) { return ruleOf.getOrDefault(who, rule); }

        public Set<String> everyone() {
            Set<String> all = new LinkedHashSet<>(coChairs);
            all.addAll(participants);
            return all;
        }

        /**
         * One meeting cut from this event, of the given people (in that order): same sentence, rule, interaction
         * and organisers; each person keeps their role and the rule that named them; talks become a meeting.
         */
        public Event meetingOf(Iterable<String> people) {
            Event one = new Event();
            one.kind = kind.equals("Talks") ? "Meeting" : kind;
            one.interaction = interaction;
            one.rule = rule;
            one.sentence = sentence;
            one.organisers.addAll(organisers);
            for (String p : people) {
                (coChairs.contains(p) ? one.coChairs : one.participants).add(p);
                if (ruleOf.containsKey(p)) one.ruleOf.put(p, ruleOf.get(p));
            }
            return one;
        }
    }

    /** A person holding a role, in an organisation or a country. */
    public record Post(String person, String roleName, String organisation, String country, int sentence,
                       String rule, When when) {}

    /** An agreement: MoU, agreement, declaration, action plan, joint statement. */
    public static final class Agreement {
        public String kind;
        public String title;
        public String topic;
        public final Set<String> partyOrgs = new LinkedHashSet<>();
        public final Set<String> partyCountries = new LinkedHashSet<>();
        public final Set<String> signatories = new LinkedHashSet<>();
        public When when;
        public String place;
        public Event signedAt;
        public int sentence;
        public String rule;
    }

    /** A new organisation launched, opened, inaugurated or established. */
    public static final class Launch {
        public String organisation;
        public String orgType = "JointLab";
        public final Set<String> founders = new LinkedHashSet<>();
        public final Set<String> partnerCountries = new LinkedHashSet<>();
        public String host;
        public String purpose;
        public Event event;
        public int sentence;
        public String rule;
    }

    /** A research result: institutions and researchers. */
    public static final class Research {
        public String title;
        /** What the result is about, a short noun phrase: "lithium-ion battery", "self-powered pacemaker". */
        public String field;
        public final Set<String> institutions = new LinkedHashSet<>();
        public final Set<String> researchers = new LinkedHashSet<>();
        public When when;
        public int sentence;
        public String rule;
    }
}
