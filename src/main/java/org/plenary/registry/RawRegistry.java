package org.plenary.registry;

import java.util.List;

/**
 * Every registry file of a site, parsed but not yet typed. Files of a folder are in path order.
 *
 * @param unreadable registry name ({@code members}, {@code travel}…) → the first of its files that could not be
 *                   read or parsed (already reported), so later stages know its records are missing, not absent
 */
public record RawRegistry(
        SourceFile site,
        List<SourceFile> members,
        List<SourceFile> workgroups,
        List<SourceFile> meetings,
        List<SourceFile> programmes,
        List<SourceFile> travel,
        List<SourceFile> advice,
        List<SourceFile> draws,
        java.util.Map<String, String> unreadable) {

    public RawRegistry {
        unreadable = java.util.Map.copyOf(unreadable);
    }
}
