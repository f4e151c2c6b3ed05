package org.sdkg.extract;

import java.util.Set;

/**
 * One step of the extraction pipeline, like a CoreNLP annotator: it reads what earlier stages
 * provided in a {@link Doc} and adds its own layer.
 */
public interface Stage {
    /** The stage's name, used in error messages. */
    String name();

    /** The layers that must be present before this stage runs. */
    Set<String> requires();

    /** The layers this stage adds. */
    Set<String> provides();

    /** Runs the stage over one review. */
    void apply(Doc doc);
}
