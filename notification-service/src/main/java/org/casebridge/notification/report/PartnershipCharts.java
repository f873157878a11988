package org.casebridge.notification.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The partnership report's charts: JFreeChart bar charts (a bar per category and month) written as SVG by Apache
 * Batik on the server, to be placed in the page beside the table of the same figures. The small-number rule holds in
 * the picture too: a withheld figure has no bar and is labelled "fewer than 5" where its bar would be, and the value
 * axis counts in steps of 5 or more, so no number from 1 to 4 is written on a chart.
 */
public final class PartnershipCharts {

    static final int WIDTH = 480;
    static final int HEIGHT = 300;
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    /** GOV.UK colours that keep 3:1 against white and each other's neighbours. */
    private static final List<Color> COLOURS = List.of(
            new Color(0x1d, 0x70, 0xb8),
            new Color(0xd4, 0x35, 0x1c),
            new Color(0x00, 0x70, 0x3c),
            new Color(0x4c, 0x2c, 0x92),
            new Color(0x50, 0x5a, 0x5f),
            new Color(0xb5, 0x88, 0x40));

    static {
        // JFreeChart draws rotated text (the value axis's name, the labels of withheld bars) as glyph outlines unless
        // told otherwise; drawn as strings they stay text in the SVG, which people can select and tests can read.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private PartnershipCharts() {}

    /** A chart of one measure of the report: a bar per category per month, as an {@code <svg>} element. */
    public static String measure(PartnershipReport report, PartnershipReport.Measure measure) {
        List<Series> series = measure.rows().stream()
                .map(row -> new Series(row.label(), row.figures()))
                .toList();
        return svg(measure.measure(), report, series, "Number", alt(report, measure.title(), series));
    }

    /** The median days from referral to outcome per month of the outcome, as an {@code <svg>} element. */
    public static String referralToOutcome(PartnershipReport report) {
        List<Series> series = List.of(new Series(
                "Median days from referral to outcome",
                report.referralToOutcome().stream()
                        .map(PartnershipReport.Timing::medianDays)
                        .toList()));
        return svg(
                "REFERRAL_TO_OUTCOME",
                report,
                series,
                "Days",
                alt(report, "Median days from the school's referral to the police outcome", series));
    }

    private record Series(String label, List<Figure> figures) {}

    /**
     * The text alternative: what the chart shows and the figures withheld, pointing to the table with every figure.
     */
    static String alt(PartnershipReport report, String title, List<Series> series) {
        StringBuilder alt = new StringBuilder("Bar chart: ")
                .append(title)
                .append(", ")
                .append(month(report.from(), MONTH))
                .append(" to ")
                .append(month(report.to(), MONTH))
                .append(". ");
        if (series.isEmpty()) {
            return alt.append("None recorded in these months.").toString();
        }
        for (Series s : series) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < report.months().size(); i++) {
                Figure figure = s.figures().get(i);
                if (!Figure.NONE.equals(figure.display()) && !"0".equals(figure.display())) {
                    parts.add(month(report.months().get(i), MONTH) + " " + figure.display());
                }
            }
            alt.append(s.label())
                    .append(": ")
                    .append(parts.isEmpty() ? "none in any month" : String.join(", ", parts))
                    .append(". ");
        }
        return alt.append("The table beside the chart has every figure.").toString();
    }

    private static String svg(String id, PartnershipReport report, List<Series> series, String unit, String alt) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Series s : series) {
            for (int i = 0; i < report.months().size(); i++) {
                Integer value = s.figures().get(i).value();
                dataset.addValue(
                        value == null ? 0 : value,
                        s.label(),
                        month(report.months().get(i), SHORT_MONTH));
            }
        }
        int highest = series.stream()
                .flatMap(s -> s.figures().stream())
                .map(Figure::value)
                .filter(Objects::nonNull)
                .max(Integer::compare)
                .orElse(0);
        JFreeChart chart = chart(dataset, series, unit, highest);
        return write(id, chart, alt);
    }

    private static JFreeChart chart(DefaultCategoryDataset dataset, List<Series> series, String unit, int highest) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        CategoryAxis months = new CategoryAxis(null);
        months.setTickLabelFont(font);
        months.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis values = new NumberAxis(unit);
        values.setLabelFont(font);
        values.setTickLabelFont(font);
        values.setStandardTickUnits(stepsOfFiveOrMore());
        // From 0 (never below, even when every figure is 0) to a little above the highest, at least 10.
        values.setRange(0, Math.max(Figure.THRESHOLD * 2, Math.ceil(highest * 1.1)));
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        for (int s = 0; s < series.size(); s++) {
            bars.setSeriesPaint(s, COLOURS.get(s % COLOURS.size()));
        }
        bars.setDefaultItemLabelGenerator(new WithheldLabels(series));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(font.deriveFont(12f));
        bars.setDefaultItemLabelPaint(Color.BLACK);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(
                ItemLabelAnchor.OUTSIDE12, TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT, -Math.PI / 2));
        CategoryPlot plot = new CategoryPlot(dataset, months, values, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xb1, 0xb4, 0xb6));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, font, plot, series.size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font);
            legend.setPosition(RectangleEdge.TOP);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    /** Ticks of 5, 10, 20, 25, 50, ... so that the axis never writes a number from 1 to 4. */
    private static TickUnits stepsOfFiveOrMore() {
        TickUnits units = new TickUnits();
        NumberFormat whole = NumberFormat.getIntegerInstance(Locale.UK);
        for (long step = 5; step <= 10_000_000L; step *= 10) {
            units.add(new NumberTickUnit(step, whole));
            units.add(new NumberTickUnit(step * 2, whole));
            units.add(new NumberTickUnit(step * 5, whole));
        }
        return units;
    }

    /** Writes the chart as an SVG element with a unique id prefix, a viewBox and its text alternative. */
    private static String write(String id, JFreeChart chart, String alt) {
        try {
            Document document = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
            SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
            context.setIDGenerator(
                    new PrefixedIds("chart-" + id.toLowerCase(Locale.ROOT).replace('_', '-') + "-"));
            context.setEmbeddedFontsOn(false);
            SVGGraphics2D graphics = new SVGGraphics2D(context, false);
            chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
            Element root = graphics.getRoot();
            for (org.w3c.dom.Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && "genericDefs".equals(element.getAttribute("id"))) {
                    element.removeAttribute("id");
                }
            }
            root.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
            root.setAttribute("width", "100%");
            root.removeAttribute("height");
            root.setAttribute("role", "img");
            root.setAttribute("aria-label", alt);
            root.setAttribute("focusable", "false");
            root.setAttribute("id", "chart-" + id);
            StringWriter out = new StringWriter();
            graphics.stream(root, out, true, false);
            String svg = out.toString();
            int start = svg.indexOf("<svg");
            return start < 0 ? svg : svg.substring(start);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML document builder for the charts", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String month(String yearMonth, DateTimeFormatter format) {
        return format.format(YearMonth.parse(yearMonth));
    }

    /** Labels only the withheld figures, "fewer than 5", where their bar would stand; the rest speak by their bar. */
    private record WithheldLabels(List<Series> series) implements CategoryItemLabelGenerator {

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Figure figure = series.get(row).figures().get(column);
            return figure.withheld() ? figure.display() : null;
        }
    }

    /** Ids unique to one chart, so that the charts of one page do not share clip paths. */
    private static final class PrefixedIds extends SVGIDGenerator {

        private final String prefix;

        PrefixedIds(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String generateID(String kind) {
            return super.generateID(prefix + kind);
        }
    }
}
