// Test helper for tst_casecrash: opens a case in a CaseEditor and types into it for ever,
// printing "SAVED <length>" after each autosave, until the parent test kills it.
#include "cases/CaseEditor.h"
#include "storage/Database.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTextStream>
#include <QTimer>

using namespace paceline;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PacelineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("PacelineCrashChild"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4)
        return 2;
    auto db = Database::open(args.at(1));
    if (!db)
        return 1;
    const QString script = args.at(3);
    CaseEditor editor(**db, args.at(2).toLongLong());
    editor.show();
    QTextStream out(stdout);
    QObject::connect(&editor, &CaseEditor::saved, &editor, [&] {
        out << "SAVED " << editor.proposedEdit()->toPlainText().size() << Qt::endl;
    });
    qsizetype typed = 0;
    QTimer typing;
    QObject::connect(&typing, &QTimer::timeout, &editor, [&] {
        QPlainTextEdit* edit = editor.proposedEdit();
        edit->moveCursor(QTextCursor::End);
        edit->insertPlainText(script.mid(typed % script.size(), 1)); // one keystroke
        ++typed;
    });
    typing.start(10);
    out << "READY" << Qt::endl;
    return app.exec();
}
