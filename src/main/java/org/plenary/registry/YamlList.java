package org.plenary.registry;

import java.util.List;
import org.plenary.diag.Location;

public record YamlList(List<YamlNode> items, Location location) implements YamlNode {

    public YamlList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
