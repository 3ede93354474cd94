package org.plenary.model;

public record Vote(int inFavour, int against, int abstain, int groupSize) {
}
