#include "SmpReassembler.h"

#include "SmpHeader.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::smp {

SmpReassembler::SmpReassembler(qsizetype maxMessageSize)
    : m_max(maxMessageSize)
{
}

QList<Result<QByteArray>> SmpReassembler::feed(QByteArrayView fragment)
{
    QList<Result<QByteArray>> out;
    m_buffer.append(fragment);
    while (m_buffer.size() >= SmpHeader::Size) {
        const Result<SmpHeader> header = SmpHeader::decode(m_buffer);
        if (!header) {
            out.append(header.error());
            m_buffer.clear();
            break;
        }
        const qsizetype total = SmpHeader::Size + header->length;
        if (total > m_max) {
            out.append(
                Error(u"smp.message_too_large"_s,
                      QT_TRANSLATE_NOOP("pasban::Error", "The device sent a message larger than the console accepts."),
                      {}, u"%1 bytes, limit %2"_s.arg(total).arg(m_max)));
            m_buffer.clear();
            break;
        }
        if (m_buffer.size() < total)
            break;
        out.append(m_buffer.left(total));
        m_buffer.remove(0, total);
    }
    return out;
}

} // namespace pasban::smp
