package org.sdkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a launched organisation is for, as written: "The objective of the Centre is to develop ...", "an
 * organization dedicated to deep space exploration", "The lab aims to ...", "was launched in Beijing to promote
 * ...", or the words after "for" in its name ("Joint Laboratory for Earthquake Engineering").
 */
final class LaunchPurpose {
    private LaunchPurpose() {}

    /** Words naming what was launched when it is not named again ("the Centre", "this association"). */
    static final Pattern LAUNCHED = Pattern.compile("(?i)lab|laboratory|laboratories|cent(re|er)|organi[sz]ation|association|alliance"
            + "|institute|platform|network|body|consortium|hub|station|observatory|facility|base|park|partnership|union|federation");

    private static final Pattern GOAL = Pattern.compile("(?i)(primary |main |principal |overall )?(objectives?|aims?|purposes?|goals?|missions?)");
    private static final Set<String> ENDS = Set.of(".", ";", "!", "?");
    private static final int MAX = 40;

    /**
     * The tokens {@code [from, to)} of the purpose written in a sentence, or null; {@code launchSentence} tells whether the launch clause is in this
     * sentence ("to + verb" after it counts only there), {@code launched} the launched organisation's name.
     */
    static int[] find(List<String> w, List<String> tags, boolean launchSentence, String launched) {
        int n = w.size();
        for (int k = 0; k + 1 < n; k++) {
            String lw = w.get(k).toLowerCase(Locale.ROOT);
            // "The (primary) objective of the Centre is (exclusively dedicated) to ..."
            if (GOAL.matcher(lw).matches() && k + 3 < n && w.get(k + 1).equals("of")) {
                int j = k + 2;
                if (w.get(j).matches("(?i)the|this|its|their|that")) j++;
                if (j < n && (LAUNCHED.matcher(w.get(j)).matches() || joint(w, j) || launched != null && launched.startsWith(w.get(j)))) {
                    for (int v = j + 1; v < Math.min(n - 1, j + 8); v++) {
                        if (!w.get(v).matches("is|are|was|will")) continue;
                        int t = v + 1;
                        if (w.get(t).equals("be")) t++;
                        while (t < n && w.get(t).matches("(?i)exclusively|mainly|primarily|dedicated|devoted|committed")) t++;
                        if (t < n && w.get(t).equals("to")) return phrase(w, t + 1);
                    }
                }
            }
            // "an organization dedicated to deep space exploration", "the lab aims to ..."
            if (lw.matches("dedicated|devoted|committed|aims|aim|seeks|intends|designed|intended") && w.get(k + 1).equals("to")
                    && subjectIsLaunched(w, k, launchSentence, launched)) {
                return phrase(w, k + 2);
            }
            // "was launched in Beijing to promote ..."
            if (launchSentence && lw.matches("launched|opened|inaugurated|established|unveiled|founded|set")) {
                for (int t = k + 1; t + 1 < n && !ENDS.contains(w.get(t)); t++) {
                    if (w.get(t).equals("to") && tags.get(t + 1).equals("VB")) return phrase(w, t + 1);
                    if (w.get(t).equals(",") || tags.get(t).startsWith("VB")) break;
                }
            }
        }
        return null;
    }

    /** "for earthquake engineering" from "China-Turkey Joint Laboratory for Earthquake Engineering", or null. */
    static String fromName(String name) {
        int at = name.indexOf(" for ");
        if (at < 0 || !LAUNCHED.matcher(name.substring(0, at).replaceAll(".* ", "")).matches()) return null;
        String rest = name.substring(at + 5).strip();
        return rest.isEmpty() ? null : rest.toLowerCase(Locale.ROOT);
    }

    private static boolean joint(List<String> w, int j) {
        return w.get(j).equalsIgnoreCase("joint") && j + 1 < w.size() && LAUNCHED.matcher(w.get(j + 1)).matches();
    }

    /** The words before a verb of purpose are the launched organisation: in the launch sentence, or "The Centre aims to". */
    private static boolean subjectIsLaunched(List<String> w, int k, boolean launchSentence, String launched) {
        if (launchSentence) return true;
        for (int i = 0; i < k; i++) {
            String x = w.get(i);
            if (LAUNCHED.matcher(x).matches() || x.matches("It|(?i)its") || launched != null && launched.contains(x) && Character.isUpperCase(x.charAt(0)) && i == 1) {
                return true;
            }
            if (x.equals(",") || x.matches("(?i)which|that|MoU|agreement|memorandum")) return false;
        }
        return false;
    }

    /** The tokens from {@code from} to the end of the clause; null for fewer than two words. */
    private static int[] phrase(List<String> w, int from) {
        int t = from;
        for (; t < w.size() && t < from + MAX; t++) {
            String x = w.get(t);
            if (ENDS.contains(x) || x.equals(",") && t + 1 < w.size() && w.get(t + 1).matches("which|for|where|while|with")) break;
            if (x.equals(",") && t + 2 < w.size() && w.get(t + 1).matches("was|were|is")) break;
        }
        return t - from < 2 ? null : new int[] {from, t};
    }
}
