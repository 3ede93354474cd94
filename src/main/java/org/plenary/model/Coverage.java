package org.plenary.model;

/** What a trip's funding covered. Null numbers mean "not recorded". */
public record Coverage(Airfare airfare, Integer hotelNights, Integer perDiemDays) {
}
