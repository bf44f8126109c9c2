#pragma once

#include "storage/ConsoleSchema.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDebug>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace pasban::test {

// Every row of every table, in a stable order, as text: two dumps are equal
// exactly when the database holds the same data.
inline QString dumpDatabase(storage::Database &db)
{
    QStringList out;
    auto tables = db.prepare(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    if (!tables)
        return tables.error().toString();
    auto names = tables->collectRows([](const storage::Statement &row) { return row.columnText(0); });
    if (!names)
        return names.error().toString();
    for (const QString &table : std::as_const(*names)) {
        auto rows =
            db.prepare(QString(QStringLiteral("SELECT * FROM \"") + table + QStringLiteral("\" ORDER BY rowid")));
        if (!rows)
            return rows.error().toString();
        out << QString(QStringLiteral("== ") + table);
        const Status done = rows->forEachRow([&out](const storage::Statement &row) {
            QStringList cells;
            for (int i = 0; i < row.columnCount(); ++i) {
                const QVariant value = row.columnValue(i);
                cells << (value.isValid() ? value.toString() : QStringLiteral("<null>"));
            }
            out << cells.join(u'|');
            return true;
        });
        if (!done)
            return done.error().toString();
    }
    return out.join(u'\n');
}

// A console database in a temporary folder.
struct TestDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;

    bool open()
    {
        auto opened = storage::openConsoleDatabase(dir.filePath(QStringLiteral("pasban.sqlite")));
        if (!opened) {
            qWarning() << opened.error().toString();
            return false;
        }
        db = std::make_unique<storage::Database>(std::move(opened).value());
        return true;
    }
};

} // namespace pasban::test
