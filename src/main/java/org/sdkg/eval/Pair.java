package org.sdkg.eval;

import java.util.ArrayList;
import java.util.List;

/** An unordered pair of people who met, by name; {@code a} sorts before {@code b}. */
record Pair(String a, String b) {
    static Pair of(String x, String y) {
        return x.compareTo(y) <= 0 ? new Pair(x, y) : new Pair(y, x);
    }

    /** Every pair of distinct names of a list. */
    static List<Pair> all(List<String> names) {
        List<String> distinct = names.stream().distinct().toList();
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                out.add(of(distinct.get(i), distinct.get(j)));
            }
        }
        return out;
    }

    @Override
    public String toString() { return a + " – " + b; }
}
