#include "SessionBanner.h"

#include <QEvent>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

SessionBanner::SessionBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"sessionBanner"_s);
    setTextFormat(Qt::PlainText);
    hide();
}

void SessionBanner::setSession(const operators::OperatorSession &session)
{
    m_session = session;
    setProperty("emergency", session.emergency);
    // Red on every page while emergency rights are in force: nobody may miss it.
    setStyleSheet(session.emergency ? u"QLabel { background: #b00020; color: white; font-weight: bold; "
                                      u"padding: 2px 8px; }"_s
                                    : QString());
    setVisible(session.isValid());
    retranslate();
}

void SessionBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void SessionBanner::retranslate()
{
    if (!m_session.isValid()) {
        setText({});
        return;
    }
    if (m_session.emergency) {
        const QString until = QLocale().toString(m_session.expiresUtc.toLocalTime().time(), QLocale::ShortFormat);
        setText(
            tr("EMERGENCY ACCESS by %1 until %2 — reason: %3").arg(m_session.name, until, m_session.emergencyReason));
        return;
    }
    setText(tr("Signed in: %1 (%2)").arg(m_session.name, operators::roleName(m_session.role)));
}

} // namespace pasban::ui
