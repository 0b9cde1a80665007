#include "UrlPolicy.h"

namespace paceline {

bool isOpenableExternalUrl(const QUrl& url)
{
    if (!url.isValid() || url.isRelative())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    if (url.host().isEmpty())
        return false;
    return url.userInfo().isEmpty();
}

} // namespace paceline
