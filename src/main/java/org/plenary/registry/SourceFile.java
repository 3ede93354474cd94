package org.plenary.registry;

/** One parsed registry file: its path relative to the root (for messages) and its YAML tree. */
public record SourceFile(String path, YamlNode root) {
}
