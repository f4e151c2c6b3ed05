package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sdkg.extract.DocFixture.doc;
import static org.sdkg.extract.RuleBookTest.tokens;

/**
 * Events stated by their session or venue, journeys, signatories named after the signing, attendees listed
 * after the event and two meetings in one sentence: rules on hand-built tokens, stages on hand-built reviews.
 */
class EventPhenomenaTest {
    private static final RuleBook BOOK = RuleBook.load();

    private static boolean matches(String rule, String sentence) {
        RuleFile f = BOOK.files().stream().filter(x -> x.name().equals(rule)).findFirst().orElseThrow();
        List<CoreLabel> t = tokens(sentence);
        for (CoreLabel c : t) if (c.word().equals("held")) c.setLemma("hold");
        return !RuleMatcher.match(f, 0, t).isEmpty();
    }

    private static List<Facts.Event> events(String... paragraphs) {
        Doc doc = doc(paragraphs);
        new PersonStage(BOOK).apply(doc);
        new DateStage().apply(doc);
        new ReferenceStage(BOOK).apply(doc);
        new CorefStage().apply(doc);
        new EventStage(BOOK).apply(doc);
        return doc.events;
    }

    @Test
    void sessionsConvenedFollowedOrHeldOnDaysAreEvents() {
        assertThat(matches("event-held", "The/DT fourth/JJ session/NN of/IN the/DT Committee/NNP convened/VBD in/IN Vientiane/NNP/CITY")).isTrue();
        assertThat(matches("event-held", "The/DT Conference/NNP followed/VBD on/IN 22/CD/DATE August/NNP/DATE")).isTrue();
        assertThat(matches("event-held", "The/DT Work/NNP Conference/NNP was/VBD convened/VBN by/IN the/DT Ministry/NNP/ORGANIZATION")).isTrue();
        assertThat(matches("event-held", "The/DT 9th/JJ Meeting/NNP of/IN Ministers/NNPS was/VBD held/VBN 13-14/CD October/NNP")).isTrue();
        assertThat(matches("event-held", "The/DT committee/NN approved/VBD twelve/CD projects/NNS")).isFalse();
    }

    @Test
    void journeysAndVisitsAbroad() {
        assertThat(matches("visit-abroad", "Vice/NNP/ROLE Minister/NNP/ROLE Song/NNP/PERSON travelled/VBD to/TO Vienna/NNP/CITY ,/, accompanied/VBN by/IN Xu/NNP/PERSON")).isTrue();
        assertThat(matches("visit-abroad", "the/DT minister/NN was/VBD on/IN a/DT working/JJ visit/NN to/TO Kenya/NNP/COUNTRY")).isTrue();
        assertThat(matches("visit-abroad", "Zhang/NNP/PERSON toured/VBD the/DT institute/NN")).isTrue();
        assertThat(matches("visit-abroad", "the/DT data/NNS travelled/VBD to/TO the/DT server/NN")).isFalse();
    }

    @Test
    void videoConferencesAndOnlineMeetingsTakenPartIn() {
        assertThat(matches("meeting-verbs", "Tang/NNP/PERSON and/CC Herrera/NNP/PERSON held/VBD a/DT video/NN conference/NN on/IN February/NNP")).isTrue();
        assertThat(matches("meeting-verbs", "Ortega/NNP/PERSON and/CC Xu/NNP/PERSON took/VBD part/NN in/IN an/DT online/JJ meeting/NN")).isTrue();
        assertThat(matches("meeting-verbs", "Xu/NNP/PERSON took/VBD part/NN in/IN the/DT drafting/NN")).isFalse();
    }

    @Test
    void attendeesListedAfterTheEvent() {
        assertThat(matches("follow-up-participants", "Among/IN them/PRP were/VBD Nigeria/NNP/COUNTRY 's/POS Minister/NNP/ROLE ,/, Olufemi/NNP/PERSON")).isTrue();
        assertThat(matches("follow-up-participants", "Also/RB at/IN the/DT table/NN was/VBD SPREP/NNP 's/POS Director-General/NNP/ROLE")).isTrue();
        assertThat(matches("follow-up-participants", "Also/RB in/IN attendance/NN :/: Tian/NNP/PERSON Shuhua/NNP/PERSON")).isTrue();
        assertThat(matches("follow-up-participants", "The/DT secretary/NN was/VBD joined/VBN by/IN Carlos/NNP/PERSON")).isTrue();
        assertThat(matches("follow-up-participants", "Among/IN the/DT topics/NNS discussed/VBN was/VBD water/NN")).isFalse();
    }

