package org.plenary.model;

public record Region(String code, Text name) {
}
