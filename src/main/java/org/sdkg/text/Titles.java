package org.sdkg.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Shape tests on lines and paragraphs: sentence ends, title-like lines, title keys for fuzzy matching. */
final class Titles {

    /** Abbreviations whose final period does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "prof", "dr", "mr", "mrs", "ms", "mx", "st", "jr", "sr", "no", "nos", "vol", "fig", "vs", "e.g",
            "i.e", "approx", "gen", "col", "lt", "capt", "sen", "rep", "gov", "hon", "rev", "amb", "dept",
            "univ", "assoc", "pres", "sec", "maj", "adm", "cmdr", "sgt", "mt", "ft", "pp", "p", "ch", "art");

    /** Words that do not end a sentence nor a title. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "from", "by", "between", "and", "or",
            "as", "into", "onto", "over", "under", "among", "amongst", "during", "its", "their", "his", "her",
            "this", "that", "these", "those", "which", "who", "whose", "is", "are", "was", "were", "be", "been",
            "has", "have", "had", "will", "would", "can", "could", "such", "than", "through", "via", "towards",
            "toward", "about", "including", "like", "both", "but", "nor", "whether", "while", "where", "when");

    private static final String CLOSERS = "\"'”’»)]";

    private Titles() {}

    /** Whether {@code s} ends a sentence: final . ! ? : ; … or a closing double quote, but not "Prof.". */
    static boolean endsSentence(String s) {
        return endsSentence(s, false);
    }

    /** Whether {@code s} ends with a full stop, ! or ? (after closing quotes and brackets), but not "Prof.". */
    static boolean endsWithFullStop(String s) {
        return endsSentence(s, true);
    }

    private static boolean endsSentence(String s, boolean fullStopOnly) {
        String t = s.strip();
        if (t.isEmpty()) return true;
        char last = t.charAt(t.length() - 1);
        if (!fullStopOnly && (last == '”' || last == '"' || last == '»')) return true;
        int end = t.length();
        while (end > 0 && CLOSERS.indexOf(t.charAt(end - 1)) >= 0) end--;
        if (end == 0) return true;
        char c = t.charAt(end - 1);
        if ((fullStopOnly ? "!?…" : "!?:;…").indexOf(c) >= 0) return true;
        if (c != '.') return false;
        String word = lastWord(t.substring(0, end - 1));
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false;
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the last word of {@code s} is a function word such as "the", "between", "of". */
    static boolean endsWithFunctionWord(String s) {
        return FUNCTION_WORDS.contains(lastWord(s.strip()));
    }

    /**
     * A title-like line: short, no sentence-final punctuation, and (almost) every word of four letters or
     * more capitalised ("China Launches World Energy Vehicle Development Organisation", "January 2026").
     */
    static boolean titleLike(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 140 || endsSentence(t) || endsWithFunctionWord(t)) return false;
        String[] words = t.split("\\s+");
        if (words.length > 16 || (words.length > 8 && t.contains(", "))) return false;
        int longWords = 0;
        int capitalised = 0;
        for (String w : words) {
            String letters = w.replaceAll("^[^\\p{L}]+", "");
            if (letters.codePoints().filter(Character::isLetter).count() < 4) continue;
            longWords++;
            if (Character.isUpperCase(letters.charAt(0))) capitalised++;
        }
        return longWords > 0 && capitalised >= 0.75 * longWords;
    }

    /** Running prose: at least six words, some of them lower-case Latin words, and not title-like. */
    static boolean proseLike(String s) {
        String t = s.strip();
        String[] words = t.split("\\s+");
        long lower = Arrays.stream(words).filter(w -> w.matches("[a-z][a-z'’-]*[,;]?")).count();
        return words.length >= 6 && lower >= 2 && !titleLike(t);
    }

    /** Whether {@code s} starts (after quotes and brackets) with a lower-case letter. */
    static boolean startsLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) return Character.isLowerCase(c);
        }
        return false;
    }

    /** Key of a title for fuzzy matching: lower case, no possessive 's, letters and digits only. */
    static String key(String title) {
        return title.toLowerCase(Locale.ROOT)
                .replaceAll("['’‘`]s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** Whether two titles name the same thing: equal keys, or mostly the same content words (Dice >= 0.6). */
    static boolean sameTitle(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka.isEmpty() || kb.isEmpty()) return false;
        if (ka.equals(kb)) return true;
        Set<String> wa = contentWords(ka);
        Set<String> wb = contentWords(kb);
        if (wa.size() + wb.size() < 4) return false;
        Set<String> inter = new HashSet<>(wa);
        inter.retainAll(wb);
        return 2.0 * inter.size() >= 0.6 * (wa.size() + wb.size());
    }

    private static Set<String> contentWords(String key) {
        Set<String> words = new HashSet<>(Arrays.asList(key.split(" ")));
        words.removeAll(FUNCTION_WORDS);
        return words;
    }

    private static String lastWord(String s) {
        int i = s.length();
        while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) i--;
        return s.substring(i).replaceAll("^[^\\p{L}\\p{N}]+", "");
    }
}
