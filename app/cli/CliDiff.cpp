#include "CliDiff.h"

#include "CliCommands.h"
#include "CliSupport.h"

#include "editions/EditionDiff.h"
#include "editions/TermDiff.h"
#include "lists/ListStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paceline::cli {

namespace {

QJsonObject toJson(const EditionComparison& cmp, const TermComparison& terms)
{
    QJsonObject o;
    o.insert(QLatin1String("list"), cmp.to.listKey);
    o.insert(QLatin1String("from"), cmp.from.label);
    o.insert(QLatin1String("to"), cmp.to.label);
    o.insert(QLatin1String("ignore_typography"), cmp.options.ignoreTypography);
    for (ChangeKind k : {ChangeKind::Added, ChangeKind::Removed, ChangeKind::Changed})
        o.insert(changeKindName(k), QJsonArray::fromStringList(cmp.codes(k)));
    QJsonArray categories;
    for (const CategoryCounts& c : cmp.categories) {
        QJsonObject row;
        row.insert(QLatin1String("category"), c.code);
        row.insert(QLatin1String("title"), c.title);
        row.insert(QLatin1String("added"), c.added);
        row.insert(QLatin1String("removed"), c.removed);
        row.insert(QLatin1String("changed"), c.changed);
        categories.append(row);
    }
    o.insert(QLatin1String("categories"), categories);
    QJsonObject totals;
    for (ChangeKind k : {ChangeKind::Added, ChangeKind::Removed, ChangeKind::Changed})
        totals.insert(changeKindName(k), cmp.count(k));
    o.insert(QLatin1String("totals"), totals);
    QJsonObject termChanges;
    termChanges.insert(QLatin1String("added"), QJsonArray::fromStringList(terms.added));
    termChanges.insert(QLatin1String("removed"), QJsonArray::fromStringList(terms.removed));
    termChanges.insert(QLatin1String("changed"), QJsonArray::fromStringList(terms.changed));
    o.insert(QLatin1String("terms"), termChanges);
    return o;
}

void printText(const EditionComparison& cmp, const TermComparison& terms, QTextStream& out)
{
    out << cmp.to.listKey << ": \"" << cmp.from.label << "\" -> \"" << cmp.to.label << "\""
        << (cmp.options.ignoreTypography ? " (typography ignored)" : "") << Qt::endl;
    out << "category  added  removed  changed" << Qt::endl;
    for (const CategoryCounts& c : cmp.categories)
        out << qSetFieldWidth(8) << Qt::left << c.code << qSetFieldWidth(0) << Qt::right
            << qSetFieldWidth(7) << c.added << qSetFieldWidth(9) << c.removed << c.changed
            << qSetFieldWidth(0) << Qt::left << Qt::endl;
    out << "total: " << cmp.count(ChangeKind::Added) << " added, " << cmp.count(ChangeKind::Removed)
        << " removed, " << cmp.count(ChangeKind::Changed) << " changed" << Qt::endl;
    for (ChangeKind k : {ChangeKind::Added, ChangeKind::Removed, ChangeKind::Changed}) {
        const QStringList codes = cmp.codes(k);
        if (!codes.isEmpty())
            out << changeKindName(k) << ": " << codes.join(QLatin1Char(' ')) << Qt::endl;
    }
    const auto quoted = [](const QStringList& names) {
        QStringList quotedNames;
        for (const QString& n : names)
            quotedNames << QLatin1Char('"') + n + QLatin1Char('"');
        return quotedNames.join(QStringLiteral(", "));
    };
    out << "terms: " << terms.added.size() << " added, " << terms.removed.size() << " removed, "
        << terms.changed.size() << " changed" << Qt::endl;
    if (!terms.added.isEmpty())
        out << "terms added: " << quoted(terms.added) << Qt::endl;
    if (!terms.removed.isEmpty())
        out << "terms removed: " << quoted(terms.removed) << Qt::endl;
    if (!terms.changed.isEmpty())
        out << "terms changed: " << quoted(terms.changed) << Qt::endl;
}

} // namespace

int cmdDiff(const Invocation& inv, QTextStream& out, QTextStream& err)
{
    CommandLine cl(inv, QStringLiteral("--list KEY --from LABEL --to LABEL [options]"),
                   QStringLiteral("Nodes added, removed and changed between two editions of a "
                                  "list, counted per category, and the defined terms added, "
                                  "removed and changed."));
    const QCommandLineOption listOption(QStringLiteral("list"),
                                        QStringLiteral("the list (see \"stats\" for the lists and "
                                                       "editions)"),
                                        QStringLiteral("KEY"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("the older edition"),
                                        QStringLiteral("LABEL"));
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("the newer edition"),
                                      QStringLiteral("LABEL"));
    const QCommandLineOption ignoreTypography(
        QStringLiteral("ignore-typography"),
        QStringLiteral("curly or straight quotes, dashes, spacing and line breaks are no change"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("write JSON"));
    for (const QCommandLineOption& o : {listOption, fromOption, toOption, ignoreTypography, json})
        cl.addOption(o);
    if (const auto done = cl.parse(out, err))
        return *done;
    const QString listKey = cl.value(listOption);
    const QString fromLabel = cl.value(fromOption);
    const QString toLabel = cl.value(toOption);
    if (listKey.isEmpty() || fromLabel.isEmpty() || toLabel.isEmpty())
        return report(err, badInput(cl.usageMessage(QStringLiteral(
                               "diff needs --list KEY --from LABEL --to LABEL (see \"stats\" "
                               "for the lists and editions)"))));
    auto db = openDatabase(cl.databasePath(), false, false);
    if (!db)
        return report(err, db.error());
    ListStore store(**db);
    auto from = store.findEdition(listKey, fromLabel);
    if (!from)
        return report(err, from.error());
    auto to = store.findEdition(listKey, toLabel);
    if (!to)
        return report(err, to.error());
    EditionDiffOptions options;
    options.ignoreTypography = cl.isSet(ignoreTypography);
    auto cmp = compareEditions(**db, from->id, to->id, options);
    if (!cmp)
        return report(err, cmp.error());
    auto terms = compareTerms(**db, from->id, to->id, options.ignoreTypography);
    if (!terms)
        return report(err, terms.error());
    if (cl.isSet(json))
        out << QString::fromUtf8(
            QJsonDocument(toJson(cmp.value(), terms.value())).toJson(QJsonDocument::Indented));
    else
        printText(cmp.value(), terms.value(), out);
    return Success;
}

} // namespace paceline::cli
