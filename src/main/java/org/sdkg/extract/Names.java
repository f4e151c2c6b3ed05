package org.sdkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Person name normalisation: titles and honorifics removed, pronouns and non-names rejected. */
public final class Names {
    private Names() {}

    /** Honorifics written before names, lower case, without the final dot. */
    public static final Set<String> HONORIFICS = Set.of("prof", "professor", "dr", "mr", "mrs", "ms", "miss",
            "sir", "dame", "lord", "lady", "madam", "madame", "mme", "m", "h.e", "he", "excellency", "academician",
            "ambassador", "hon", "honourable", "honorable", "rev", "gen", "general", "col", "capt", "eng", "engr");

    /** Words that are never (part of) a person's name. */
    public static final Set<String> NOT_NAMES = Set.of("he", "she", "him", "her", "his", "hers", "they", "them",
            "their", "it", "its", "we", "us", "our", "i", "me", "my", "you", "your", "who", "whom", "the", "a", "an",
            "this", "that", "these", "those", "both", "minister", "president", "director", "chairman", "ceo",
            "head", "secretary", "vice", "deputy", "chief", "dean", "premier", "according", "meanwhile", "also");

    /** Capitalised words of organisation and portfolio names, never part of a person's name ("Scientific Research"). */
    public static final Set<String> ORG_WORDS = Set.of("research", "science", "sciences", "scientific", "technology",
            "technological", "education", "higher", "innovation", "development", "affairs", "ministry", "department",
            "university", "institute", "academy", "council", "committee", "commission", "cooperation", "foundation",
            "centre", "center", "national", "international", "planning", "environment", "agriculture", "industry",
            "trade", "economy", "finance", "health", "energy", "space", "breakthroughs", "discoveries", "states", "republic",
            "kingdom", "nations", "union", "emirates", "islands", "federation", "government", "association", "society",
            "agency", "administration", "laboratory", "observatory", "programme", "program", "forum", "summit",
            "conference", "initiative", "corporation", "company", "organisation", "organization", "engineering");

    /** Whether the word is an honorific ("Prof.", "Dr", "Sir"). */
    public static boolean isHonorific(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        return HONORIFICS.contains(w);
    }

    /** Whether the word can never be part of a person's name (pronouns, articles, role words). */
    public static boolean isNotName(String word) {
        return NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The name without leading honorifics and surrounding punctuation, or an empty string when nothing
     * name-like is left: "Prof. Dou Xiankang" gives "Dou Xiankang", "He" gives "".
     */
    public static String clean(String name) {
        List<String> words = new ArrayList<>(Arrays.asList(name.trim().split("\\s+")));
        while (!words.isEmpty() && (isHonorific(words.get(0)) && !(words.size() > 1 && SURNAME_FIRST.contains(words.get(0)))
                || words.get(0).matches("\\p{Punct}+"))) {
            words.remove(0);
        }
        while (!words.isEmpty() && words.get(words.size() - 1).matches("\\p{Punct}+|'s|’s")) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) return "";
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            // "He Lanfang": a family name written first may also be a pronoun
            if (i == 0 && words.size() > 1 && SURNAME_FIRST.contains(w)) continue;
            if (isNotName(w) || !Character.isUpperCase(w.codePointAt(0)) || ORG_WORDS.contains(w.toLowerCase(Locale.ROOT))) return "";
        }
        return String.join(" ", words);
    }

    /** Family names written first (Chinese, Vietnamese, Korean), from {@code names/surname-first.txt}. */
    public static final Set<String> SURNAME_FIRST = load("names/surname-first.txt");

    /**
     * The surname of a full name: the first word when it is a family name written first ("Chen Zhongwei" gives
     * "Chen"), else the last word ("Milan Jovanović" gives "Jovanović"); null for a one-word name.
     */
    public static String surname(String fullName) {
        String[] w = fullName.trim().split("\\s+");
        if (w.length < 2) return null;
        return SURNAME_FIRST.contains(w[0]) ? w[0] : w[w.length - 1];
    }

    /** The grammatical gender an honorific gives ('m' for "Mr", 'f' for "Ms"), or 0 when it gives none. */
    public static char gender(String honorific) {
        String w = honorific.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        return switch (w) {
            case "mr", "sir", "lord", "m" -> 'm';
            case "mrs", "ms", "miss", "madam", "madame", "mme", "dame", "lady" -> 'f';
            default -> 0;
        };
    }

    private static Set<String> load(String resource) {
        try (java.io.InputStream in = Names.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            Set<String> out = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\r?\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) out.add(w);
            }
            return Set.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether a cleaned name is acceptable as a person's label. */
    public static boolean isPersonName(String name) {
        return !name.isEmpty() && name.equals(clean(name));
    }

    /**
     * The one longer name of {@code names} whose first or last words are the words of {@code name} ("Nik Azman"
     * of "Nik Azman Yusof"); {@code name} itself when there is none or more than one (two people sharing a
     * surname are never one person).
     */
    public static String longerForm(String name, java.util.Collection<String> names) {
        String[] w = name.trim().split("\\s+");
        String found = null;
        for (String n : names) {
            String[] v = n.trim().split("\\s+");
            if (v.length <= w.length) continue;
            boolean head = true;
            boolean tail = true;
            for (int i = 0; i < w.length; i++) {
                head &= v[i].equals(w[i]);
                tail &= v[v.length - w.length + i].equals(w[i]);
            }
            if (!head && !tail) continue;
            if (found != null && !found.equals(n)) return name;
            found = n;
        }
        return found == null ? name : found;
    }
}
