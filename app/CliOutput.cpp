#include "CliOutput.h"

#include <QJsonDocument>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace pasban::cli {

void Output::text(const QString &line) const
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void Output::object(const QJsonObject &object) const
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void Output::array(const QJsonArray &array) const
{
    const QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

int Output::fail(const Error &error, ExitCode code) const
{
    const QByteArray line = (u"pasban-cli: "_s + error.message() + u" ["_s + error.code() + u"]\n"_s).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    if (m_json) {
        // Machine output stays English and stable whatever the UI language.
        object(
            {{u"error"_s,
              QJsonObject {{u"code"_s, error.code()}, {u"message"_s, error.sourceMessage()}, {u"exitCode"_s, code}}}});
    }
    return code;
}

int usage(const QString &command, const QString &message)
{
    std::fprintf(stderr, "pasban-cli %s: %s\n", qPrintable(command), qPrintable(message));
    return Usage;
}

} // namespace pasban::cli
