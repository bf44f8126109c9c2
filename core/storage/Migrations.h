#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace pasban::storage {

class Database;

// One step of the schema's history. Versions count from 1 without gaps; a
// released migration is never edited, only followed by a new one.
struct Migration
{
    int version = 0;
    QString description; // English, for logs and error details
    std::function<Status(Database &)> apply;

    // A step that is only SQL text (several statements allowed).
    [[nodiscard]] static Migration fromSql(int version, QString description, QString sql);
};

// The schema version recorded in the schema_meta table; 0 for a new, empty
// database.
[[nodiscard]] Result<int> schemaVersion(Database &db);

// Brings db up to the last of migrations (which must be numbered 1, 2, ... N).
// All pending steps run in ONE immediate transaction together with the new
// version number: either every step is applied, or the database is exactly as
// before and the Error names the failing step.
// Refuses, without writing anything: a database of a newer schema
// (storage.newer_version), a read-only one that needs an upgrade
// (storage.readonly), and a database of another program (storage.foreign).
[[nodiscard]] Status migrate(Database &db, const QList<Migration> &migrations);

} // namespace pasban::storage
