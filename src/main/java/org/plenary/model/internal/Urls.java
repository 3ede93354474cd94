package org.plenary.model.internal;

import java.net.URI;
import java.net.URISyntaxException;

/** URL fields in registries must be absolute http(s) URLs: they are published as links. */
final class Urls {
    private Urls() {
    }

    static String absolute(Fields f, org.plenary.model.spec.Field field) {
        String key = field.name();
        String s = f.string(field);
        if (s == null) return null;
        try {
            URI u = new URI(s);
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) return s;
        } catch (URISyntaxException e) {
            // reported below
        }
        f.context().diag().error(f.at(key), "bad-url", "'" + key + "' must be an absolute http(s) URL, not '" + s + "'");
        return null;
    }
}
