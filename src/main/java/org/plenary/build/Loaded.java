package org.plenary.build;

import org.plenary.content.Content;
import org.plenary.diag.Diagnostics;
import org.plenary.model.Community;
import org.plenary.rules.Derived;
import org.plenary.rules.PublicView;
import org.plenary.theme.Theme;

/**
 * The input of a site read, typed, checked and rendered to HTML fragments, with the theme to render it in:
 * everything before pages are written. Output stages read {@link #view()} (what may be published) and
 * {@link #content()}, never the community itself. {@code theme} is null when the site's own templates do not compile.
 */
public record Loaded(Community community, Derived derived, PublicView view, Content content, Theme theme,
                     Diagnostics diagnostics) {
    public boolean ok() {
        return !diagnostics.hasErrors() && community != null && theme != null;
    }
}
