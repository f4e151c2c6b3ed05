package org.sdkg.extract;

import java.util.Locale;

/** The sdkg class of an organisation not in the gazetteer, guessed from its head words. */
public final class OrgTypes {
    private OrgTypes() {}

    /** Local name of the sdkg class: GovernmentBody, Academy, University, ResearchInstitute, Company, ... */
    public static String guess(String name) {
        String n = " " + name.toLowerCase(Locale.ROOT) + " ";
        if (n.matches(".* joint (lab|laboratory|laboratories|research cent(re|er)) .*")) return "JointLab";
        if (n.matches(".* (university|college|school) .*")) return "University";
        if (n.matches(".* (ministry|department|administration|agency|bureau|directorate|commission|authority|government|office) .*")) return "GovernmentBody";
        if (n.matches(".* (academy|academies) .*")) return "Academy";
        if (n.matches(".* (institute|institutes|laboratory|lab|centre|center|observatory|observatories|library) .*")) return "ResearchInstitute";
        if (n.matches(".* (corporation|company|co\\.|ltd\\.|inc\\.|group|gmbh) .*")) return "Company";
        if (n.matches(".* (society|association|federation|alliance|council|consortium|cluster) .*")) return "Association";
        return "Organisation";
    }
}
