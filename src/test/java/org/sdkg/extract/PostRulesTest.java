package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sdkg.extract.RuleBookTest.tokens;

/** The post rule files on hand-built tokens: which person, role and organisation groups they find. */
class PostRulesTest {
    private static final RuleBook BOOK = RuleBook.load();

    /** Every hit of the post rules as "person | role | org-or-field-or-generic-or-country". */
    private static List<String> posts(String spec) {
        List<CoreLabel> t = tokens(spec);
        List<String> out = new ArrayList<>();
        for (RuleFile f : BOOK.forStage("post")) {
            for (RuleMatcher.Hit h : RuleMatcher.match(f, 0, t)) {
                int[] p = h.group("person");
                int[] r = h.group("role");
                if (p == null || r == null) continue;
                String what = "-";
                for (String g : List.of("org2", "org", "field", "generic", "country")) {
                    int[] x = h.group(g);
                    if (x != null) { what = g + ":" + words(t, x); break; }
                }
                out.add(words(t, p) + " | " + words(t, r) + " | " + what);
            }
        }
        return out;
    }

    private static String words(List<CoreLabel> t, int[] g) {
        StringBuilder b = new StringBuilder();
        for (int k = g[0]; k < g[1]; k++) b.append(k > g[0] ? " " : "").append(t.get(k).word());
        return b.toString();
    }

    @Test
    void formerPostWithDemonym() {
        assertThat(posts("Maha/NNP/PERSON Rabbat/NNP/PERSON ,/, former/JJ Egyptian/NNP/DEMONYM Health/NNP/ROLE "
                + "Minister/NNP/ROLE ,/, cherished/VBD")).contains("Maha Rabbat | Health Minister | country:Egyptian");
    }

    @Test
    void ambassadorToACountry() {
        assertThat(posts("Gong/NNP/PERSON Weiping/NNP/PERSON ,/, Chinese/NNP/DEMONYM Ambassador/NNP/ROLE to/TO "
                + "Hungary/NNP/COUNTRY ,/, cut/VBD")).contains("Gong Weiping | Ambassador | country:Chinese");
    }

    @Test
    void headOfAnAdministrativeUnitIsAPostOfTheParent() {
        assertThat(posts("Tat-Ming/NNP/PERSON Chan/NNP/PERSON ,/, Head/NNP/ROLE of/IN Division/NNP of/IN "
                + "Neurosurgery/NNP ,/, The/DT Chinese/NNP/ORGANIZATION University/NNP/ORGANIZATION ,/,"))
                .contains("Tat-Ming Chan | Head | org:Chinese University");
    }

    @Test
    void secondPostAfterAProgrammeAndThePostInTheAssociation() {
        List<String> found = posts("Wu/NNP/PERSON Weiren/NNP/PERSON ,/, Chief/NNP/ROLE Designer/NN/ROLE of/IN "
                + "China/NNP/COUNTRY 's/POS lunar/JJ exploration/NN program/NN and/CC an/DT academician/NN/ROLE of/IN "
                + "the/DT Chinese/NNP/ORGANIZATION Academy/NNP/ORGANIZATION ,/, who/WP has/VBZ been/VBN elected/VBN "
                + "as/IN the/DT association/NN 's/POS first/JJ chairman/NN/ROLE ,/, declared/VBD");
        assertThat(found).contains("Wu Weiren | Chief Designer | country:China",
                "Wu Weiren | academician | org:Chinese Academy", "Wu Weiren | chairman | generic:association");
    }

    @Test
    void itsRefersBack() {
        assertThat(posts("Nguyen/NNP/PERSON Huong/NNP/PERSON ,/, Vice/NNP/ROLE President/NNP/ROLE of/IN VUSTA/NNP/ORGANIZATION "
                + ",/, and/CC Le/NNP/PERSON Vinh/NNP/PERSON ,/, its/PRP$ Secretary/NNP/ROLE General/NNP/ROLE ./."))
                .contains("Le Vinh | Secretary General | generic:its");
    }

    @Test
    void organisationRoleName() {
        assertThat(posts("signed/VBN by/IN IGDB/NNP/ORGANIZATION Director/NNP/ROLE Prof./NNP/HONORIFIC Hou/NNP/PERSON "
                + "Jianmin/NNP/PERSON and/CC")).contains("Hou Jianmin | Director | org:IGDB");
    }

