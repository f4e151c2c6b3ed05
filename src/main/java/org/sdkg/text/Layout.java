package org.sdkg.text;

import java.util.List;

/**
 * A cleaned review with its blocks (headings, bullet items, paragraphs) in text order.
 *
 * @param clean  the cleaned text and its offset map
 * @param blocks the blocks, in order, not overlapping
 */
public record Layout(CleanText clean, List<Block> blocks) {

    public Layout {
        blocks = List.copyOf(blocks);
    }

    /** The text of a block. */
    public String text(Block b) {
        return b.text(clean);
    }
}
