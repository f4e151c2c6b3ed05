package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sdkg.extract.DocFixture.doc;

/** The meeting fallback on hand-built reviews: its triggers, the kind it chooses, and each of its guards. */
class MeetingFallbackTest {
    private static final RuleBook BOOK = RuleBook.load();
    private static final MeetingFallbackStage FALLBACK = new MeetingFallbackStage();
    private static final Map<String, String> LEMMAS = Map.ofEntries(
            Map.entry("met", "meet"), Map.entry("gathered", "gather"), Map.entry("inked", "ink"),
            Map.entry("co-chaired", "co-chair"), Map.entry("visited", "visit"), Map.entry("said", "say"),
            Map.entry("told", "tell"), Map.entry("welcomed", "welcome"), Map.entry("hosted", "host"),
            Map.entry("did", "do"), Map.entry("was", "be"), Map.entry("talks", "talk"), Map.entry("held", "hold"),
            Map.entry("plans", "plan"), Map.entry("joined", "join"));

    /** A review of the paragraphs, with the stages before the fallback run on it. */
    private static Doc read(String... paragraphs) {
        Doc doc = doc(paragraphs);
        for (List<CoreLabel> s : doc.tokens) for (CoreLabel c : s) c.setLemma(LEMMAS.getOrDefault(c.word(), c.word().toLowerCase()));
        new PersonStage(BOOK).apply(doc);
        new DateStage().apply(doc);
        new ReferenceStage(BOOK).apply(doc);
        new CorefStage().apply(doc);
        new EventStage(BOOK).apply(doc);
        return doc;
    }

    /** The fallback event of the one sentence, whatever the event rules made of it. */
    private static Facts.Event of(String sentence) {
        return FALLBACK.event(read(sentence), 0);
    }

    private static final String LI = "Li/NNP/PERSON Wei/NNP/PERSON";
    private static final String SOUZA = "Ana/NNP/PERSON Souza/NNP/PERSON";

    @Test
    void aTriggerAndTwoPeopleAreAMeeting() {
        Facts.Event ev = of(LI + " and/CC " + SOUZA + " gathered/VBD in/IN Lisbon/NNP/CITY ./.");
        assertThat(ev).isNotNull();
        assertThat(ev.kind).isEqualTo("Meeting");
        assertThat(ev.rule).isEqualTo(MeetingFallbackStage.RULE);
        assertThat(ev.participants).containsExactly("Li Wei", "Ana Souza");
    }

    @Test
    void noTriggerOrOnePersonIsNoEvent() {
        assertThat(of(LI + " and/CC " + SOUZA + " are/VBP physicists/NNS ./.")).isNull();
        assertThat(of(LI + " gathered/VBD with/IN physicists/NNS in/IN Lisbon/NNP/CITY ./.")).isNull();
    }

    @Test
    void theStrongestTriggerGivesTheKind() {
        assertThat(of(LI + " and/CC " + SOUZA + " inked/VBD a/DT protocol/NN ./.").kind).isEqualTo("Signing");
        assertThat(of(LI + " and/CC " + SOUZA + " co-chaired/VBD the/DT session/NN ./.").kind).isEqualTo("CommitteeMeeting");
        assertThat(of(LI + " and/CC " + SOUZA + " opened/VBD the/DT workshop/NN ./.").kind).isEqualTo("Workshop");
        assertThat(of(LI + " and/CC " + SOUZA + " spoke/VBD at/IN the/DT forum/NN ./.").kind).isEqualTo("Forum");
        assertThat(of(LI + " and/CC " + SOUZA + " held/VBD talks/NNS ./.").kind).isEqualTo("Talks");
        assertThat(of(LI + " visited/VBD " + SOUZA + " at/IN the/DT institute/NN ./.").kind).isEqualTo("Visit");
        assertThat(of(LI + " visited/VBD Lisbon/NNP/CITY and/CC joined/VBD " + SOUZA + " ./.").kind).isEqualTo("Meeting");
    }

