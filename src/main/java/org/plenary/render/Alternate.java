package org.plenary.render;

/** The same page in another language, for the switcher and {@code hreflang} links. */
public record Alternate(String language, String name, String path, boolean current) {
}
