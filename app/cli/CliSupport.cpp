#include "CliSupport.h"

#include "CliCommands.h"
#include "app/AppPaths.h"

#include <QDir>
#include <QFileInfo>

namespace paceline::cli {

const QStringList& optionsWithValue()
{
    static const QStringList names = {
        QStringLiteral("--db"),        QStringLiteral("--format"), QStringLiteral("--list"),
        QStringLiteral("--edition"),   QStringLiteral("--out"),    QStringLiteral("--limit"),
        QStringLiteral("--from"),      QStringLiteral("--to"),     QStringLiteral("--kind"),
        QStringLiteral("--width"),     QStringLiteral("--height"), QStringLiteral("--status"),
        QStringLiteral("--list-name"), QStringLiteral("--regime"), QStringLiteral("--regime-name"),
        QStringLiteral("--resolve"),   QStringLiteral("--dir"),    QStringLiteral("--regime-list"),
    };
    return names;
}

int report(QTextStream& err, const Error& e)
{
    err << "paceline-cli: " << e.toString() << Qt::endl;
    return e.kind == Error::Kind::BadInput ? BadInput : Failure;
}

Result<Args> parseArgs(const QStringList& args)
{
    Args parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a.startsWith(QLatin1String("--")) || a == QLatin1String("-h")) {
            QString name = a;
            QString value;
            const qsizetype eq = a.indexOf(QLatin1Char('='));
            if (eq > 0) {
                name = a.left(eq);
                value = a.mid(eq + 1);
            } else if (optionsWithValue().contains(a)) {
                if (i + 1 >= args.size())
                    return badInput(QStringLiteral("%1 needs a value").arg(a));
                value = args.at(++i);
            }
            parsed.options.insert(name, value);
        } else if (parsed.command.isEmpty()) {
            parsed.command = a;
        } else {
            parsed.positional << a;
        }
    }
    return parsed;
}

Status allowOnly(const Args& a, const QStringList& allowed)
{
    for (auto it = a.options.begin(); it != a.options.end(); ++it)
        if (it.key() != QLatin1String("--db") && !allowed.contains(it.key()))
            return badInput(
                QStringLiteral("unknown option %1 for \"%2\"").arg(it.key(), a.command));
    return {};
}

Result<std::unique_ptr<Database>> openDatabase(const Args& a, bool create, bool integrityCheck)
{
    const QString path = a.value("--db", defaultDatabasePath());
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
