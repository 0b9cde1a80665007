#include "PdfTextExtractor.h"

#include <QThread>

#include <algorithm>
#include <future>
#include <mutex>
#include <vector>

#ifdef PACELINE_HAVE_POPPLER
#include <poppler-qt6.h>
#endif

namespace paceline {

bool PdfTextExtractor::isAvailable()
{
#ifdef PACELINE_HAVE_POPPLER
    return true;
#else
    return false;
#endif
}

Result<QString> PdfTextExtractor::extract(const QString& path)
{
    return extractFirstPages(path, -1);
}

#ifdef PACELINE_HAVE_POPPLER
namespace {

Result<std::unique_ptr<Poppler::Document>> openPdf(const QString& path)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return badInput(QStringLiteral("cannot open as PDF (missing, damaged or not a PDF)"), path);
    if (doc->isLocked())
        return badInput(QStringLiteral("the PDF is password-protected"), path);
    return doc;
}

// Pages [from, to) of the file, each ended by a newline and separated by form feeds.
Result<QString> pageRange(const QString& path, int from, int to)
{
    auto doc = openPdf(path);
    if (!doc)
        return doc.error();
    QString text;
    for (int i = from; i < to; ++i) {
        std::unique_ptr<Poppler::Page> page = doc.value()->page(i);
        if (!page)
            return badInput(QStringLiteral("page %1 cannot be read").arg(i + 1), path);
        if (i > from)
            text += QLatin1Char('\f');
        text += page->text(QRectF(), Poppler::Page::PhysicalLayout);
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
    }
    return text;
}

// Poppler creates its colour profiles (GfxState's sRGB and XYZ profiles) lazily, in static
// members, the first time any page is laid out; two threads doing that at once can free a
// profile the other is using (a crash seen in CI). Laying out one page on one thread first
// creates them before any run starts in parallel.
void createPopplerStatics(Poppler::Document& doc)
{
    static std::once_flag once;
    std::call_once(once, [&doc] {
        if (std::unique_ptr<Poppler::Page> page = doc.page(0))
            page->text(QRectF(), Poppler::Page::PhysicalLayout);
    });
}

} // namespace
#endif

Result<QString> PdfTextExtractor::extractFirstPages(const QString& path, int maxPages)
{
#ifdef PACELINE_HAVE_POPPLER
    auto doc = openPdf(path);
    if (!doc)
        return doc.error();
    const int total = doc.value()->numPages();
    const int pages = maxPages < 0 ? total : std::min(maxPages, total);
    if (pages > 0)
        createPopplerStatics(*doc.value());
    doc.value().reset();
    // Poppler lays out one page at a time, on one document per thread: long documents are
    // split into runs of pages, each read by its own document on its own thread.
    constexpr int kPagesPerRun = 24;
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 4);
    const int runs = std::clamp(pages / kPagesPerRun, 1, threads);
    std::vector<std::future<Result<QString>>> parts;
    for (int r = 0; r < runs; ++r) {
        const int from = pages * r / runs;
        const int to = pages * (r + 1) / runs;
        parts.push_back(std::async(runs > 1 ? std::launch::async : std::launch::deferred,
                                   [=] { return pageRange(path, from, to); }));
    }
    QString text;
    for (int r = 0; r < runs; ++r) {
        auto part = parts[static_cast<size_t>(r)].get();
        if (!part)
            return part.error();
        if (r > 0)
            text += QLatin1Char('\f');
        text += part.value();
    }
    if (text.trimmed().isEmpty())
        return badInput(QStringLiteral("the PDF has no text layer (a scan?); run OCR first or "
                                       "import a text export"),
                        path);
    return text;
#else
    Q_UNUSED(maxPages)
    return makeError(QStringLiteral("this Paceline was built without Poppler (poppler-qt6); "
                                    "import a text file made with `pdftotext -layout` instead"),
                     path);
#endif
}

} // namespace paceline
