package org.sdkg.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The groups of actors of one network kind read from the graph, and the actors they hold.
 * Slice them by time with {@link #within(TimeRange)}, then tie them into a network with {@link #network()}.
 */
public final class Gatherings {
    private final NetworkKind kind;
    private final Map<String, Actor> actors;
    private final List<Gathering> gatherings;

    public Gatherings(NetworkKind kind, Map<String, Actor> actors, List<Gathering> gatherings) {
        this.kind = kind;
        this.actors = Map.copyOf(actors);
        this.gatherings = List.copyOf(gatherings);
    }

    public NetworkKind kind() { return kind; }

    /** Every actor of any gathering, by IRI. */
    public Map<String, Actor> actors() { return actors; }

    public List<Gathering> list() { return gatherings; }

    /** The gatherings dated within a range (all of them, undated too, for {@link TimeRange#ALL}). */
    public Gatherings within(TimeRange range) {
        return new Gatherings(kind, actors, gatherings.stream().filter(g -> range.contains(g.tie().date())).toList());
    }

    /** The years in which gatherings are dated, in order. */
    public SortedSet<String> years() {
        TreeSet<String> years = new TreeSet<>();
        gatherings.stream().map(g -> g.tie().year()).filter(Objects::nonNull).forEach(years::add);
        return years;
    }

    /** The network tying the members of each gathering pairwise. */
    public ActorNetwork network() {
        return ActorNetwork.of(this);
    }
}