    @Test
    void reportingIsNoMeetingUnlessTheMeetingComesFirst() {
        assertThat(of(LI + " said/VBD that/IN " + SOUZA + " hosted/VBD the/DT guests/NNS ./.")).isNull();
        assertThat(of("At/IN the/DT dinner/NN ,/, " + LI + " told/VBD " + SOUZA + " of/IN the/DT plan/NN ./.")).isNotNull();
    }

    @Test
    void separateSpeakersAreNoMeeting() {
        assertThat(of(LI + " and/CC " + SOUZA + " each/DT welcomed/VBD the/DT guests/NNS ./.")).isNull();
        assertThat(of(LI + " and/CC " + SOUZA + " opened/VBD and/CC closed/VBD the/DT summit/NN respectively/RB ./.")).isNull();
    }

    @Test
    void negationIsNoMeeting() {
        assertThat(of(LI + " did/VBD not/RB meet/VB " + SOUZA + " ./.")).isNull();
        assertThat(of(LI + " was/VBD unable/JJ to/TO attend/VB the/DT dinner/NN with/IN " + SOUZA + " ./.")).isNull();
    }

    @Test
    void futureIsNoMeetingButTheMonthMayIsNoFuture() {
        assertThat(of(LI + " will/MD meet/VB " + SOUZA + " in/IN Lisbon/NNP/CITY ./.")).isNull();
        assertThat(of(LI + " plans/VBZ to/TO host/VB " + SOUZA + " ./.")).isNull();
        assertThat(FALLBACK.kind(RuleBookTest.tokens("In/IN May/NNP they/PRP held/VBD a/DT meeting/NN"))).isEqualTo("Meeting");
        assertThat(FALLBACK.kind(RuleBookTest.tokens("they/PRP may/MD hold/VB a/DT meeting/NN"))).isNull();
    }

    @Test
    void authorsOfAStudyAreNoParticipants() {
        assertThat(of("The/DT study/NN of/IN " + LI + " and/CC " + SOUZA + " was/VBD discussed/VBN ./.")).isNull();
    }

    @Test
    void aPersonNamedThroughAPastPostIsLeftOut() {
        Facts.Event ev = of(LI + " hosted/VBD former/JJ minister/NN " + SOUZA + " and/CC Chen/NNP/PERSON Bo/NNP/PERSON ./.");
        assertThat(ev.participants).containsExactly("Li Wei", "Chen Bo");
    }

    @Test
    void sentencesTheRulesReadOrWhosePeopleAlreadyMetAddNothing() {
        Doc doc = read(LI + " held/VBD talks/NNS with/IN " + SOUZA + " in/IN Lisbon/NNP/CITY ./. | "
                + LI + " and/CC " + SOUZA + " gathered/VBD for/IN dinner/NN ./.");
        int before = doc.events.size();
        assertThat(before).isEqualTo(1);
        FALLBACK.apply(doc);
        assertThat(doc.events).hasSize(before);
    }

    @Test
    void aNewMeetingGetsThePlaceOfItsSentence() {
        Doc doc = read(LI + " and/CC " + SOUZA + " gathered/VBD in/IN Lisbon/NNP/CITY ./.");
        FALLBACK.apply(doc);
        assertThat(doc.events).extracting(e -> e.rule).containsExactly(MeetingFallbackStage.RULE);
        assertThat(doc.events.get(0).place).isEqualTo("Lisbon");
    }

    @Test
    void everyEntryNeedsAnExampleAndEveryGuardIsInTheFile() {
        assertThatThrownBy(() -> MeetingWords.parse("x", "trigger Meeting: meet"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("example");
        MeetingWords words = MeetingWords.load(MeetingFallbackStage.RULE);
        assertThat(words.guardNames()).containsAll(MeetingFallbackStage.BEFORE_TRIGGER)
                .containsAll(MeetingFallbackStage.SENTENCE).contains("past");
        assertThat(words.kinds()).startsWith("Signing").endsWith("Visit");
    }
}
