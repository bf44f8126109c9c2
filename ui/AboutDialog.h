#pragma once

#include <QDialog>

namespace pasban::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace pasban::ui