    @Test
    void ministerForAFieldOfACountry() {
        assertThat(posts("Hungarian/JJ/DEMONYM Minister/NNP/ROLE for/IN Culture/NNP and/CC Innovation/NNP "
                + "Balázs/NNP/PERSON Kerekes/NNP/PERSON and/CC")).contains("Balázs Kerekes | Minister | field:Culture and Innovation");
        assertThat(posts("Kenya/NNP/COUNTRY 's/POS Cabinet/NNP Secretary/NNP/ROLE for/IN Education/NNP ,/, "
                + "Julius/NNP/PERSON Ndegwa/NNP/PERSON ,/,")).contains("Julius Ndegwa | Secretary | field:Education ,");
    }

    @Test
    void aFieldIsNotAnOrganisationName() {
        assertThat(posts("Muhammad/NNP/PERSON Khan/NNP/PERSON ,/, Chairman/NNP/ROLE of/IN Space/NNP/ORGANIZATION "
                + "Commission/NNP/ORGANIZATION ,/,")).contains("Muhammad Khan | Chairman | org:Space Commission")
                .noneMatch(x -> x.contains("field:"));
    }

    @Test
    void portfolioWordsTakenForANameStayInTheField() {
        assertThat(posts("with/IN Russian/JJ/DEMONYM Deputy/NNP/ROLE Minister/NNP/ROLE of/IN Science/NNP and/CC "
                + "Higher/NNP/PERSON Education/NNP/PERSON Dmitry/NNP/PERSON Kuznetsov/NNP/PERSON and/CC"))
                .contains("Dmitry Kuznetsov | Deputy Minister | field:Science and Higher Education");
        assertThat(posts("Indonesia/NNP/COUNTRY 's/POS Minister/NNP/ROLE of/IN Higher/NNP Education/NNP ,/, Science/NNP "
                + "and/CC Technology/NNP ,/, Prof./NNP/HONORIFIC Bambang/NNP/PERSON Wicaksono/NNP/PERSON ,/, received/VBD"))
                .contains("Bambang Wicaksono | Minister | field:Higher Education , Science and Technology ,");
    }

    @Test
    void countrysMinisterAfterTheName() {
        assertThat(posts("with/IN Bakhtiyor/NNP/PERSON Rakhimov/NNP/PERSON ,/, Uzbekistan/NNP/COUNTRY 's/POS Minister/NNP/ROLE "
                + "of/IN Higher/NNP Education/NNP ,/, Science/NNP and/CC Innovation/NNP ./."))
                .contains("Bakhtiyor Rakhimov | Minister | field:Higher Education , Science and Innovation");
        assertThat(posts("Abdulaziz/NNP/PERSON Al-Suwailem/NNP/PERSON ,/, Saudi/NNP/DEMONYM Deputy/NNP/ROLE Minister/NNP/ROLE "
                + "of/IN Education/NNP for/IN Research/NNP and/CC Innovation/NNP ,/, and/CC"))
                .contains("Abdulaziz Al-Suwailem | Deputy Minister | field:Education");
    }

    @Test
    void aPortfolioAfterTheRoleIsSkipped() {
        assertThat(posts("Faisal/NNP/PERSON Al-Harbi/NNP/PERSON ,/, Vice/NNP/ROLE President/NNP/ROLE for/IN Research/NNP "
                + "at/IN KAUST/NNP/ORGANIZATION ,/, and/CC")).contains("Faisal Al-Harbi | Vice President | org:KAUST");
        assertThat(posts("Rebecca/NNP/PERSON Hartley/NNP/PERSON ,/, Deputy/NNP/ROLE Secretary/NNP/ROLE for/IN Science/NNP ,/, "
                + "Innovation/NNP and/CC Technology/NNP at/IN MBIE/NNP/ORGANIZATION ,/, led/VBD"))
                .contains("Rebecca Hartley | Deputy Secretary | org:MBIE");
    }

