#pragma once

#include <QFont>
#include <QLabel>

namespace pasban::ui {

// Every page opens with its title in the same size and weight (object name
// "pageTitle", for tests and style sheets).
inline void makePageTitle(QLabel *title)
{
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
}

} // namespace pasban::ui
