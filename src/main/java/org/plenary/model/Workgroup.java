package org.plenary.model;

import java.time.LocalDate;
import org.plenary.diag.Location;

public record Workgroup(String id, Text name, WorkgroupKind kind, String charteredBy, LocalDate from, LocalDate to,
                        String url, Location location) {
}
