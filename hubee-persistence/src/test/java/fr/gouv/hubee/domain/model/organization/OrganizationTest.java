package fr.gouv.hubee.domain.model.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OrganizationTest {

    @Test
    void itIsNamedAsTheContractNamesItAndLocatedWithAPostalCodeAndATerritory() {
        Organization cd92 = new Organization(OrganizationType.SI, "22920001100018", "92", "DEPARTEMENT DES HAUTS-DE-SEINE");
        assertEquals("SI-22920001100018-92", cd92.identifier());
        assertThrows(IllegalArgumentException.class, () -> cd92.locate("France", " ", "HAUTS-DE-SEINE"));
        cd92.locate("France", " 92000 ", "HAUTS-DE-SEINE");
        assertEquals("92000", cd92.getPostalCode());
        assertEquals(OrganizationStatus.Actif, cd92.getStatus());
    }
}
