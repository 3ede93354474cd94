/**
 * SVG charts rendered at build time, embedded inline in pages.
 *
 * <p>Every chart ({@link org.plenary.render.chart.BarChart}, {@link org.plenary.render.chart.HorizontalBarChart},
 * {@link org.plenary.render.chart.LineChart}) turns {@link org.plenary.render.chart.ChartData} plus
 * {@link org.plenary.render.chart.ChartOptions} into a {@link org.plenary.render.chart.RenderedChart}: an inline
 * {@code <svg role="img">} labelled by its own {@code <title>} and {@code <desc>}, and an HTML data table that says
 * the same thing in text. The SVG uses {@code currentColor} for text and axes and inherits the page's font, has no
 * script, style sheet or font of its own, is mirrored for right-to-left languages, and is byte-for-byte the same for
 * the same input.
 */
package org.plenary.render.chart;
