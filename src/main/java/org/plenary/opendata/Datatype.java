package org.plenary.opendata;

/** The CSVW (XML Schema) datatypes a column may have. */
public enum Datatype {
    STRING("string"), DATE("date"), INTEGER("integer"), DECIMAL("decimal"), BOOLEAN("boolean"), ANY_URI("anyURI");

    private final String csvw;

    Datatype(String csvw) {
        this.csvw = csvw;
    }

    /** The name CSVW metadata uses. */
    public String csvw() {
        return csvw;
    }
}
