package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sdkg.extract.RuleBookTest.tokens;

/** The ways of saying that people met, signed or were dated relative to one another, on hand-built tokens. */
class MeetingPhenomenaTest {
    private static final RuleBook BOOK = RuleBook.load();

    private static RuleFile file(String name) {
        return BOOK.files().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<CoreLabel> lemmas(List<CoreLabel> t) {
        for (CoreLabel c : t) {
            switch (c.word()) {
                case "held", "holds" -> c.setLemma("hold");
                case "had", "has" -> c.setLemma("have");
                case "hosted" -> c.setLemma("host");
                default -> { }
            }
        }
        return t;
    }

    private static boolean matches(String rule, String sentence) {
        return !RuleMatcher.match(file(rule), 0, lemmas(tokens(sentence))).isEmpty();
    }

    @Test
    void callsOnAndCourtesyCalls() {
        assertThat(matches("meeting-verbs", "the/DT vice/NN minister/NN paid/VBD a/DT courtesy/NN call/NN on/IN "
                + "Vietnam/NNP/COUNTRY 's/POS Minister/NNP/ROLE of/IN Science/NNP ,/, Do/NNP/PERSON")).isTrue();
        assertThat(matches("meeting-verbs", "the/DT visitors/NNS had/VBD called/VBN on/IN Tang/NNP/PERSON Mingyu/NNP/PERSON")).isTrue();
        assertThat(matches("meeting-verbs", "the/DT declaration/NN called/VBD on/IN all/DT countries/NNS to/TO share/VB data/NNS")).isFalse();
    }

    @Test
    void mealsCallsAndBilateralsWithSomeone() {
        assertThat(matches("meeting-verbs", "Abebe/NNP/PERSON held/VBD a/DT working/JJ lunch/NN with/IN Ren/NNP/PERSON Kexin/NNP/PERSON")).isTrue();
        assertThat(matches("meeting-verbs", "Wei/NNP/PERSON had/VBD a/DT short/JJ tête-à-tête/NN with/IN Ingrid/NNP/PERSON")).isTrue();
        assertThat(matches("meeting-verbs", "He/NNP/PERSON hosted/VBD a/DT dinner/NN in/IN Beijing/NNP/CITY for/IN a/DT delegation/NN")).isTrue();
        assertThat(matches("meeting-verbs", "a/DT video/NN call/NN between/IN Lin/NNP/PERSON Qiushi/NNP/PERSON and/CC Dr./NNP/HONORIFIC")).isTrue();
        assertThat(matches("meeting-verbs", "the/DT ministry/NN held/VBD a/DT reception/NN to/TO mark/VB the/DT anniversary/NN")).isFalse();
    }

    @Test
    void viewsExchangedConferringAndMeetingWithoutObject() {
        assertThat(matches("meeting-verbs", "and/CC exchanged/VBD views/NNS with/IN EPFL/NNP President/NNP")).isTrue();
        assertThat(matches("meeting-verbs", "and/CC conferred/VBD with/IN its/PRP$ director/NN ,/, Cao/NNP/PERSON")).isTrue();
        assertThat(matches("meeting-verbs", "Qiao/NNP/PERSON and/CC Sadykova/NNP/PERSON met/VBD on/IN the/DT margins/NNS")).isTrue();
        assertThat(matches("meeting-verbs", "the/DT project/NN met/VBD its/PRP$ targets/NNS")).isFalse();
    }

    @Test
    void consultationsHeldByOrganisationsWithoutWith() {
        assertThat(matches("held-talks-with", "MInT/NNP/ORGANIZATION held/VBD consultations/NNS via/IN video/NN link/NN")).isTrue();
        assertThat(matches("held-talks-with", "NSFC/NNP/ORGANIZATION held/VBD their/PRP$ annual/JJ joint/JJ funding/NN consultation/NN online/RB")).isTrue();
    }

    @Test
    void followUpsNameSignersAndLeaders() {
        assertThat(matches("follow-up-participants", "The/DT MoU/NNP was/VBD signed/VBN by/IN Li/NNP/PERSON Wenbo/NNP/PERSON")).isTrue();
        assertThat(matches("follow-up-participants", "The/DT talks/NNS ,/, led/VBN on/IN the/DT Chinese/JJ side/NN by/IN Shen/NNP/PERSON")).isTrue();
        assertThat(matches("follow-up-participants", "Li/NNP/PERSON and/CC Hartley/NNP/PERSON led/VBD the/DT discussions/NNS ./.")).isTrue();
        assertThat(matches("follow-up-participants", "The/DT workshop/NN was/VBD opened/VBN by/IN Dr./NNP Langat/NNP/PERSON")).isTrue();
    }

    @Test
    void launchSpeakersAndRibbonCutters() {
        assertThat(matches("launch-participants", "Speaking/VBG at/IN the/DT virtual/JJ launch/NN ceremony/NN ,/, Dr./NNP Hartono/NNP/PERSON")).isTrue();
        assertThat(matches("launch-participants", "The/DT ribbon/NN was/VBD cut/VBN by/IN Dr./NNP Al-Suwailem/NNP/PERSON")).isTrue();
        assertThat(matches("launch-participants", "Zhou/NNP/PERSON also/RB addressed/VBD the/DT gathering/NN")).isTrue();
    }

    @Test
    void unnamedCounterpartAndTheTwoMinisters() {
        assertThat(matches("both-sides", "Zheng/NNP/PERSON and/CC his/PRP$ Vietnamese/JJ/DEMONYM counterpart/NN signed/VBD the/DT plan/NN")).isTrue();
        assertThat(matches("both-sides", "he/PRP met/VBD his/PRP$ French/JJ/DEMONYM counterpart/NN Le/NNP/PERSON")).isFalse();
        assertThat(matches("both-sides", "the/DT two/CD ministers/NNS inked/VBD a/DT protocol/NN")).isTrue();
    }

    @Test
    void relativeDays() {
        assertThat(RelativeDay.shift("2024-05-31", 1).begin()).isEqualTo("2024-06-01");
        assertThat(RelativeDay.shift("2024-01-24", 0).begin()).isEqualTo("2024-01-24");
    }

    @Test
    void shorterNamesAreTheOneLongerName() {
        assertThat(Names.longerForm("Nik Azman", List.of("Nik Azman Yusof", "Li Wenbo"))).isEqualTo("Nik Azman Yusof");
        assertThat(Names.longerForm("Abebe", List.of("Abebe Tadesse Worku"))).isEqualTo("Abebe Tadesse Worku");
        assertThat(Names.longerForm("Quang Hieu", List.of("Do Quang Hieu"))).isEqualTo("Do Quang Hieu");
        assertThat(Names.longerForm("Wang", List.of("Wang Xiaoping", "Wang Zhigang"))).isEqualTo("Wang");
    }

    @Test
    void wordsOfOrganisationNamesAreNotPersonNames() {
        assertThat(Names.clean("Scientific Research")).isEmpty();
        assertThat(Names.clean("States")).isEmpty();
        assertThat(Names.clean("Hany Abdelrahman Soliman")).isEqualTo("Hany Abdelrahman Soliman");
    }

    private static Facts.Event meeting(String when, String... people) {
        Facts.Event e = new Facts.Event();
        e.kind = "Meeting";
        e.rule = "meeting-verbs";
        e.when = new Facts.When(when, null);
        e.participants.addAll(List.of(people));
        return e;
    }

    @Test
    void aHostMeetingTwoGuestsTheSameDayIsTwoMeetings() {
        Facts.Event a = meeting("2025-06-26", "Wei Jianhua", "Julien Marchetti");
        a.sentence = 3;
        Facts.Event b = meeting("2025-06-26", "Wei Jianhua", "Ingrid Haugland");
        b.sentence = 5;
        Facts.Event again = meeting("2025-06-26", "Wei Jianhua");
        again.sentence = 4;
        List<Facts.Event> events = new java.util.ArrayList<>(List.of(a, again, b));
        EventMerge.merge(events);
        assertThat(events).containsExactly(a, b);
        assertThat(EventMerge.iri(a, 0)).isNotEqualTo(EventMerge.iri(b, 0));
    }

    @Test
    void metSeparatelyWithTwoGuests() {
        Doc doc = DocFixture.withPeople(DocFixture.doc("Song/NNP/PERSON Yiming/NNP/PERSON met/VBD separately/RB with/IN "
                + "Elisabeth/NNP/PERSON Kranzl/NNP/PERSON and/CC with/IN Markus/NNP/PERSON Pfeifhofer/NNP/PERSON ./."));
        Facts.Event ev = meeting("2024-01-29", "Song Yiming", "Elisabeth Kranzl", "Markus Pfeifhofer");
        List<Facts.Event> split = Separately.split(doc, 0, ev);
        assertThat(split).hasSize(2);
        assertThat(split.get(0).everyone()).containsExactlyInAnyOrder("Song Yiming", "Elisabeth Kranzl");
        assertThat(split.get(1).everyone()).containsExactlyInAnyOrder("Song Yiming", "Markus Pfeifhofer");
        Doc together = DocFixture.withPeople(DocFixture.doc("Song/NNP/PERSON Yiming/NNP/PERSON met/VBD with/IN "
                + "Elisabeth/NNP/PERSON Kranzl/NNP/PERSON and/CC Markus/NNP/PERSON Pfeifhofer/NNP/PERSON ./."));
        assertThat(Separately.split(together, 0, ev)).containsExactly(ev);
    }
}
