#include "CliSupport.h"

#include "CliCommands.h"

#include <QDir>
#include <QFileInfo>

namespace paceline::cli {

int report(QTextStream& err, const Error& e)
{
    err << "paceline-cli: " << e.toString() << Qt::endl;
    return e.kind == Error::Kind::BadInput ? BadInput : Failure;
}

Result<std::unique_ptr<Database>> openDatabase(const QString& path, bool create,
                                               bool integrityCheck)
{
    if (create) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            return makeError(QStringLiteral("cannot create the folder"), dir);
    } else if (!QFileInfo::exists(path)) {
        return badInput(QStringLiteral("no database here; create one with \"paceline-cli init\""),
                        path);
    }
    Database::Options options;
    options.create = create;
    options.integrityCheck = integrityCheck;
    return Database::open(path, options);
}

} // namespace paceline::cli
