#include "UsbIds.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace pasban::discovery {

namespace {

constexpr qint64 MaxFileSize = 16 * 1024 * 1024; // usb.ids is ~1.5 MB today

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// "XXXX  name": four hex digits, then whitespace, then the name.
bool splitEntry(QByteArrayView line, quint16 &id, QString &name)
{
    if (line.size() < 6)
        return false;
    uint value = 0;
    for (qsizetype i = 0; i < 4; ++i) {
        const int digit = hexDigit(line[i]);
        if (digit < 0)
            return false;
        value = value * 16 + uint(digit);
    }
    if (line[4] != ' ' && line[4] != '\t')
        return false;
    id = quint16(value);
    name = QString::fromUtf8(line.sliced(5).trimmed());
    return !name.isEmpty();
}

} // namespace

Result<UsbIds> UsbIds::parse(QByteArrayView text)
{
    UsbIds ids;
    int currentVendor = -1;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        quint16 id = 0;
        QString name;
        if (line.startsWith("\t\t")) {
            continue; // interface lines (class section)
        } else if (line.startsWith('\t')) {
            if (currentVendor >= 0 && splitEntry(line.sliced(1), id, name))
                ids.m_products.insert((quint32(currentVendor) << 16) | id, name);
        } else if (splitEntry(line, id, name)) {
            currentVendor = id;
            ids.m_vendors.insert(id, name);
        } else {
            // "C 00  (Defined at Interface level)" and the other sections: the vendor list is over.
            break;
        }
    }
    if (ids.m_vendors.isEmpty())
        return Error(
            u"discovery.usb.ids_empty"_s,
            QT_TRANSLATE_NOOP("pasban::Error", "The USB ID database holds no vendors; USB names are not shown."));
    return ids;
}

QStringList UsbIds::searchPaths()
{
    QStringList paths;
    const QString overridePath = qEnvironmentVariable("PASBAN_USB_IDS");
    if (!overridePath.isEmpty())
        paths << overridePath;
    if (QCoreApplication::instance())
        paths << QDir(QCoreApplication::applicationDirPath()).filePath(u"usb.ids"_s);
    paths << u"/usr/share/hwdata/usb.ids"_s << u"/usr/share/misc/usb.ids"_s << u"/var/lib/usbutils/usb.ids"_s
          << u"/usr/share/usb.ids"_s;
    return paths;
}

Result<UsbIds> UsbIds::loadDefault()
{
    const QStringList paths = searchPaths();
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.exists() || file.size() > MaxFileSize || !file.open(QIODevice::ReadOnly))
            continue;
        auto ids = parse(file.readAll());
        if (ids)
            return ids;
    }
    return Error(u"discovery.usb.ids_missing"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "No USB ID database (usb.ids) was found; USB devices are shown by number only. "
                                   "Install the usbutils or hwdata package, or set PASBAN_USB_IDS to the file."),
                 {}, paths.join(u", "_s));
}

} // namespace pasban::discovery
