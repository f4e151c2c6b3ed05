package org.sdkg.text;

/** Whitespace normalisation that keeps offsets. */
final class Whitespace {

    private Whitespace() {}

    /** Whether {@code c} counts as a space (including no-break and other Unicode spaces). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whether {@code c} is invisible and can be dropped (zero-width characters, byte order mark, soft hyphen). */
    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || c == '\r';
    }

    /** Trims {@code in} and turns each run of spaces into one plain space. */
    static CleanText collapse(CleanText in) {
        String t = in.text();
        TextBuilder out = new TextBuilder();
        boolean pendingSpace = false;
        int spaceOrigin = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isInvisible(c)) continue;
            if (isSpace(c)) {
                if (!pendingSpace) spaceOrigin = in.origin()[i];
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && out.length() > 0) out.append(' ', spaceOrigin);
            pendingSpace = false;
            out.append(c, in.origin()[i]);
        }
        int end = out.length() == 0 ? in.origin()[t.length()] : out.originAt(out.length() - 1) + 1;
        return out.build(end);
    }

    /** Removes the optional closing {@code #} run of a markdown heading ("## Title ##"). */
    static CleanText stripClosingHashes(CleanText in) {
        String t = in.text();
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == '#') end--;
        if (end == t.length() || (end > 0 && t.charAt(end - 1) != ' ')) return in;
        while (end > 0 && t.charAt(end - 1) == ' ') end--;
        TextBuilder out = new TextBuilder();
        out.append(in, 0, end);
        return out.build(end == 0 ? in.origin()[0] : in.origin()[end - 1] + 1);
    }
}
