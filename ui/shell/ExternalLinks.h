#pragma once

#include <QUrl>

#include <functional>

class QWidget;

namespace paceline {

// Opens a link found in data: only http(s) addresses (core's isOpenableExternalUrl), and only
// after the user confirms; anything else is refused with a message. Returns whether it opened.
bool openExternalLink(QWidget* parent, const QUrl& url);

// For tests: replaces the confirmation and the desktop opener.
struct ExternalLinkHooks {
    std::function<bool(const QUrl&)> confirm;
    std::function<void(const QString&)> refused;
    std::function<bool(const QUrl&)> open;
};
void setExternalLinkHooks(ExternalLinkHooks hooks);

} // namespace paceline
