package org.plenary.build;

import org.plenary.content.Content;
import org.plenary.diag.Diagnostics;
import org.plenary.model.Community;
import org.plenary.rules.Derived;

/** The input of a site read, typed, checked and rendered to HTML fragments: everything before pages are written. */
public record Loaded(Community community, Derived derived, Content content, Diagnostics diagnostics) {
    public boolean ok() {
        return !diagnostics.hasErrors() && community != null;
    }
}
