#include "FileWriter.h"

#include <QSaveFile>

namespace paceline {

Status writeFileAtomically(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("cannot be written: %1").arg(file.errorString()), path);
    if (file.write(content) != content.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return makeError(QStringLiteral("could not be written completely: %1").arg(why), path);
    }
    if (!file.commit())
        return makeError(QStringLiteral("could not be saved: %1").arg(file.errorString()), path);
    return {};
}

} // namespace paceline
