package org.sdkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a review converted from PDF to markdown: inline markup goes (see {@link InlineMarkup}), heading and
 * bullet markers go, whitespace runs become one space, paragraphs and headings are separated by {@code "\n\n"},
 * bullet items (and the other lines of one block) by {@code "\n"}. Page numbers are dropped, a line all in
 * bold that reads like a title is a heading, and a sentence cut in two by a page break (a paragraph without a
 * sentence end followed by its continuation) is joined again with one space (a word cut after its hyphen with
 * none). Every cleaned character keeps its original offset.
 */
public final class Cleaner {

    private static final Pattern HEADING = Pattern.compile("[ \\t]{0,3}(#{1,6})[ \\t]+");
    private static final Pattern BULLET = Pattern.compile("[ \\t]*[-*•▪◦‣][ \\t]+");
    /** A line that is all bold: a heading when it reads like a title. */
    private static final Pattern BOLD_LINE = Pattern.compile("\\s*(\\*\\*|__)[^*_]+\\1\\s*");
    /** A page number left by the conversion: "12", "Page 3", "3 of 10", "3/10". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(page\\s*)?\\d{1,3}(\\s*(/|of)\\s*\\d{1,3})?");

    private Cleaner() {}

    /** The cleaned text of {@code raw} with its offset map. */
    public static CleanText clean(String raw) {
        return layout(raw).clean();
    }

    /** The cleaned text of {@code raw} with its blocks. */
    public static Layout layout(String raw) {
        List<Line> lines = lines(raw);
        markTocHeadings(lines);
        TextBuilder out = new TextBuilder();
        List<Block> blocks = new ArrayList<>();
        Line prev = null;
        int blockStart = 0;
        for (Line line : lines) {
            if (line.text == null) {
                if (prev != null) prev.blankAfter = true;
                continue;
            }
            if (prev == null) {
                blockStart = 0;
            } else if (continues(prev, line)) {
                boolean glue = brokenWord(prev.paragraph, line.text.text());
                if (!glue) out.append(' ', prev.end);
                line.paragraph.insert(0, prev.paragraph + (glue ? "" : " "));
            } else {
                blocks.add(prev.block(blockStart, out.length()));
                boolean single = !prev.blankAfter && prev.kind != Block.Kind.HEADING && line.kind != Block.Kind.HEADING;
                int after = prev.text.originalEnd(prev.text.length());
                out.append('\n', after);
                if (!single) out.append('\n', Math.max(after + 1, line.start - 1));
                blockStart = out.length();
            }
            out.append(line.text, 0, line.text.length());
            prev = line;
        }
        if (prev != null) blocks.add(prev.block(blockStart, out.length()));
        return new Layout(out.build(raw.length()), blocks);
    }

    /** Whether {@code line} continues the paragraph that {@code prev} ends. */
    private static boolean continues(Line prev, Line line) {
        if (prev.kind != Block.Kind.PARAGRAPH || line.kind != Block.Kind.PARAGRAPH) return false;
        String p = prev.paragraph.toString();
        String n = line.text.text();
        if (!prev.blankAfter) {
            // a line wrapped inside a paragraph
            return Titles.startsLowerCase(n) || Titles.proseLike(p) || Titles.endsWithFunctionWord(p);
        }
        if (Titles.startsLowerCase(n)) return !Titles.endsWithFullStop(p);
        if (Titles.endsSentence(p)) return false;
        if (Titles.endsWithFunctionWord(p)) return true;
        if (Titles.titleLike(n)) return false;
        return Titles.proseLike(p);
    }

    /** A word cut by a line or page break after its hyphen ("sample-" then "return"): glued back. */
    private static boolean brokenWord(CharSequence prev, String next) {
        int n = prev.length();
        return n >= 2 && prev.charAt(n - 1) == '-' && Character.isLetter(prev.charAt(n - 2))
                && !next.isEmpty() && Character.isLowerCase(next.charAt(0));
    }

    /** Plain lines after the first bulleted list (the table of contents) that repeat one of its entries are headings. */
    private static void markTocHeadings(List<Line> lines) {
        List<String> toc = new ArrayList<>();
        boolean tocDone = false;
        for (Line line : lines) {
            if (line.text == null) continue;
            String text = line.text.text();
            if (line.kind == Block.Kind.BULLET) {
                if (!tocDone) toc.add(text);
                continue;
            }
            tocDone = !toc.isEmpty();
            if (line.kind == Block.Kind.PARAGRAPH && tocDone && Titles.titleLike(text)
                    && toc.stream().anyMatch(t -> Titles.sameTitle(t, text))) {
                line.kind = Block.Kind.HEADING;
                line.level = 0;
            }
        }
    }

    private static List<Line> lines(String raw) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= raw.length()) {
            int nl = raw.indexOf('\n', start);
            int end = nl < 0 ? raw.length() : nl;
            lines.add(line(raw, start, end));
            if (nl < 0) break;
            start = nl + 1;
        }
        return lines;
    }

    private static Line line(String raw, int start, int end) {
        Block.Kind kind = Block.Kind.PARAGRAPH;
        int level = -1;
        int from = start;
        Matcher h = HEADING.matcher(raw).region(start, end);
        Matcher b = BULLET.matcher(raw).region(start, end);
        if (h.lookingAt()) {
            kind = Block.Kind.HEADING;
            level = h.group(1).length();
            from = h.end();
        } else if (b.lookingAt()) {
            kind = Block.Kind.BULLET;
            from = b.end();
        }
        TextBuilder piece = new TextBuilder();
        InlineMarkup.clean(raw, from, end, piece);
        CleanText text = Whitespace.collapse(piece.build(end));
        if (kind == Block.Kind.HEADING) text = Whitespace.stripClosingHashes(text);
        if (kind == Block.Kind.PARAGRAPH && BOLD_LINE.matcher(raw).region(start, end).matches()
                && Titles.titleLike(text.text())) {
            kind = Block.Kind.HEADING;
            level = 0;
        }
        boolean artefact = kind == Block.Kind.PARAGRAPH && PAGE_NUMBER.matcher(text.text()).matches();
        return new Line(text.text().isEmpty() || artefact ? null : text, kind, level, start, end);
    }

    /** One line of the original text, cleaned; {@code text} is null for a blank line. */
    private static final class Line {
        final CleanText text;
        Block.Kind kind;
        int level;
        final int start;
        final int end;
        boolean blankAfter;
        final StringBuilder paragraph = new StringBuilder();

        Line(CleanText text, Block.Kind kind, int level, int start, int end) {
            this.text = text;
            this.start = start;
            this.kind = kind;
            this.level = level;
            this.end = end;
            if (text != null) paragraph.append(text.text());
        }

        Block block(int start, int end) {
            return new Block(start, end, kind, level);
        }
    }
}
