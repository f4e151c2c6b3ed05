package org.sdkg.analysis;

import java.util.List;

/**
 * One group of actors tied by one {@link Tie}: the people at one meeting, the parties of one agreement ...
 *
 * @param tie     what gathers them
 * @param members IRIs of the actors, sorted
 */
public record Gathering(Tie tie, List<String> members) {
    public Gathering {
        members = List.copyOf(members);
    }
}
