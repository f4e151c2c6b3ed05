package org.sdkg.extract;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineTest {
    record Fake(String name, Set<String> requires, Set<String> provides) implements Stage {
        @Override public void apply(Doc doc) {}
    }

    @Test
    void acceptsStagesInOrder() {
        Pipeline p = Pipeline.builder()
                .add(new Fake("a", Set.of(Doc.TOKENS), Set.of(Doc.MENTIONS)))
                .add(new Fake("b", Set.of(Doc.MENTIONS), Set.of(Doc.PEOPLE))).build();
        assertThat(p.stages()).hasSize(2);
    }

    @Test
    void refusesAStageBeforeWhatItNeeds() {
        assertThatThrownBy(() -> Pipeline.builder().add(new Fake("events", Set.of(Doc.PEOPLE), Set.of(Doc.EVENTS))))
                .hasMessageContaining("events requires people");
    }

    @Test
    void theExtractorStagesAreInOrder() {
        RuleBook rules = RuleBook.load();
        // the same order as CoreNlpExtractor, checked without loading models
        Pipeline.builder().add(new Fake("mentions", Set.of(Doc.TOKENS), Set.of(Doc.MENTIONS)))
                .add(new PersonStage(rules)).add(new DateStage()).add(new PostStage(rules, null))
                .add(new ReferenceStage(rules)).add(new CorefStage()).add(new EventStage(rules)).add(new LaunchStage(rules))
                .add(new AgreementStage(rules, null)).add(new ResearchStage(rules)).build();
    }
}
