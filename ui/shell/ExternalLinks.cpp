#include "ExternalLinks.h"

#include "util/UrlPolicy.h"

#include <QDesktopServices>
#include <QMessageBox>

namespace paceline {

namespace {

ExternalLinkHooks& hooks()
{
    static ExternalLinkHooks h;
    return h;
}

} // namespace

void setExternalLinkHooks(ExternalLinkHooks h)
{
    hooks() = std::move(h);
}

bool openExternalLink(QWidget* parent, const QUrl& url)
{
    const QString shown = url.toString(QUrl::FullyEncoded).left(300);
    if (!isOpenableExternalUrl(url)) {
        const QString message =
            QObject::tr("Paceline opens only web addresses (http or https). This link "
                        "was not opened:\n\n%1")
                .arg(shown);
        if (hooks().refused)
            hooks().refused(message);
        else
            QMessageBox::warning(parent, QObject::tr("Link not opened"), message);
        return false;
    }
    const bool confirmed =
        hooks().confirm
            ? hooks().confirm(url)
            : QMessageBox::question(
                  parent, QObject::tr("Open link"),
                  QObject::tr("Open this address in your web browser?\n\n%1").arg(shown)) ==
                  QMessageBox::Yes;
    if (!confirmed)
        return false;
    return hooks().open ? hooks().open(url) : QDesktopServices::openUrl(url);
}

} // namespace paceline
