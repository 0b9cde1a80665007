#include "TestSupport.h"

#include "charts/ChartExport.h"
#include "charts/ChartExportCommand.h"
#include "charts/ChartRequest.h"
#include "charts/EraBandItem.h"
#include "demo/DemoDataset.h"

#include <QtTest>
#include <qcustomplot.h>

using namespace paceline;
using namespace paceline::test;

namespace {

// A piece of text as drawn, in widget pixels, with the area it must stay inside.
struct TextBox {
    QString what;
    QRectF rect;
    QRectF area;
};

// The text as drawn: the item's box (its anchors) without the padding, which is empty space.
QRectF itemTextRect(QCPItemText* t)
{
    QPolygonF corners;
    for (QCPItemAnchor* a : {t->topLeft, t->topRight, t->bottomRight, t->bottomLeft})
        corners << a->pixelPosition();
    const QRectF box = corners.boundingRect();
    return qFuzzyIsNull(t->rotation()) ? box.marginsRemoved(QMarginsF(t->padding())) : box;
}

// Where QCustomPlot draws an axis' tick labels (QCPAxisPainterPrivate::placeTickLabel).
QList<TextBox> tickLabelBoxes(QCPAxis* axis, const QRectF& viewport)
{
    QList<TextBox> out;
    if (!axis->visible() || !axis->tickLabels())
        return out;
    const QFontMetrics fm(axis->tickLabelFont());
    const QRect area = axis->axisRect()->rect();
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    const double distance = axis->tickLabelPadding() + std::max(0, axis->tickLengthOut());
    for (int i = 0; i < ticks.size() && i < labels.size(); ++i) {
        if (labels[i].isEmpty())
            continue;
        const QRectF size(
            fm.boundingRect(QRect(0, 0, 0, 0), Qt::TextDontClip | Qt::AlignHCenter, labels[i]));
        const double at = axis->coordToPixel(ticks[i]);
        QRectF r;
        if (axis->axisType() == QCPAxis::atLeft)
            r = QRectF(area.left() - distance - size.width(), at - size.height() / 2.0,
                       size.width(), size.height());
        else if (axis->axisType() == QCPAxis::atBottom)
            r = QRectF(at - size.width() / 2.0, area.bottom() + distance, size.width(),
                       size.height());
        else
            continue;
        if (!qFuzzyIsNull(axis->tickLabelRotation())) {
            // Rotated labels run parallel: neighbours are apart when the ticks' distance across
            // the text is at least its height. Model each as a band that wide at its tick.
            const double across = std::abs(std::sin(qDegreesToRadians(axis->tickLabelRotation())));
            const double pitch = size.height() / std::max(across, 0.1);
            r = QRectF(at - pitch / 2.0, area.bottom() + distance, pitch, size.height());
        }
        // QCustomPlot leaves out a tick label that the viewport would cut.
        if (!viewport.contains(QPointF(r.center().x(), r.center().y())))
            continue;
        out.append({QStringLiteral("tick label \"%1\"").arg(labels[i]), r, viewport});
    }
    return out;
}

QList<TextBox> textBoxes(QCustomPlot& plot)
{
    const QRectF viewport(plot.viewport());
    QList<TextBox> out;
    for (int i = 0; i < plot.itemCount(); ++i) {
        QCPAbstractItem* item = plot.item(i);
        if (!item->realVisibility())
            continue;
        const QRectF area =
            item->clipToAxisRect()
                ? QRectF(item->clipAxisRect()->rect()).adjusted(-0.5, -0.5, 1.5, 1.5)
                : viewport;
        if (auto* t = qobject_cast<QCPItemText*>(item)) {
            if (!t->text().isEmpty())
                out.append({QStringLiteral("label \"%1\"").arg(t->text()), itemTextRect(t), area});
        } else if (auto* era = qobject_cast<EraBandItem*>(item)) {
            if (!era->shownLabel().isEmpty())
                out.append({QStringLiteral("era label \"%1\"").arg(era->shownLabel()),
                            era->labelRect(), viewport});
        }
    }
    for (QCPLayoutElement* e : plot.plotLayout()->elements(true)) {
        if (!e || !e->realVisibility())
            continue;
        if (auto* text = qobject_cast<QCPTextElement*>(e)) {
            if (text->text().isEmpty())
                continue;
            // The text as drawn in its element; wider than the element means cut.
            const QRectF drawn =
                QFontMetrics(text->font())
                    .boundingRect(e->rect(), text->textFlags() | Qt::TextDontClip, text->text());
            out.append({QStringLiteral("text \"%1\"").arg(text->text().left(60)), drawn,
                        QRectF(e->rect()).adjusted(-1, -1, 1, 1).intersected(viewport)});
        }
    }
    if (plot.legend && plot.legend->realVisibility())
        for (int i = 0; i < plot.legend->itemCount(); ++i)
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot.legend->item(i)))
                out.append({QStringLiteral("legend item \"%1\"").arg(item->plottable()->name()),
                            item->rect(), viewport});
    for (QCPAxis* axis : {plot.xAxis, plot.yAxis})
        out << tickLabelBoxes(axis, viewport);
    return out;
}