    @Test
    void signatoriesAndRibbonCutters() {
        assertThat(matches("signed-by", "The/DT renewal/NN was/VBD signed/VBN in/IN Vienna/NNP/CITY by/IN Hou/NNP/PERSON Zhenbang/NNP/PERSON")).isTrue();
        assertThat(matches("signed-by", "Liu/NNP/PERSON and/CC Ferraro/NNP/PERSON put/VBD their/PRP$ names/NNS to/TO the/DT document/NN")).isTrue();
        assertThat(matches("signed-by", "the/DT petition/NN was/VBD signed/VBN online/RB")).isFalse();
        assertThat(matches("launch-participants", "Hrubá/NNP/PERSON cut/VBD the/DT ribbon/NN together/RB with/IN Cao/NNP/PERSON")).isTrue();
        assertThat(matches("launch-participants", "It/PRP was/VBD inaugurated/VBN by/IN Prof./NNP/HONORIFIC Ma/NNP/PERSON")).isTrue();
    }

    @Test
    void signatoriesNamedInTheNextSentenceJoinTheSigning() {
        List<Facts.Event> ev = events("Tongji/NNP/ORGANIZATION University/NNP/ORGANIZATION signed/VBD a/DT framework/NN agreement/NN ./. "
                + "| Shen/NNP/PERSON Jiawei/NNP/PERSON and/CC Giulia/NNP/PERSON Ferraris/NNP/PERSON put/VBD their/PRP$ names/NNS to/TO the/DT agreement/NN ./.");
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).kind).isEqualTo("Signing");
        assertThat(ev.get(0).everyone()).containsExactlyInAnyOrder("Shen Jiawei", "Giulia Ferraris");
    }

    @Test
    void twoMeetingsOfOneSentenceDoNotPairTheirGuests() {
        List<Facts.Event> ev = events("On/IN 30/CD March/NNP ,/, Han/NNP/PERSON Zhiyuan/NNP/PERSON held/VBD a/DT working/JJ lunch/NN "
                + "with/IN Claudia/NNP/PERSON Baumgartner/NNP/PERSON ,/, and/CC exchanged/VBD views/NNS with/IN Laurent/NNP/PERSON "
                + "Chappuis/NNP/PERSON in/IN Lausanne/NNP/CITY the/DT next/JJ day/NN ./.");
        assertThat(ev).extracting(e -> e.everyone().toString())
                .containsExactly("[Han Zhiyuan, Claudia Baumgartner]", "[Han Zhiyuan, Laurent Chappuis]");
        assertThat(ev.get(1).place).isEqualTo("Lausanne");
        if (ev.get(0).when != null && ev.get(0).when.begin() != null && ev.get(0).when.begin().length() == 10) {
            assertThat(ev.get(1).when.begin()).isEqualTo(RelativeDay.shift(ev.get(0).when.begin(), 1).begin());
        }
    }

    @Test
    void aVisitDuringWhichSomeoneWasMetIsAlsoAVisit() {
        List<Facts.Event> ev = events("During/IN a/DT visit/NN to/TO Switzerland/NNP/COUNTRY ,/, Han/NNP/PERSON Zhiyuan/NNP/PERSON "
                + "met/VBD Claudia/NNP/PERSON Baumgartner/NNP/PERSON in/IN Bern/NNP/CITY ./.");
        assertThat(ev).extracting(e -> e.kind + " " + e.everyone())
                .contains("Visit [Han Zhiyuan]");
        assertThat(ev).anyMatch(e -> !e.kind.equals("Visit") && e.everyone().contains("Claudia Baumgartner"));
    }

    @Test
    void aFamilyNameReadAsAPronounBelongsToTheName() {
        assertThat(Names.clean("He Lanfang")).isEqualTo("He Lanfang");
        assertThat(Names.clean("He")).isEmpty();
        List<CoreLabel> t = tokens("Secretary-General/NNP/ROLE He/PRP Lanfang/NNP/PERSON of/IN CAST/NNP");
        assertThat(PersonStage.widened(t, 2, 3)).isEqualTo(1);
        assertThat(PersonStage.widened(tokens("./. He/PRP Lanfang/NNP/PERSON said/VBD"), 2, 3)).isEqualTo(2);
    }
}
