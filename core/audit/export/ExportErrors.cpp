#include "ExportErrors.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit::detail {

Error exportWriteFailed(const QString &path, const QString &why)
{
    return Error(u"audit.export_write"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The export could not be written to %1. Check that the folder exists, that you may "
                                   "write there and that the disk is not full."),
                 {QDir::toNativeSeparators(path)}, why);
}

Error exportCancelled()
{
    return Error(u"audit.export_cancelled"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "The export was cancelled; no file was written."));
}

Error exportMalformed(const QString &why)
{
    return Error(u"audit.export_malformed"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "The file is not an audit export Pasban can read."), {}, why);
}

} // namespace pasban::audit::detail
