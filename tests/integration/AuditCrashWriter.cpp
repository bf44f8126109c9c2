// Helper for tst_AuditCrash: appends audit events in a loop to the log in the
// folder given, printing each sequence number on its own line only after
// append() returned (the event is then acknowledged as recorded), until killed.
//   audit_crash_writer FOLDER ROUND
#include "Canaries.h"
#include "audit/AuditLog.h"
#include "audit/FileAnchorStore.h"
#include "audit/PassphraseKeyStore.h"
#include "storage/ConsoleSchema.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: audit_crash_writer FOLDER ROUND\n");
        return 2;
    }
    const QString folder = arguments.at(1);
    const int round = arguments.at(2).toInt();

    Result<storage::Database> db = storage::openConsoleDatabase(folder + u"/pasban.sqlite"_s);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    audit::FileAnchorStore anchor(folder + u"/"_s + audit::FileAnchorStore::defaultFileName());
    audit::PassphraseKeyStore keys(crypto::SecureBytes(test::canary::AuditCrashPassphrase),
                                   crypto::ScryptParams {1u << 10, 8, 1});
    audit::AuditLog::Options options;
    options.anchors = {&anchor};
    options.create = true;
    options.checkpointInterval = 25; // checkpoints (and anchor writes) get killed too
    Result<std::unique_ptr<audit::AuditLog>> log = audit::AuditLog::open(std::move(db).value(), keys, options);
    if (!log) {
        std::fprintf(stderr, "%s %s\n", qPrintable(log.error().toString()), qPrintable(log.error().detail()));
        return 1;
    }
    for (qint64 n = 0;; ++n) {
        audit::AuditEvent event;
        event.type = audit::EventType::Query;
        event.operatorId = u"crash-writer"_s;
        event.details = {{u"round"_s, round}, {u"n"_s, n}};
        const Result<quint64> sequence = (*log)->append(event);
        if (!sequence) {
            std::fprintf(stderr, "%s %s\n", qPrintable(sequence.error().toString()),
                         qPrintable(sequence.error().detail()));
            return 1;
        }
        std::printf("%llu\n", static_cast<unsigned long long>(*sequence));
        std::fflush(stdout);
    }
}
