package org.sdkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The outline of a cleaned review: its front matter (title page, dateline, bulleted table of contents) and the
 * sections of its body. A section starts at a heading after the front matter: a markdown heading, a plain line
 * repeating a table-of-contents entry, or, when there is no table of contents, a title-like line followed by
 * prose.
 */
record Outline(List<Block> frontMatter, List<Section> sections, int bodyStart) {

    /** Blocks searched for a dateline when there is no table of contents. */
    private static final int TITLE_PAGE_BLOCKS = 12;

    static Outline of(Layout layout) {
        List<Block> blocks = layout.blocks();
        int firstProse = blocks.size();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.PARAGRAPH && Titles.proseLike(layout.text(b))) {
                firstProse = i;
                break;
            }
        }
        int tocEnd = -1;
        for (int i = 0; i < firstProse; i++) {
            if (blocks.get(i).kind() == Block.Kind.BULLET) {
                int j = i;
                while (j < blocks.size() && blocks.get(j).kind() == Block.Kind.BULLET) j++;
                tocEnd = j;
                break;
            }
        }
        int bodyFrom;
        if (tocEnd >= 0) {
            bodyFrom = tocEnd;
        } else {
            bodyFrom = Math.min(firstProse, blocks.size());
            while (bodyFrom > 0 && isHeadingBefore(layout, blocks, bodyFrom - 1)) bodyFrom--;
        }
        List<Block> front = blocks.subList(0, tocEnd >= 0 ? tocEnd : Math.min(blocks.size(), TITLE_PAGE_BLOCKS));
        List<Block> heads = new ArrayList<>();
        for (int i = bodyFrom; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.HEADING || (tocEnd < 0 && isPlainTitle(layout, blocks, i))) heads.add(b);
        }
        List<Section> sections = new ArrayList<>();
        int textEnd = layout.clean().length();
        for (int i = 0; i < heads.size(); i++) {
            Block h = heads.get(i);
            int end = i + 1 < heads.size() ? trimEnd(layout, heads.get(i + 1).start()) : textEnd;
            sections.add(new Section(i, layout.text(h), h.start(), end));
        }
        int bodyStart = !sections.isEmpty() ? sections.get(0).start()
                : bodyFrom < blocks.size() ? blocks.get(bodyFrom).start() : textEnd;
        return new Outline(List.copyOf(front), sections, bodyStart);
    }

    /** A heading standing just before the first prose (the first section's heading, no table of contents). */
    private static boolean isHeadingBefore(Layout layout, List<Block> blocks, int i) {
        Block b = blocks.get(i);
        return (b.kind() == Block.Kind.HEADING && b.level() != 1) || isPlainTitle(layout, blocks, i);
    }

    /** A title-like paragraph followed by prose. */
    private static boolean isPlainTitle(Layout layout, List<Block> blocks, int i) {
        Block b = blocks.get(i);
        if (b.kind() != Block.Kind.PARAGRAPH || !Titles.titleLike(layout.text(b)) || i + 1 >= blocks.size()) {
            return false;
        }
        Block next = blocks.get(i + 1);
        return next.kind() == Block.Kind.PARAGRAPH && Titles.proseLike(layout.text(next));
    }

    private static int trimEnd(Layout layout, int end) {
        String t = layout.clean().text();
        while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) end--;
        return end;
    }
}
