package org.sdkg.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The same event reported twice is one event; different events stay apart. */
class EventMergeTest {
    private static Facts.Event event(String kind, String date, int sentence, String rule, String... people) {
        Facts.Event e = new Facts.Event();
        e.kind = kind;
        e.when = date == null ? null : new Facts.When(date, null);
        e.sentence = sentence;
        e.rule = rule;
        e.interaction = "consult";
        for (String p : people) e.participants.add(p);
        return e;
    }

    @Test
    void twoReviewsReportingOneMeetingGiveTheSameIri() {
        // review A names Yin Hejun first; review B names Paul Nurse first and adds Wan Gang's absence
        Facts.Event a = event("Meeting", "2026-01-13", 4, "meeting-between", "Yin Hejun", "Paul Nurse");
        Facts.Event b = event("Meeting", "2026-01-13", 20, "held-talks-with", "Paul Nurse", "Yin Hejun");
        assertThat(EventMerge.iri(a, 0)).isEqualTo(EventMerge.iri(b, 999))
                .isEqualTo("https://w3id.org/sdkg/id/event/2026-01-13/meeting-paul-nurse");
        Facts.Event other = event("Meeting", "2026-01-14", 20, "held-talks-with", "Paul Nurse", "Yin Hejun");
        assertThat(EventMerge.iri(other, 0)).isNotEqualTo(EventMerge.iri(a, 0));
    }

    @Test
    void mergesTwoReportsInOneReviewKeepingBothSentences() {
        Facts.Event first = event("Meeting", "2024-03-12", 3, "meeting-between", "Dou Xiankang", "Mark Walport");
        Facts.Event second = event("Meeting", "2024-03-12", 9, "held-talks-with", "Mark Walport", "Alison Noble");
        Facts.Event unrelated = event("Meeting", "2024-03-12", 12, "meeting-between", "Yin Hejun", "Le Thailou");
        Facts.Event otherDay = event("Meeting", "2024-03-13", 14, "meeting-between", "Dou Xiankang");
        Facts.Event undated = event("Meeting", null, 15, "meeting-between", "Dou Xiankang");
        List<Facts.Event> events = new ArrayList<>(List.of(first, second, unrelated, otherDay, undated));
        Map<Facts.Event, Facts.Event> into = EventMerge.merge(events);
        assertThat(events).containsExactly(first, unrelated, otherDay, undated);
        assertThat(into.get(second)).isSameAs(first);
        assertThat(first.everyone()).containsExactlyInAnyOrder("Dou Xiankang", "Mark Walport", "Alison Noble");
        assertThat(first.alsoIn).containsEntry(9, "held-talks-with");
        assertThat(first.sentenceOf("Alison Noble")).isEqualTo(9);
        assertThat(first.ruleOf("Alison Noble")).isEqualTo("held-talks-with");
        assertThat(first.sentenceOf("Mark Walport")).isEqualTo(3);
    }

    @Test
    void differentKindsAreNotMerged() {
        Facts.Event meeting = event("Meeting", "2025-05-13", 3, "meeting-between", "Yin Hejun", "Luciana Santos");
        Facts.Event signing = event("Signing", "2025-05-13", 3, "signed-mou", "Yin Hejun", "Luciana Santos");
        List<Facts.Event> events = new ArrayList<>(List.of(meeting, signing));
        EventMerge.merge(events);
        assertThat(events).hasSize(2);
    }
}
