// Reading audit exports back (outside bytes: a file someone hands an auditor):
// the RFC 4180 CSV reader, the CSV export reader and the FHIR Bundle reader must
// return errors, never crash, on anything. What reads as events writes again and
// reads back the same.
#include "audit/export/AuditCsv.h"
#include "audit/export/FhirAuditEvent.h"

#include <QByteArrayView>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pasban::audit;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)csv::parse(bytes);
    const pasban::Result<QList<AuditEvent>> fromCsv = csv::parseExport(bytes);
    if (fromCsv) {
        QByteArray again = csv::headerLine();
        for (const AuditEvent &event : *fromCsv)
            again += csv::eventLine(event, QByteArray());
        const pasban::Result<QList<AuditEvent>> reread = csv::parseExport(again);
        if (!reread || reread->size() != fromCsv->size())
            __builtin_trap();
    }
    (void)fhir::parseBundle(bytes);
    return 0;
}