// Every text inside its area and apart from every other: a list of what is wrong, or empty.
QStringList layoutProblems(QCustomPlot& plot)
{
    QStringList problems;
    const QList<TextBox> boxes = textBoxes(plot);
    for (const TextBox& b : boxes)
        if (!b.area.contains(b.rect))
            problems << QStringLiteral("%1 at (%2,%3 %4x%5) is cut by its area (%6,%7 %8x%9)")
                            .arg(b.what)
                            .arg(b.rect.x())
                            .arg(b.rect.y())
                            .arg(b.rect.width())
                            .arg(b.rect.height())
                            .arg(b.area.x())
                            .arg(b.area.y())
                            .arg(b.area.width())
                            .arg(b.area.height());
    for (qsizetype i = 0; i < boxes.size(); ++i)
        for (qsizetype j = i + 1; j < boxes.size(); ++j) {
            // Touching is fine; a pixel of overlap from rounding is too.
            const QRectF a = boxes[i].rect.adjusted(1, 1, -1, -1);
            const QRectF b = boxes[j].rect.adjusted(1, 1, -1, -1);
            if (a.intersects(b))
                problems << QStringLiteral("%1 overlaps %2").arg(boxes[i].what, boxes[j].what);
        }
    // The legend stays off the data.
    if (plot.legend && plot.legend->realVisibility() && plot.legend->itemCount() > 0 &&
        QRectF(plot.legend->outerRect()).intersects(QRectF(plot.axisRect()->rect())))
        problems << QStringLiteral("the legend lies over the plot area");
    // An axis title no longer than its axis (it is centred on it).
    const QRect area = plot.axisRect()->rect();
    for (QCPAxis* axis : {plot.xAxis, plot.yAxis}) {
        const int length = axis->orientation() == Qt::Vertical ? area.height() : area.width();
        const int width = QFontMetrics(axis->labelFont()).horizontalAdvance(axis->label());
        if (axis->visible() && width > length)
            problems << QStringLiteral("axis title \"%1\" (%2 px) is longer than its axis (%3 px)")
                            .arg(axis->label())
                            .arg(width)
                            .arg(length);
    }
    // The data keeps room: titles, legend and caption take at most two thirds of the height.
    if (area.height() < plot.viewport().height() / 3)
        problems << QStringLiteral("the plot area is %1 px high of %2")
                        .arg(area.height())
                        .arg(plot.viewport().height());
    return problems;
}

// Lays the plot out at its export size, as an export draws it.
void layOut(QCustomPlot& plot)
{
    plot.replot();
}

} // namespace

// Charts put on a slide: at every export size from 800 x 500 to 2400 x 1400, no text of a chart
// made from the demo database overlaps another or is cut by the plot or its area.
class TestChartLabels : public QObject {
    Q_OBJECT
private:
    TempDatabase m_db;

    // The chart as `paceline --export-chart KIND [--by-decade] --style LOOK` draws it, caption
    // included.
    void draw(QCustomPlot& plot, const QString& kind, const QString& look, const QSize& size)
    {
        ChartOptionList options{{QStringLiteral("style"), look}};
        if (kind.endsWith(QLatin1String("by decade")))
            options.append({QStringLiteral("by-decade"), QString()});
        const auto request = parseChartRequest(kind.section(QLatin1Char(' '), 0, 0), options);
        QVERIFY2(request, request ? "" : qPrintable(request.error().toString()));
        const auto chart = prepareChart(*m_db.db, *request);
        QVERIFY2(chart, chart ? "" : qPrintable(chart.error().toString()));
        drawForExport(plot, chart->render, request->look, size, chart->caption);
        layOut(plot);
    }

private slots:
    void initTestCase() { QVERIFY(installDemoDataset(*m_db.db)); }

