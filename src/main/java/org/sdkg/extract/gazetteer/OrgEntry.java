package org.sdkg.extract.gazetteer;

import java.util.List;
import java.util.Optional;

/**
 * An organisation.
 *
 * @param name     canonical name
 * @param type     local name of the sdkg class: GovernmentBody, Academy, University, ResearchInstitute, Company,
 *                 InternationalOrganisation, Association or JointLab
 * @param country  canonical country name, or empty for international organisations
 * @param acronyms acronyms (matched case-sensitively)
 * @param aliases  other names
 * @param wikidata Wikidata QID, or empty when not known with certainty
 * @param parent   canonical name of the parent organisation, or empty
 */
public record OrgEntry(String name, String type, String country, List<String> acronyms, List<String> aliases,
                       String wikidata, String parent) implements Entry {
    public OrgEntry {
        acronyms = List.copyOf(acronyms);
        aliases = List.copyOf(aliases);
    }

    /** The parent organisation's canonical name, if any. */
    public Optional<String> parentName() {
        return parent.isEmpty() ? Optional.empty() : Optional.of(parent);
    }
}
