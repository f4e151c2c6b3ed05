package org.sdkg.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * True positives, false positives and false negatives of one category, with the items behind the errors.
 * Precision, recall and F1 are 0 when undefined, except that an empty gold and an empty extraction give 1.
 */
public final class Score {
    private int tp;
    private int fp;
    private int fn;
    private final List<String> falsePositives = new ArrayList<>();
    private final List<String> falseNegatives = new ArrayList<>();

    public void truePositive() { tp++; }

    public void falsePositive(String item) {
        fp++;
        falsePositives.add(item);
    }

    public void falseNegative(String item) {
        fn++;
        falseNegatives.add(item);
    }

    /** Adds another score (micro-averaging). */
    public void add(Score other, String prefix) {
        tp += other.tp;
        fp += other.fp;
        fn += other.fn;
        other.falsePositives.forEach(s -> falsePositives.add(prefix + s));
        other.falseNegatives.forEach(s -> falseNegatives.add(prefix + s));
    }

    public int tp() { return tp; }
    public int fp() { return fp; }
    public int fn() { return fn; }
    public List<String> falsePositives() { return Collections.unmodifiableList(falsePositives); }
    public List<String> falseNegatives() { return Collections.unmodifiableList(falseNegatives); }

    public double precision() {
        if (tp + fp == 0) {
            return fn == 0 ? 1.0 : 0.0;
        }
        return tp / (double) (tp + fp);
    }

    public double recall() {
        if (tp + fn == 0) {
            return fp == 0 ? 1.0 : 0.0;
        }
        return tp / (double) (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "TP=%d FP=%d FN=%d P=%.3f R=%.3f F1=%.3f",
                tp, fp, fn, precision(), recall(), f1());
    }
}
