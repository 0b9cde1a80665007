#pragma once

#include "timeline/ChartData.h"

#include <QSharedPointer>
#include <qcustomplot.h>

namespace paceline {

// One era drawn as a translucent band over the whole height of the plot, behind the data,
// with its label in a strip above the axis rect so that it never covers a marker. Labels take
// turns between the strip's two rows and are cut where the next band on their row begins.
// A band is at least a few pixels wide: a two-day plenary stays visible at any zoom.
class EraBandItem : public QCPAbstractItem {
    Q_OBJECT
public:
    // bands: all the chart's bands in start order (shared by their items); index: this one.
    EraBandItem(QCustomPlot* plot, QSharedPointer<const QList<ChartEra>> bands, int index);

    const ChartEra& band() const { return m_bands->at(m_index); }
    // Height of the label strip that the plot reserves above its axis rect.
    static int stripHeight(const QCustomPlot& plot);
    static QFont labelFont(const QCustomPlot& plot); // in the plot's look
    // The band's fill: a colour per kind (plenary, legislation, rulemaking, regime), else grey.
    static QColor colorOf(const QString& kind);
    // The band (widened to the minimum width) and its label box, in widget pixels.
    QRectF bandRect() const;
    QRectF labelRect() const;
    QString shownLabel() const; // the label as drawn: elided to its room, or empty
    QString tooltip() const;    // label, dates, kind, note and source

    // 0 over the band's label or its column in the label strip, else -1.
    double selectTest(const QPointF& pos, bool onlySelectable,
                      QVariant* details = nullptr) const override;

protected:
    QRect clipRect() const override;
    void draw(QCPPainter* painter) override;

private:
    double pixelOf(double year) const;
    QSharedPointer<const QList<ChartEra>> m_bands;
    int m_index;
};

} // namespace paceline
