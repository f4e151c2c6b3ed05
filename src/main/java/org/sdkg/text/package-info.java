/**
 * Reading review texts: {@link org.sdkg.text.Cleaner} removes the artefacts of the PDF-to-markdown conversion
 * while keeping a map to the original offsets ({@link org.sdkg.text.CleanText}); {@link org.sdkg.text.ReviewText}
 * finds a review's issue month and its sections; {@link org.sdkg.text.DateFinder} finds the dates written in
 * its prose.
 */
package org.sdkg.text;
