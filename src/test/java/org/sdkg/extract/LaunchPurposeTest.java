package org.sdkg.extract;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LaunchPurposeTest {
    /** The purpose of a sentence written as word/TAG tokens, joined by spaces. */
    private static String purpose(String sentence, boolean launchSentence) {
        List<String> items = Arrays.asList(sentence.split(" "));
        List<String> w = items.stream().map(x -> x.split("/")[0]).toList();
        List<String> t = items.stream().map(x -> x.contains("/") ? x.split("/")[1] : "NN").toList();
        int[] p = LaunchPurpose.find(w, t, launchSentence, "China-BRICS Research Centre");
        return p == null ? null : String.join(" ", w.subList(p[0], p[1]));
    }

    @Test
    void theObjectiveOfTheCentre() {
        assertThat(purpose("The objective of the Centre is to/TO develop/VB joint studies on productive forces .", false))
                .isEqualTo("develop joint studies on productive forces");
        assertThat(purpose("The principal objective of the organisation is exclusively dedicated to accelerating/VBG the shift to electric mobility , for which it works .", false))
                .isEqualTo("accelerating the shift to electric mobility");
    }

    @Test
    void theGoalOfSomethingElseIsNoPurpose() {
        assertThat(purpose("The goal of the cooperation is to/TO build/VB an open environment .", false)).isNull();
    }

    @Test
    void dedicatedToAndAimsTo() {
        assertThat(purpose("IDSEA , an organization dedicated to deep space exploration , was launched/VBN in Hefei .", true))
                .isEqualTo("deep space exploration");
        assertThat(purpose("The lab aims to/TO train/VB young scientists .", false)).isEqualTo("train young scientists");
        assertThat(purpose("The MoU , which aims to/TO advance/VB synchrotron science .", false)).isNull();
    }

    @Test
    void toAVerbAfterTheLaunch() {
        assertThat(purpose("The centre was/VBD launched/VBN in Beijing to/TO promote/VB technology transfer .", true))
                .isEqualTo("promote technology transfer");
    }

    @Test
    void forInTheName() {
        assertThat(LaunchPurpose.fromName("China-Turkey Joint Laboratory for Earthquake Engineering")).isEqualTo("earthquake engineering");
        assertThat(LaunchPurpose.fromName("Fund for Science")).isNull();
    }
}
