package org.plenary.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.diag.Location;

/** Equality as a reader sees it: positions in the file do not count, everything else does. */
class SameContentTest {
    record Person(String name, List<String> roles, Map<String, String> bio, Location location) {
    }

    private static Person person(String name, int line) {
        return new Person(name, List.of("chair"), Map.of("en", "Bio."), new Location("data/members.yaml", line, 3));
    }

    @Test
    void recordsCompareByContentNotByWhereTheyWereWritten() {
        assertTrue(SameContent.equal(person("Ana", 4), person("Ana", 40)), "moved down the file");
        assertFalse(SameContent.equal(person("Ana", 4), person("Ann", 4)));
        assertFalse(SameContent.equal(person("Ana", 4), new Person("Ana", List.of(), Map.of("en", "Bio."), null)));
        assertTrue(SameContent.equal(List.of(person("Ana", 1), person("Bo", 9)), List.of(person("Ana", 2), person("Bo", 12))));
        assertFalse(SameContent.equal(List.of(person("Ana", 1), person("Bo", 9)), List.of(person("Bo", 9), person("Ana", 1))),
                "order matters");
    }

    @Test
    void aSessionGivesTheSameAnswersAsSingleComparisons() {
        Person a = person("Ana", 1);
        Person a2 = person("Ana", 7);
        Person b = person("Bo", 2);
        Person b2 = person("Bob", 2);
        SameContent.Session s = new SameContent.Session();
        assertTrue(s.equal(List.of(a, b), List.of(a2, b)));
        assertTrue(s.equal(a, a2), "remembered or not, still equal");
        assertFalse(s.equal(b, b2));
        assertFalse(s.equal(List.of(a, b), List.of(a2, b2)));
        assertFalse(s.equal(a, b), "a remembered pair says nothing about another");
    }
}
