package org.sdkg.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes inline markup from one line of a converted review: markdown links and images (their text is kept),
 * backslash escapes, emphasis markers, HTML tags (the content of {@code <sup>}/{@code <sub>} is kept) and
 * common HTML entities. Every kept character keeps its offset in the original text.
 */
final class InlineMarkup {

    private static final String ESCAPABLE = "\\`*_{}[]()#+-.!$&<>|~\"'";
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|nbsp|#\\d{1,5});");
    private static final Map<String, Character> ENTITIES = Map.of(
            "amp", '&', "lt", '<', "gt", '>', "quot", '"', "apos", '\'', "nbsp", ' ');

    private InlineMarkup() {}

    /** Appends the cleaned characters of {@code raw[from, to)} to {@code out}. */
    static void clean(String raw, int from, int to, TextBuilder out) {
        int i = from;
        while (i < to) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < to && ESCAPABLE.indexOf(raw.charAt(i + 1)) >= 0) {
                out.append(raw.charAt(i + 1), i + 1);
                i += 2;
            } else if (c == '[' || (c == '!' && i + 1 < to && raw.charAt(i + 1) == '[')) {
                int open = c == '!' ? i + 1 : i;
                int[] link = link(raw, open, to);
                if (link == null) {
                    out.append(c, i);
                    i++;
                } else {
                    clean(raw, open + 1, link[0], out);
                    i = link[1];
                }
            } else if (c == '<' && lookingAt(TAG, raw, i, to) > 0) {
                int end = lookingAt(TAG, raw, i, to);
                String name = raw.substring(i, end).replaceAll("[</>]", " ").trim().toLowerCase();
                if (name.startsWith("br")) out.append(' ', i);
                i = end;
            } else if (c == '&' && lookingAt(ENTITY, raw, i, to) > 0) {
                int end = lookingAt(ENTITY, raw, i, to);
                String name = raw.substring(i + 1, end - 1);
                char v = name.startsWith("#") ? (char) Integer.parseInt(name.substring(1)) : ENTITIES.get(name);
                out.append(v, i);
                i = end;
            } else if (c == '*' || c == '_') {
                int run = i;
                while (run < to && raw.charAt(run) == c) run++;
                if (!isMarker(raw, from, to, i, run, c)) {
                    for (int k = i; k < run; k++) out.append(c, k);
                }
                i = run;
            } else {
                out.append(c, i);
                i++;
            }
        }
    }

    /** Emphasis marker unless it stands alone between spaces ({@code 2 * 3}) or joins two word characters. */
    private static boolean isMarker(String raw, int from, int to, int start, int end, char c) {
        char before = start > from ? raw.charAt(start - 1) : ' ';
        char after = end < to ? raw.charAt(end) : ' ';
        boolean spaceBefore = Character.isWhitespace(before);
        boolean spaceAfter = Character.isWhitespace(after);
        if (spaceBefore && spaceAfter) return false;
        if (c == '_' && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) return false;
        return true;
    }

    /**
     * For a {@code [} at {@code open}: {@code {closing bracket, index after the closing parenthesis}} of a
     * markdown link {@code [text](target)}, or null when there is none.
     */
    private static int[] link(String raw, int open, int to) {
        int depth = 0;
        for (int j = open + 1; j < to; j++) {
            char c = raw.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                if (depth-- > 0) continue;
                if (j + 1 >= to || raw.charAt(j + 1) != '(') return null;
                int parens = 0;
                for (int k = j + 2; k < to; k++) {
                    char d = raw.charAt(k);
                    if (d == '(') parens++;
                    else if (d == ')' && parens-- == 0) return new int[] {j, k + 1};
                }
                return null;
            }
        }
        return null;
    }

    private static int lookingAt(Pattern p, String raw, int from, int to) {
        Matcher m = p.matcher(raw).region(from, to);
        return m.lookingAt() ? m.end() : -1;
    }
}
