#pragma once

#include "flows/DataFlow.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace pasban::ui {

// Declare (or change) where a device's data goes: for this device or for every
// device of its model; destination, transport, encryption, patient data, data
// types, and where the statement comes from. OK stays disabled until the
// declaration is valid, and says why.
class FlowDeclarationDialog : public QDialog
{
    Q_OBJECT
public:
    // INITIAL carries the device's id AND its manufacturer and model, so either
    // scope can be chosen; FOR_MODEL says which one is selected at first.
    FlowDeclarationDialog(const flows::FlowDeclaration &initial, const QString &deviceLabel, bool forModel,
                          QWidget *parent = nullptr);

    [[nodiscard]] flows::FlowDeclaration declaration() const;

    [[nodiscard]] QLineEdit *destinationEdit() const { return m_destination; }
    [[nodiscard]] QComboBox *endpointBox() const { return m_endpoint; }
    [[nodiscard]] QComboBox *transportBox() const { return m_transport; }
    [[nodiscard]] QComboBox *encryptionBox() const { return m_encryption; }
    [[nodiscard]] QRadioButton *forModelButton() const { return m_forModel; }

private:
    void validate();

    flows::FlowDeclaration m_initial;
    QRadioButton *m_forDevice;
    QRadioButton *m_forModel;
    QComboBox *m_endpoint;
    QLineEdit *m_destination;
    QComboBox *m_transport;
    QComboBox *m_encryption;
    QCheckBox *m_patientData;
    QListWidget *m_dataTypes;
    QComboBox *m_source;
    QLineEdit *m_reference;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace pasban::ui
