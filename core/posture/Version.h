#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace pasban::posture {

// Version strings as devices and advisories write them: "2.1.0", "v15.0.0",
// "22D19", "C.02", "5.17.1-754993421". Compared segment by segment: runs of
// digits numerically, runs of letters case-insensitively; separators (. - _ +
// space) only split. A missing segment counts as 0 against a number and as less
// than a letter ("1.4" < "1.4a", a letter revision). A leading "v" is ignored.
class Version
{
public:
    // <0, 0, >0 like strcmp.
    [[nodiscard]] static int compare(QStringView a, QStringView b);
    // Whether the version is one compare() understands (letters, digits, separators; no spaces inside).
    [[nodiscard]] static bool isComparable(QStringView version);
};

enum class VersionMatch { Affected, NotAffected, Unknown };

// A CSAF product_version (exact; alternatives "B.02 | C.02") or
// product_version_range: vers ("vers:all/*", "vers:generic/>=1.0|<2.0") or the
// simple forms CISA writes ("< 3.0", "<=12.1.3", "<v15.0.0", ">= 1 | <= 2").
// Anything else (free text such as "9.x (with Wireless Battery Modules ...)") is
// kept as Unparsed and matches as Unknown: a human has to read it.
class VersionSpec
{
public:
    enum class Kind { All, Exact, Range, Unparsed };
    enum class Op { Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual };
    struct Constraint
    {
        Op op;
        QString version;
    };

    [[nodiscard]] static VersionSpec exact(const QString &text);
    [[nodiscard]] static VersionSpec range(const QString &text);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] const QStringList &alternatives() const { return m_alternatives; }
    [[nodiscard]] const QList<Constraint> &constraints() const { return m_constraints; }

    // Unknown when the device's version is empty (and the spec is not All) or
    // the spec could not be parsed.
    [[nodiscard]] VersionMatch matches(QStringView deviceVersion) const;

private:
    Kind m_kind = Kind::Unparsed;
    QString m_text;
    QStringList m_alternatives; // Exact: each may end in ".x" (any below)
    QList<Constraint> m_constraints; // Range, sorted by version
};

} // namespace pasban::posture
