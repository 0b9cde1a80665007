#include "PdfTextExtractor.h"

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

Result<QString> PdfTextExtractor::extractFirstPages(const QString& path, int maxPages)
{
#ifdef PACELINE_HAVE_POPPLER
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return badInput(QStringLiteral("cannot open as PDF (missing, damaged or not a PDF)"), path);
    if (doc->isLocked())
        return badInput(QStringLiteral("the PDF is password-protected"), path);
    QString text;
    const int pages = maxPages < 0 ? doc->numPages() : std::min(maxPages, doc->numPages());
    for (int i = 0; i < pages; ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            return badInput(QStringLiteral("page %1 cannot be read").arg(i + 1), path);
        if (i > 0)
            text += QLatin1Char('\f');
        text += page->text(QRectF(), Poppler::Page::PhysicalLayout);
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
    }
    if (text.trimmed().isEmpty())
        return badInput(QStringLiteral("the PDF has no text layer (a scan?); run OCR first or "
                                       "import a text export"),
                        path);
    return text;
#else
    return makeError(QStringLiteral("this Paceline was built without Poppler (poppler-qt6); "
                                    "import a text file made with `pdftotext -layout` instead"),
                     path);
#endif
}

} // namespace paceline
