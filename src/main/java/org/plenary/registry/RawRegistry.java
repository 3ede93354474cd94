package org.plenary.registry;

import java.util.List;

/** Every registry file of a site, parsed but not yet typed. Files of a folder are in path order. */
public record RawRegistry(
        SourceFile site,
        List<SourceFile> members,
        List<SourceFile> workgroups,
        List<SourceFile> meetings,
        List<SourceFile> programmes,
        List<SourceFile> travel,
        List<SourceFile> advice,
        List<SourceFile> draws) {
}
