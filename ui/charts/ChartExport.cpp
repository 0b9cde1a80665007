#include "ChartExport.h"

#include "ChartStyle.h"
#include "io/FileWriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <qcustomplot.h>

namespace paceline {

namespace {

// The caption as the bottom row of the plot, in small grey type; ChartFit wraps it.
QCPTextElement* addCaptionRow(QCustomPlot& plot, const QString& caption)
{
    const int row = plot.plotLayout()->rowCount();
    plot.plotLayout()->insertRow(row);
    auto* text = new QCPTextElement(&plot, caption, chartFont(plot, 7));
    text->setTextColor(QColor(90, 90, 90));
    text->setTextFlags(Qt::AlignLeft);
    plot.plotLayout()->addElement(row, 0, text);
    plot.plotLayout()->setRowStretchFactor(row, 0.001);
    return text;
}

// Adds the caption row for an export of a plot on screen and removes it afterwards.
class CaptionRow {
public:
    CaptionRow(QCustomPlot& plot, const QString& caption)
        : m_plot(plot)
        , m_text(addCaptionRow(plot, caption))
    {
    }
    ~CaptionRow()
    {
        m_plot.plotLayout()->remove(m_text);
        m_plot.plotLayout()->simplify();
    }

private:
    QCustomPlot& m_plot;
    QCPTextElement* m_text;
};

Result<QByteArray> renderSvg(QCustomPlot& plot, int width, int height, const QString& title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(width, height));
    svg.setViewBox(QRect(0, 0, width, height));
    svg.setTitle(title);
    QCPPainter painter;
    if (!painter.begin(&svg))
        return makeError(QStringLiteral("could not start the SVG painter"));
    plot.toPainter(&painter, width, height);
    painter.end();
    // QSvgGenerator states the size in millimetres; the user asked for pixels.
    QByteArray svgText = buffer.data();
    static const QRegularExpression size(
        QStringLiteral("<svg width=\"[0-9.]+mm\" height=\"[0-9.]+mm\""));
    const QString head = QString::fromUtf8(svgText.left(512));
    const auto match = size.match(head);
    if (match.hasMatch())
        svgText.replace(
            match.capturedStart(), match.capturedLength(),
            QStringLiteral("<svg width=\"%1\" height=\"%2\"").arg(width).arg(height).toUtf8());
    return svgText;
}

Result<QByteArray> renderViaTempFile(QCustomPlot& plot, const QString& suffix, int width,
                                     int height, const QString& title)
{
    // QCustomPlot writes PNG/PDF to a path; render into a private temp file, then hand the
    // bytes to the atomic writer.
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(QStringLiteral("no temporary folder for the export"));
    const QString tmp = dir.filePath(QStringLiteral("chart.") + suffix);
    const bool ok =
        suffix == QLatin1String("pdf")
            ? plot.savePdf(tmp, width, height, QCP::epNoCosmetic, QStringLiteral("Paceline"), title)
            : plot.savePng(tmp, width, height, 1.0);
    QFile f(tmp);
    if (!ok || !f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("rendering the chart failed"));
    return f.readAll();
}

Status checkTarget(const QString& path, int width, int height)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf") &&
        suffix != QLatin1String("svg"))
        return badInput(
            QStringLiteral("unknown chart format \"%1\"; use .png, .pdf or .svg").arg(suffix),
            path);
    if (width < 200 || height < 150 || width > 20000 || height > 20000)
        return badInput(QStringLiteral("size %1 x %2 is out of range (200 x 150 to 20000 x 20000)")
                            .arg(width)
                            .arg(height),
                        path);
    return {};
}

Result<QByteArray> render(QCustomPlot& plot, const QString& path, int width, int height,
                          const QString& caption)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("svg") ? renderSvg(plot, width, height, caption)
                                          : renderViaTempFile(plot, suffix, width, height, caption);
}

Status write(const Result<QByteArray>& bytes, const QString& path)
{
    if (!bytes)
        return Error{bytes.error().message, path, Error::Kind::Failure};
    return writeFileAtomically(path, *bytes);
}

} // namespace

Status exportChart(QCustomPlot& plot, const QString& path, int width, int height,
                   const QString& caption)
{
    if (Status s = checkTarget(path, width, height); !s)
        return s;
    Result<QByteArray> bytes = QByteArray();
    {
        CaptionRow row(plot, caption);
        bytes = render(plot, path, width, height, caption);
    }
    plot.replot();
    return write(bytes, path);
}

Status exportChart(const ChartRenderer& renderer, ChartLook look, const QString& path, int width,
                   int height, const QString& caption)
{
    if (Status s = checkTarget(path, width, height); !s)
        return s;
    QCustomPlot plot;
    drawForExport(plot, renderer, look, QSize(width, height), caption);
    return write(render(plot, path, width, height, caption), path);
}

void drawForExport(QCustomPlot& plot, const ChartRenderer& renderer, ChartLook look,
                   const QSize& size, const QString& caption)
{
    plot.resize(size); // the look's type grows with the size
    plot.setViewport(QRect(QPoint(0, 0), size));
    setChartLook(plot, look);
    renderer(plot);
    addCaptionRow(plot, caption);
}

QString snapshotCaption(const QString& filters, const QStringList& editions)
{
    QStringList parts;
    if (!filters.isEmpty())
        parts << filters;
    if (!editions.isEmpty())
        parts << QStringLiteral("Editions: ") + editions.join(QStringLiteral(", "));
    parts << QStringLiteral("Paceline, made ") +
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace paceline
