package org.plenary.model.internal;

import java.util.List;
import org.plenary.registry.SourceFile;
import org.plenary.registry.YamlList;
import org.plenary.registry.YamlMap;
import org.plenary.registry.YamlNode;
import org.plenary.registry.YamlScalar;

/** A registry file holds one record (a mapping) or many (a list); this yields the records either way. */
final class RecordNodes {
    private RecordNodes() {
    }

    static List<YamlNode> of(SourceFile file, String what, ReadContext ctx) {
        YamlNode root = file.root();
        if (root instanceof YamlList l) return l.items();
        if (root instanceof YamlMap) return List.of(root);
        if (root instanceof YamlScalar s && s.isNull()) return List.of(); // empty file: no records
        ctx.diag().error(root.location(), "wrong-type", "a " + what + " file must hold a mapping (one record) or a list of them, not "
                + root.describe());
        return List.of();
    }
}