    void noTextOverlapsOrIsCut_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("look");
        QTest::addColumn<QSize>("size");
        for (const char* look : {"standard", "presentation"})
            for (const char* kind :
                 {"innovation", "lag", "survival", "survival by decade", "churn", "implementation"})
                for (const QSize& size : {QSize(800, 500), QSize(1280, 720), QSize(2400, 1400)})
                    QTest::addRow("%s %s %dx%d", kind, look, size.width(), size.height())
                        << QString::fromLatin1(kind) << QString::fromLatin1(look) << size;
    }
    void noTextOverlapsOrIsCut()
    {
        QFETCH(QString, kind);
        QFETCH(QString, look);
        QFETCH(QSize, size);
        QCustomPlot plot;
        draw(plot, kind, look, size);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(plot.viewport().size(), size);
        const QStringList problems = layoutProblems(plot);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems, first: %2")
                                .arg(problems.size())
                                .arg(problems.mid(0, 6).join(QStringLiteral("\n  ")))));
    }

    // Labels were placed, not all dropped: the lag labels of the innovation chart and the
    // names of the lag chart, fewer in the presentation look but some.
    void labelsAreKeptWhereTheyFit_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("standard");     // at least this many at 1280 x 720
        QTest::addColumn<int>("presentation"); // at least this many, and fewer than standard
        QTest::newRow("innovation") << "innovation" << 15 << 6;
        QTest::newRow("lag") << "lag" << 12 << 3;
    }
    void labelsAreKeptWhereTheyFit()
    {
        QFETCH(QString, kind);
        QFETCH(int, standard);
        QFETCH(int, presentation);
        const auto shownLabels = [&](const QString& look) {
            QCustomPlot plot;
            draw(plot, kind, look, QSize(1280, 720));
            int n = 0;
            for (int i = 0; i < plot.itemCount(); ++i)
                if (auto* t = qobject_cast<QCPItemText*>(plot.item(i)))
                    n += t->realVisibility() && t->clipToAxisRect();
            return n;
        };
        const int inStandard = shownLabels(QStringLiteral("standard"));
        const int inPresentation = shownLabels(QStringLiteral("presentation"));
        QVERIFY2(inStandard >= standard, qPrintable(QString::number(inStandard)));
        QVERIFY2(inPresentation >= presentation, qPrintable(QString::number(inPresentation)));
        QVERIFY2(inPresentation < inStandard,
                 qPrintable(QStringLiteral("%1 vs %2").arg(inPresentation).arg(inStandard)));
    }

    // The presentation look: larger type and thicker lines than the standard one.
    void presentationHasLargerTypeAndThickerLines()
    {
        QCustomPlot standard, presentation;
        draw(standard, QStringLiteral("lag"), QStringLiteral("standard"), QSize(1280, 720));
        draw(presentation, QStringLiteral("lag"), QStringLiteral("presentation"), QSize(1280, 720));
        QVERIFY(presentation.xAxis->tickLabelFont().pointSizeF() >=
                1.4 * standard.xAxis->tickLabelFont().pointSizeF());
        QVERIFY(presentation.legend->font().pointSizeF() >=
                1.4 * standard.legend->font().pointSizeF());
        QCPGraph* trend = nullptr;
        QCPGraph* standardTrend = nullptr;
        for (int i = 0; i < presentation.graphCount(); ++i)
            if (presentation.graph(i)->name() == QLatin1String("least-squares trend"))
                trend = presentation.graph(i);
        for (int i = 0; i < standard.graphCount(); ++i)
            if (standard.graph(i)->name() == QLatin1String("least-squares trend"))
                standardTrend = standard.graph(i);
        QVERIFY(trend && standardTrend);
        QVERIFY(trend->pen().widthF() >= 1.7 * standardTrend->pen().widthF());
    }

    // The caption under the chart says which filters made it.
    void captionRecordsTheFilters()
    {
        const auto request =
            parseChartRequest(QStringLiteral("innovation"),
                              {{QStringLiteral("regime"), QStringLiteral("wassenaar,us")},
                               {QStringLiteral("confidence"), QStringLiteral("medium")},
                               {QStringLiteral("from"), QStringLiteral("1990")},
                               {QStringLiteral("to"), QStringLiteral("2025")},
                               {QStringLiteral("technology"), QStringLiteral("intrusion")}});
        QVERIFY(request);
        const auto chart = prepareChart(*m_db.db, *request);
        QVERIFY(chart);
        QCustomPlot plot;
        drawForExport(plot, chart->render, ChartLook::Standard, QSize(1280, 720), chart->caption);
        layOut(plot);
        auto* caption = qobject_cast<QCPTextElement*>(
            plot.plotLayout()->element(plot.plotLayout()->rowCount() - 1, 0));
        QVERIFY(caption);
        const QString text = caption->text().replace(QLatin1Char('\n'), QLatin1Char(' '));
        QVERIFY2(text.startsWith(QStringLiteral("Technologies: \u201cintrusion\u201d (1) \u00b7 "
                                                "Regimes: Wassenaar, US \u00b7 Confidence \u2265 "
                                                "medium \u00b7 Years: 1990\u20132025")),
                 qPrintable(text));
        QVERIFY(layoutProblems(plot).isEmpty());
    }
};

QTEST_MAIN(TestChartLabels)
#include "tst_chartlabels.moc"
