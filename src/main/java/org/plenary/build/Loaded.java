package org.plenary.build;

import org.plenary.content.Content;
import org.plenary.diag.Diagnostics;
import org.plenary.model.Community;
import org.plenary.rules.Derived;
import org.plenary.rules.PublicView;

/**
 * The input of a site read, typed, checked and rendered to HTML fragments: everything before pages are written.
 * Output stages read {@link #view()} (what may be published) and {@link #content()}, never the community itself.
 */
public record Loaded(Community community, Derived derived, PublicView view, Content content, Diagnostics diagnostics) {
    public boolean ok() {
        return !diagnostics.hasErrors() && community != null;
    }
}
