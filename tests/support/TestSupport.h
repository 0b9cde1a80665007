#pragma once

#include "lists/ListDocument.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <initializer_list>
#include <memory>

namespace paceline::test {

// ../shared/data/<relative>, or an empty string when the shared folder is absent.
QString sharedDataFile(const QString& relative);
// tests/fixtures/<relative>
QString fixture(const QString& relative);
QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& data);
QByteArray sha256OfFile(const QString& path);

// The node with this code, or null.
const ListNode* findNode(const ListDocument& doc, const QString& code);
// {"a", "b"} as a QStringList (UTF-8 literals).
QStringList strings(std::initializer_list<const char*> items);

// Runs the built paceline-cli with args and waits for it (at most two minutes).
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList& args);

// A fresh database in a temporary folder, removed with the object.
struct TempDatabase {
    TempDatabase();
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
};

} // namespace paceline::test

// Skips the current test with a clear message when ../shared/data is not there.
#define PACELINE_REQUIRE_SHARED(path)                                                              \
    do {                                                                                           \
        if ((path).isEmpty())                                                                      \
            QSKIP("../shared/data is absent: real-data test skipped");                             \
    } while (false)
