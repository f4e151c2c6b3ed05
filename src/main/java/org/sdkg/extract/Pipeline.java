package org.sdkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of {@link Stage}s. Building it checks that every stage's requirements are provided
 * by the stages before it (or by the document itself: {@link Doc#TEXT} and {@link Doc#TOKENS}).
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) { this.stages = List.copyOf(stages); }

    /** Starts a pipeline. */
    public static Builder builder() { return new Builder(); }

    /** Runs every stage in order. */
    public void run(Doc doc) {
        for (Stage s : stages) {
            s.apply(doc);
        }
    }

    /** The stages in order. */
    public List<Stage> stages() { return stages; }

    /** Adds stages and checks their order. */
    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        private final Set<String> available = new HashSet<>(Set.of(Doc.TEXT, Doc.TOKENS));

        /** Appends a stage; fails when something it requires is not provided by an earlier stage. */
        public Builder add(Stage stage) {
            for (String r : stage.requires()) {
                if (!available.contains(r)) {
                    throw new IllegalStateException("stage " + stage.name() + " requires " + r
                            + ", which no earlier stage provides");
                }
            }
            available.addAll(stage.provides());
            stages.add(stage);
            return this;
        }

        public Pipeline build() { return new Pipeline(stages); }
    }
}
