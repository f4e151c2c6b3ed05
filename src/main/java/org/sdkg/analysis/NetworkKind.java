package org.sdkg.analysis;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The networks sdkg builds: who is tied to whom because they took part in one event, signed one agreement,
 * founded one organisation or, for the mixed network, held a post in it.
 * Each kind has a SPARQL query ({@code members-{name}.rq}) listing, for every event, agreement, founded
 * organisation or post, its members; members of one such group are tied pairwise.
 */
public enum NetworkKind {
    PEOPLE(EnumSet.of(NodeKind.PERSON)),
    ORGANISATIONS(EnumSet.of(NodeKind.ORGANISATION)),
    COUNTRIES(EnumSet.of(NodeKind.COUNTRY)),
    MIXED(EnumSet.allOf(NodeKind.class));

    private final Set<NodeKind> nodeKinds;

    NetworkKind(Set<NodeKind> nodeKinds) { this.nodeKinds = nodeKinds; }

    /** The lower case name: {@code people}, {@code organisations}, {@code countries}, {@code mixed}. */
    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** Whether nodes of this kind belong to this network. */
    public boolean accepts(NodeKind kind) { return kind != null && nodeKinds.contains(kind); }

    /** The classpath resource holding the membership query. */
    public String queryResource() { return "members-" + label() + ".rq"; }

    /** The network named {@code name} (case-insensitive), or an IllegalArgumentException naming the choices. */
    public static NetworkKind parse(String name) {
        for (NetworkKind k : values()) if (k.label().equalsIgnoreCase(name.trim())) return k;
        throw new IllegalArgumentException("Unknown network \"" + name + "\"; choose one of "
                + Arrays.stream(values()).map(NetworkKind::label).collect(Collectors.joining(", ")) + ".");
    }
}
