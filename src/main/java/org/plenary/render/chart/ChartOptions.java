package org.plenary.render.chart;

import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything about a chart that is not its data: ids, texts (all already translated by the caller), number format,
 * direction and size. Immutable and safe to share between threads; build one with {@link #builder(String, String)}.
 * Numbers are ICU4J's ({@link NumberFormat}, CLDR as pinned in {@code pom.xml}), never the JVM's own locale data, so
 * a chart is the same on every JVM and reads as the page's other numbers do.
 */
public final class ChartOptions {
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final String idPrefix;
    private final String title;
    private final String description;
    private final String noDataMessage;
    private final String categoryLabel;
    private final String valueLabel;
    private final String totalLabel;
    private final NumberFormat numberFormat;
    private final boolean rtl;
    private final Palette palette;
    private final int width;
    private final int plotHeight;
    private final boolean valueLabels;

    private ChartOptions(Builder b) {
        this.idPrefix = b.idPrefix;
        this.title = b.title;
        this.description = b.description;
        this.noDataMessage = b.noDataMessage;
        this.categoryLabel = b.categoryLabel;
        this.valueLabel = b.valueLabel;
        this.totalLabel = b.totalLabel;
        this.numberFormat = (NumberFormat) (b.numberFormat != null ? b.numberFormat : NumberFormat.getNumberInstance(b.locale)).clone();
        this.rtl = b.rtl;
        this.palette = b.palette;
        this.width = b.width;
        this.plotHeight = b.plotHeight;
        this.valueLabels = b.valueLabels;
    }

    /**
     * @param idPrefix unique on the page; the SVG's title and description get the ids {@code <prefix>-title} and
     *                 {@code <prefix>-desc}. Letters, digits, {@code -} and {@code _}, starting with a letter.
     * @param title    the chart's accessible name and the data table's caption
     */
    public static Builder builder(String idPrefix, String title) {
        return new Builder(idPrefix, title);
    }

    public String idPrefix() {
        return idPrefix;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String noDataMessage() {
        return noDataMessage;
    }

    public String categoryLabel() {
        return categoryLabel;
    }

    public String valueLabel() {
        return valueLabel;
    }

    /** Header of the data table's total column and row; null for none. */
    public String totalLabel() {
        return totalLabel;
    }

    /** A fresh copy of the format for data values (formats are not thread-safe). */
    public NumberFormat numberFormat() {
        return (NumberFormat) numberFormat.clone();
    }

    /** A copy of the format for axis ticks {@code step} apart: as many decimals as the step needs, no more. */
    NumberFormat tickFormat(int fractionDigits) {
        NumberFormat f = numberFormat();
        if (f instanceof DecimalFormat) {
            f.setMinimumFractionDigits(fractionDigits);
            f.setMaximumFractionDigits(fractionDigits);
        }
        return f;
    }

    public boolean rtl() {
        return rtl;
    }

    public Palette palette() {
        return palette;
    }

    public int width() {
        return width;
    }

    public int plotHeight() {
        return plotHeight;
    }

    public boolean valueLabels() {
        return valueLabels;
    }

    public static final class Builder {
        private final String idPrefix;
        private final String title;
        private String description = "";
        private String noDataMessage = "No data";
        private String categoryLabel = "";
        private String valueLabel = "";
        private String totalLabel;
        private ULocale locale = ULocale.ROOT;
        private NumberFormat numberFormat;
        private boolean rtl;
        private Palette palette = Palette.ACCESSIBLE;
        private int width = 700;
        private int plotHeight = 240;
        private boolean valueLabels = true;

        private Builder(String idPrefix, String title) {
            if (idPrefix == null || !ID.matcher(idPrefix).matches()) {
                throw new IllegalArgumentException("id prefix must be letters, digits, '-' or '_', starting with a letter: " + idPrefix);
            }
            this.idPrefix = idPrefix;
            this.title = Objects.requireNonNull(title, "title");
        }

        /** The SVG's {@code <desc>}: what the chart shows and its main message, in a sentence or two. */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /** Shown instead of a chart when there is no data. */
        public Builder noDataMessage(String message) {
            this.noDataMessage = Objects.requireNonNull(message, "no-data message");
            return this;
        }

        /** Title of the category axis and header of the data table's first column (e.g. "Meeting"). */
        public Builder categoryLabel(String label) {
            this.categoryLabel = Objects.requireNonNull(label, "category label");
            return this;
        }

        /** Title of the value axis (e.g. "Funded trips"); also the table's value header for a single series. */
        public Builder valueLabel(String label) {
            this.valueLabel = Objects.requireNonNull(label, "value label");
            return this;
        }

        /** Adds a total column (several series) and a total row to the data table, headed by this text. */
        public Builder totalLabel(String label) {
            this.totalLabel = label;
            return this;
        }

        /**
         * Formats numbers as this locale does (digits, separators; ICU4J's data) unless a {@link #numberFormat} is
         * given. Default: the root locale ({@code 1,234.5}).
         */
        public Builder locale(ULocale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /** Formats data values (copied; later changes to {@code format} have no effect). */
        public Builder numberFormat(NumberFormat format) {
            this.numberFormat = (NumberFormat) Objects.requireNonNull(format, "number format").clone();
            return this;
        }

        /** Right-to-left: categories run from the right, the value axis is on the right, text is RTL. */
        public Builder rtl(boolean rtl) {
            this.rtl = rtl;
            return this;
        }

        public Builder palette(Palette palette) {
            this.palette = Objects.requireNonNull(palette, "palette");
            return this;
        }

        /** Width of the view box, the width at which 1 unit is 1px (default 700; text is 12–13 units). */
        public Builder width(int width) {
            if (width < 200 || width > 4000) throw new IllegalArgumentException("chart width must be 200–4000: " + width);
            this.width = width;
            return this;
        }

        /**
         * Height of the plotting area of column and line charts (default 240); the view box adds room for legend and
         * labels. Horizontal bar charts grow with their number of categories instead.
         */
        public Builder plotHeight(int plotHeight) {
            if (plotHeight < 60 || plotHeight > 4000) throw new IllegalArgumentException("plot height must be 60–4000: " + plotHeight);
            this.plotHeight = plotHeight;
            return this;
        }

        /** Whether to print values next to bars and points where they fit (default true). */
        public Builder valueLabels(boolean valueLabels) {
            this.valueLabels = valueLabels;
            return this;
        }

        public ChartOptions build() {
            return new ChartOptions(this);
        }
    }
}