    @Test
    void itsRoleBeforeTheNameAndAmbassadorToATwoWordCountry() {
        assertThat(posts("headed/VBN by/IN its/PRP$ President/NNP/ROLE ,/, Academician/NNP/HONORIFIC Dragan/NNP/PERSON "
                + "Petrovic/NNP/PERSON ,/, in/IN")).contains("Dragan Petrovic | President | generic:its");
        assertThat(posts("Tang/NNP/PERSON Zhengyu/NNP/PERSON ,/, the/DT Chinese/JJ/DEMONYM Ambassador/NNP/ROLE to/IN "
                + "Saudi/NNP/COUNTRY Arabia/NNP/COUNTRY ./.")).contains("Tang Zhengyu | Ambassador | country:Chinese");
    }

    @Test
    void whoLedTheResearch() {
        assertThat(posts("Prof./NNP/HONORIFIC Zhou/NNP/PERSON Peiyuan/NNP/PERSON of/IN Fudan/NNP/ORGANIZATION "
                + "University/NNP/ORGANIZATION ,/, who/WP led/VBD the/DT research/NN ,/, stated/VBD"))
                .contains("Zhou Peiyuan | led | org:Fudan University");
        assertThat(posts("Dr./NNP/HONORIFIC Fang/NNP/PERSON Qiming/NNP/PERSON ,/, who/WP leads/VBZ the/DT EAST/NNP "
                + "operation/NN team/NN ,/, said/VBD")).contains("Fang Qiming | leads | generic:team");
        assertThat(posts("A/DT team/NN led/VBN by/IN Prof./NNP/HONORIFIC Deng/NNP/PERSON Xiaolan/NNP/PERSON at/IN the/DT "
                + "Purple/NNP/ORGANIZATION Mountain/NNP/ORGANIZATION Observatory/NN/ORGANIZATION reported/VBD"))
                .contains("Deng Xiaolan | team | org:Purple Mountain Observatory");
    }
    @Test
    void roleAndOrganisationInParentheses() {
        assertThat(posts("Ana/NNP/PERSON Ruiz/NNP/PERSON (/-LRB- Deputy/NNP/ROLE Minister/NNP/ROLE ,/, Cuban/JJ/ORGANIZATION "
                + "Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION Energy/NNP/ORGANIZATION )/-RRB- took/VBD part/NN"))
                .contains("Ana Ruiz | Deputy Minister | org:Cuban Ministry of Energy");
    }

    @Test
    void roleOfAUnitInParenthesesIsAPostOfTheParent() {
        assertThat(posts("Xu/NNP/PERSON Lan/NNP/PERSON (/-LRB- Director/NNP/ROLE General/NNP/ROLE ,/, Department/NNP of/IN "
                + "International/NNP Cooperation/NNP ,/, MOST/NNP/ORGANIZATION )/-RRB- attended/VBD"))
                .contains("Xu Lan | Director General | org:MOST");
    }

    @Test
    void delegationOfAnOrganisationHeadedByItsOfficial() {
        assertThat(posts("a/DT delegation/NN of/IN the/DT Kazakh/JJ/ORGANIZATION Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION "
                + "Energy/NNP/ORGANIZATION headed/VBN by/IN Vice/NNP/ROLE Minister/NNP/ROLE Dan/NNP/PERSON Omar/NNP/PERSON ./."))
                .contains("Dan Omar | Vice Minister | org:Kazakh Ministry of Energy");
        assertThat(posts("a/DT team/NN from/IN Acme/NNP/ORGANIZATION Institute/NNP/ORGANIZATION led/VBN by/IN its/PRP$ "
                + "Director/NNP/ROLE ,/, Dan/NNP/PERSON Omar/NNP/PERSON ./."))
                .contains("Dan Omar | Director | org:Acme Institute");
    }
    @Test
    void organisationPossessiveBeforeTheTitle() {
        assertThat(posts("Khalid/NNP/PERSON Marri/NNP/PERSON ,/, HBKU/NNP/ORGANIZATION 's/POS Vice/NNP/ROLE President/NNP/ROLE "
                + "for/IN Research/NNP ./.")).contains("Khalid Marri | Vice President | org:HBKU");
        assertThat(posts("Marja/NNP/PERSON Lehto/NNP/PERSON ,/, the/DT European/NNP/ORGANIZATION Commission/NNP/ORGANIZATION "
                + "'s/POS Director-General/NNP/ROLE for/IN Research/NNP ,/, chaired/VBD"))
                .contains("Marja Lehto | Director-General | org:European Commission");
    }

