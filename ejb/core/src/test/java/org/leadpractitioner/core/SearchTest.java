package org.leadpractitioner.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchTest {

    @Test
    void caseReferencesAreRecognisedWhateverTheCase() {
        assertEquals(Search.Kind.CASE_REFERENCE, Search.kindOf("EH-RGHWHLU7"));
        assertEquals(Search.Kind.CASE_REFERENCE, Search.kindOf(" eh-demo-05 "));
    }

    @Test
    void postcodesAreRecognisedWithOrWithoutTheSpace() {
        assertEquals(Search.Kind.POSTCODE, Search.kindOf("LS1 4AP"));
        assertEquals(Search.Kind.POSTCODE, Search.kindOf("sw1a1aa"));
        assertEquals(Search.Kind.POSTCODE, Search.kindOf("M1 1AE"));
    }

    @Test
    void anythingElseIsAName() {
        assertEquals(Search.Kind.NAME, Search.kindOf("Smith"));
        assertEquals(Search.Kind.NAME, Search.kindOf("O'Neill"));
        assertEquals(Search.Kind.NAME, Search.kindOf("LS1"), "half a postcode is not a postcode");
        assertEquals(Search.Kind.NAME, Search.kindOf("EH"), "nor is the start of a reference");
    }

    @Test
    void namesBecomeLowerCaseStartsWithPatternsWithoutUserWildcards() {
        assertEquals("smi%", Search.prefix("  Smi "));
        assertEquals("o'neill%", Search.prefix("O'Neill"));
        assertEquals("ab%", Search.prefix("a%_b"), "typed wildcards cannot widen the search");
    }
}
