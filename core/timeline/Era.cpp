#include "Era.h"

#include "util/UrlPolicy.h"

#include <QRegularExpression>
#include <QUrl>

namespace paceline {

namespace {

Error columnError(const char* column, const QString& message)
{
    return badInput(message, QLatin1String(column));
}

Status checkYear(const char* column, const PartialDate& date)
{
    if (date.year() < kEraFirstYear || date.year() > kEraLastYear)
        return columnError(column, QStringLiteral("%1 is not a plausible year (%2 to %3)")
                                       .arg(date.year())
                                       .arg(kEraFirstYear)
                                       .arg(kEraLastYear));
    return {};
}

} // namespace

Status checkEra(const Era& e)
{
    // Ids end up in CSV cells and audit rows: no spaces, no separators.
    static const QRegularExpression key(QStringLiteral("^[A-Za-z0-9_.\\-/]+$"));
    if (e.extId.isEmpty())
        return columnError("era_id", QStringLiteral("must not be empty"));
    if (!key.match(e.extId).hasMatch())
        return columnError("era_id", QStringLiteral("\"%1\" may hold only letters, digits and "
                                                    "_ . - /")
                                         .arg(e.extId.left(40)));
    if (e.label.isEmpty())
        return columnError("label", QStringLiteral("must not be empty"));
    if (!e.start.isValid())
        return columnError("start_date", QStringLiteral("a date of the form YYYY, YYYY-MM or "
                                                        "YYYY-MM-DD is required"));
    if (Status s = checkYear("start_date", e.start); !s)
        return s;
    if (!e.isOpen()) {
        if (Status s = checkYear("end_date", e.end); !s)
            return s;
        // Partial dates compare by what they may stand for: "2013" does not end before
        // "2013-12", a month inside it.
        if (e.end.latest() < e.start.earliest())
            return columnError("end_date", QStringLiteral("%1 is before the start, %2")
                                               .arg(e.end.toIsoString(), e.start.toIsoString()));
    }
    if (!e.sourceUrl.isEmpty() && !isOpenableExternalUrl(QUrl(e.sourceUrl, QUrl::StrictMode)))
        return columnError("source_url", QStringLiteral("\"%1\" is not an http(s) address with "
                                                        "a host")
                                             .arg(e.sourceUrl.left(60)));
    return {};
}

Era normalisedEra(Era e)
{
    for (QString* s : {&e.extId, &e.label, &e.kind, &e.note, &e.sourceUrl})
        *s = s->trimmed();
    return e;
}

} // namespace paceline