    @Test
    void countryPossessiveWrittenWithAnApostropheOnly() {
        assertThat(posts("Boun/NNP/PERSON Sisou/NNP/PERSON ,/, Laos/NNP/COUNTRY '/POS Minister/NNP/ROLE of/IN Technology/NNP "
                + "and/CC Communications/NNP ./.")).contains("Boun Sisou | Minister | field:Technology and Communications");
    }

    @Test
    void newlyAppointedAmbassadorToACountryBeforeTheName() {
        assertThat(posts("The/DT newly/RB appointed/VBN Chinese/JJ/DEMONYM Ambassador/NNP/ROLE to/TO Fiji/NNP/COUNTRY ,/, "
                + "Zhou/NNP/PERSON Jian/NNP/PERSON ,/, attended/VBD")).contains("Zhou Jian | Ambassador | country:Chinese");
        assertThat(posts("with/IN China/NNP/COUNTRY 's/POS Ambassador/NNP/ROLE to/TO Slovakia/NNP/COUNTRY ,/, "
                + "Cao/NNP/PERSON Yi/NNP/PERSON ,/, and/CC")).contains("Cao Yi | Ambassador | country:China");
    }
    @Test
    void organisationNamedBeforeTheTitleInAnApposition() {
        assertThat(posts("Mariam/NNP/PERSON Konate/NNP/PERSON ,/, the/DT AU/NNP/ORGANIZATION Commissioner/NNP/ROLE for/IN "
                + "Education/NNP ,/, said/VBD")).contains("Mariam Konate | Commissioner | org:AU");
    }
    @Test
    void organisationBeforeTheTitleWithoutArticleEndedByAnotherRole() {
        assertThat(posts("Elena/NNP/PERSON Ortiz/NNP/PERSON ,/, IAEA/NNP/ORGANIZATION Deputy/NNP/ROLE Director/NNP/ROLE "
                + "General/NNP/ROLE and/CC Head/NNP/ROLE of/IN the/DT Department/NNP ./."))
                .contains("Elena Ortiz | Deputy Director General | org:IAEA");
    }

    @Test
    void countryPossessiveAmbassadorAfterTheName() {
        assertThat(posts("Tesfaye/NNP/PERSON Gebre/NNP/PERSON ,/, Ethiopia/NNP/COUNTRY 's/POS Ambassador/NNP/ROLE to/TO "
                + "China/NNP/COUNTRY ./.")).contains("Tesfaye Gebre | Ambassador | country:Ethiopia");
    }

    @Test
    void roleOfAUnitInParenthesesWithTheOrganisationLast() {
        assertThat(posts("Amina/NNP/PERSON Yusuf/NNP/PERSON (/-LRB- Director/NNP/ROLE of/IN Engineering/NNP and/CC Space/NNP "
                + "Systems/NNPS ,/, NASRDA/NNP/ORGANIZATION )/-RRB- ,/, who/WP")).contains("Amina Yusuf | Director | org:NASRDA");
    }

    @Test
    void organisationPossessiveTitleBeforeTheName() {
        assertThat(posts("at/IN the/DT table/NN was/VBD SPREP/NNP/ORGANIZATION 's/POS Director-General/NNP/ROLE ,/, "
                + "Losana/NNP/PERSON Tui/NNP/PERSON ,/, who/WP")).contains("Losana Tui | Director-General | org:SPREP");
    }
    @Test
    void postSaidWithAVerb() {
        assertThat(posts("Prof./NNP Nora/NNP/PERSON Rahman/NNP/PERSON ,/, who/WP heads/VBZ the/DT new/JJ centre/NN ,/, said/VBD"))
                .contains("Nora Rahman | heads | generic:centre");
        assertThat(posts("Jean/NNP/PERSON Habi/NNP/PERSON ,/, who/WP chairs/VBZ the/DT Acme/NNP/ORGANIZATION "
                + "University/NNP/ORGANIZATION ./.")).contains("Jean Habi | chairs | org:Acme University");
    }

    @Test
    void consulGeneralInACityBeforeTheName() {
        assertThat(posts("with/IN the/DT Chinese/JJ/DEMONYM Consul/NNP/ROLE General/NNP/ROLE in/IN Florence/NNP/CITY ,/, "
                + "Yao/NNP/PERSON Xin/NNP/PERSON ,/, looking/VBG on/RP")).contains("Yao Xin | Consul General | country:Chinese");
    }
}
