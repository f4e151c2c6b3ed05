package org.sdkg.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An edge of an {@link ActorNetwork}: two actors and the ties (events, agreements ...) they share.
 * Its weight is the number of distinct ties.
 */
public final class Link {
    private final String source;
    private final String target;
    private final Map<String, Tie> ties = new LinkedHashMap<>();

    Link(String source, String target) {
        this.source = source;
        this.target = target;
    }

    void add(Tie tie) { ties.putIfAbsent(tie.iri(), tie); }

    public String source() { return source; }

    public String target() { return target; }

    /** The shared ties, in the order of their gatherings (by date). */
    public List<Tie> ties() { return new ArrayList<>(ties.values()); }

    /** The number of distinct shared ties. */
    public int weight() { return ties.size(); }

    @Override
    public String toString() { return source + " -- " + target + " (" + weight() + ")"; }
}
