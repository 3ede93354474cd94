package org.plenary.content;

import org.plenary.diag.Location;

/**
 * A Markdown page of {@code content/<lang>/}: {@code path} is its URL path below the language
 * ({@code about}, {@code guides/travel}), empty for the home page text ({@code index.md}).
 */
public record ContentPage(String path, String language, String title, String description, String html,
                          Location location) {
}
