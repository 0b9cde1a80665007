#pragma once

#include <QFont>
#include <QList>
#include <QMap>
#include <QMargins>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QRectF>
#include <QSize>
#include <QStringList>

#include <optional>

class QCPAbstractPlottable;
class QCPAxis;
class QCPItemText;
class QCustomPlot;

namespace paceline {

// Keeps a chart's text legible and apart at whatever size it is drawn: on screen, or exported
// at 800 x 500 or 2400 x 1400. It runs after every layout of its plot (QCustomPlot::afterLayout,
// which replot and the PNG, PDF and SVG exports all go through) and then
//  - wraps the title, subtitle and caption rows to the plot's width,
//  - wraps the legend (a row under the plot) into as many columns as fit, leaving out its
//    least important entries when it would take more than a quarter of the height,
//  - shortens an axis title that is longer than its axis (a shorter title, else elided),
//  - shortens and thins the labels of a text axis (technology lanes, edition names, entry
//    codes) so that neighbours never touch,
//  - shows each registered label only where it fits inside its area and touches no label
//    placed before it and no marker: labels are placed by priority, each at its placements in
//    turn, and left out where none fits.
// Checking the boxes at the size drawn, instead of offsets tuned for one size, is what keeps
// an 800 x 500 export as clean as a poster.
class ChartFit : public QObject {
    Q_OBJECT
public:
    // The story's labels first; the presentation look keeps Major ones only.
    static constexpr int kMinor = 0;
    static constexpr int kNormal = 100;
    static constexpr int kMajor = 200;

    // Where a label may go: its alignment to the position and the padding between them;
    // optionally another position (plot coordinates) and a shorter text.
    struct Placement {
        Qt::Alignment alignment;
        QMargins padding;
        std::optional<QPointF> coords;
        QString text;
    };

    // The plot's fitter, created on first use and owned by the plot.
    static ChartFit& of(QCustomPlot& plot);

    // Forgets the labels, markers and axis texts; a chart drawn anew registers its own.
    void clear();
    // The label as created is its first placement; the others are tried in order. A label
    // that names a lane of a text axis (tickAxis, tickKey) is shown only while that lane's
    // tick label is.
    void addLabel(QCPItemText* label, int priority, const QList<Placement>& others = {},
                  QCPAxis* tickAxis = nullptr, double tickKey = 0);
    // A marker no label may cover: a point in plot coordinates, radius in pixels.
    void addMarker(const QPointF& coords, double radius);
    // The tick labels of a text axis. Each is shortened to at most maxShare of the plot's
    // width (a left axis) and only every n-th is shown when neighbours would touch.
    void setAxisLabels(QCPAxis* axis, const QMap<double, QString>& labels, double maxShare = 0.3);
    // Titles of an axis, longest first: the first that fits its axis is shown, else the last
    // elided. An axis title set without this is elided when it does not fit.
    static void setAxisTitles(QCPAxis* axis, const QStringList& titles);
    // How much a legend entry matters (default kMajor): the presentation look shows Major ones
    // only, and a legend too tall for the plot drops the least important first.
    static void setLegendPriority(QCPAbstractPlottable* plottable, int priority);
    // Labels and legend entries below this priority are not shown.
    void setMinimumPriority(int priority) { m_minimumPriority = priority; }

    // One pass at the plot's current viewport; runs after every layout of the plot.
    void fit();

    // The box a text item covers, in widget pixels (rotation and padding included).
    static QRectF boxOf(QCPItemText* label);

private:
    explicit ChartFit(QCustomPlot& plot);

    struct Label {
        QPointer<QCPItemText> item;
        int priority = 0;
        QList<Placement> placements;
        QPointer<QCPAxis> tickAxis;
        double tickKey = 0;
    };
    struct AxisLabels {
        QPointer<QCPAxis> axis;
        QMap<double, QString> labels;
        double maxShare = 0.3;
        QList<double> shown;
        // The labels shortened for a width and font, kept until either changes.
        QMap<double, QString> shortened;
        int shortenedFor = -1;
        QFont shortenedFont;
        QSize largest; // of the shortened labels
    };

    bool wrapTexts();
    bool fitLegend();
    void showLegendEntries(const QList<QCPAbstractPlottable*>& entries);
    int legendColumns();
    void fitAxisTitles();
    bool fitAxes();
    bool fitAxis(AxisLabels& a);
    std::optional<QRectF> tryPlacement(const Label& l, int placement,
                                       const QList<QRectF>& taken) const;
    void placeLabels();
    void relayout();
    bool tickShown(QCPAxis* axis, double key) const;

    QCustomPlot& m_plot;
    QList<Label> m_labels;
    QList<QPair<QPointF, double>> m_markers;
    QList<AxisLabels> m_axes;
    QList<QPointer<QCPAbstractPlottable>> m_legendEntries; // all of them, in order
    bool m_legendCaptured = false;
    int m_minimumPriority = kMinor;
    bool m_fitting = false;
};

} // namespace paceline
