package org.plenary.model;

public record Link(Text title, String url) {
}
