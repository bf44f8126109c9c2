#pragma once

#include "common/Result.h"
#include "inventory/InventoryStore.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pasban {
class DeviceInventorySync;
}

namespace pasban::ui {

// The fields a clinical engineer declares about one device (asset tag, location,
// department, owner, notes), edited in place and kept in the inventory on Save
// (Ctrl+S); Revert goes back to what is stored. Edits are never lost silently:
// moving to another device saves them first.
class AssetEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit AssetEditor(DeviceInventorySync &inventory, QWidget *parent = nullptr);

    // Saves pending edits of the device shown, then loads ID's stored fields.
    void showDevice(const QString &id);
    [[nodiscard]] QString deviceId() const { return m_id; }

    [[nodiscard]] bool isModified() const;
    [[nodiscard]] inventory::AssetFields fields() const;
    void setFields(const inventory::AssetFields &fields);

    Status save();
    void revert();

Q_SIGNALS:
    void saved(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void load();

    DeviceInventorySync &m_inventory;
    QString m_id;
    inventory::AssetFields m_stored;
    QLabel *m_tagLabel;
    QLabel *m_locationLabel;
    QLabel *m_departmentLabel;
    QLabel *m_ownerLabel;
    QLabel *m_notesLabel;
    QLineEdit *m_tag;
    QLineEdit *m_location;
    QLineEdit *m_department;
    QLineEdit *m_owner;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
};

} // namespace pasban::ui
