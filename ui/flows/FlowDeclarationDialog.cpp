#include "FlowDeclarationDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

template<typename Enum> void fill(QComboBox *box, std::initializer_list<Enum> values, Enum current)
{
    for (const Enum value : values) {
        box->addItem(flows::label(value), int(value));
        if (value == current)
            box->setCurrentIndex(box->count() - 1);
    }
}

template<typename Enum> Enum current(const QComboBox *box)
{
    return Enum(box->currentData().toInt());
}

} // namespace

FlowDeclarationDialog::FlowDeclarationDialog(const flows::FlowDeclaration &initial, const QString &deviceLabel,
                                             bool forModel, QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
    , m_forDevice(new QRadioButton(this))
    , m_forModel(new QRadioButton(this))
    , m_endpoint(new QComboBox(this))
    , m_destination(new QLineEdit(this))
    , m_transport(new QComboBox(this))
    , m_encryption(new QComboBox(this))
    , m_patientData(new QCheckBox(tr("Carries &patient data"), this))
    , m_dataTypes(new QListWidget(this))
    , m_source(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"flowDeclarationDialog"_s);
    setWindowTitle(initial.id == 0 ? tr("Declare a data flow") : tr("Change a declared data flow"));
    m_forDevice->setText(tr("For this &device only (%1)").arg(deviceLabel));
    const QString model = QString(initial.manufacturer + u' ' + initial.model).trimmed();
    m_forModel->setText(model.isEmpty() ? tr("For every device of this &model (model unknown)")
                                        : tr("For every device of this &model (%1)").arg(model));
    m_forModel->setEnabled(!initial.model.isEmpty());
    (forModel && !initial.model.isEmpty() ? m_forModel : m_forDevice)->setChecked(true);
    m_forDevice->setEnabled(!initial.deviceId.isEmpty());

    fill(m_endpoint,
         {flows::Endpoint::Gateway, flows::Endpoint::PhoneApp, flows::Endpoint::Ehr, flows::Endpoint::Cloud,
          flows::Endpoint::Console, flows::Endpoint::Other},
         initial.endpoint);
    m_destination->setText(initial.destination);
    m_destination->setPlaceholderText(tr("e.g. Ward 4 gateway, hospital EHR, vendor cloud"));
    m_destination->setMaxLength(flows::FlowDeclaration::MaxTextLength);
    fill(m_transport,
         {flows::Transport::Ble, flows::Transport::WiFi, flows::Transport::Ethernet, flows::Transport::Cellular,
          flows::Transport::Usb, flows::Transport::Unknown},
         initial.transport);
    fill(m_encryption, {flows::Encryption::Encrypted, flows::Encryption::Cleartext, flows::Encryption::Unknown},
         initial.encryption);
    m_patientData->setChecked(initial.patientData);
    for (const QString &type : flows::knownDataTypes()) {
        auto *item = new QListWidgetItem(flows::dataTypeLabel(type), m_dataTypes);
        item->setData(Qt::UserRole, type);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(initial.dataTypes.contains(type) ? Qt::Checked : Qt::Unchecked);
    }
    m_dataTypes->setMaximumHeight(120);
    fill(m_source,
         {flows::DeclarationSource::Mds2, flows::DeclarationSource::VendorDocument,
          flows::DeclarationSource::SiteSurvey, flows::DeclarationSource::Other},
         initial.source);
    m_reference->setText(initial.sourceReference);
    m_reference->setPlaceholderText(tr("e.g. MDS2 TXCF-2, manual section 4.2, survey of 12 May"));
    m_reference->setMaxLength(flows::FlowDeclaration::MaxTextLength);
    m_problem->setObjectName(u"declarationProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b71c1c;"_s);

    auto *form = new QFormLayout;
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_forDevice);
    scope->addWidget(m_forModel);
    form->addRow(tr("Applies to:"), scope);
    form->addRow(tr("&Goes to:"), m_endpoint);
    form->addRow(tr("&Destination name:"), m_destination);
    form->addRow(tr("&Transport:"), m_transport);
    form->addRow(tr("&Encryption:"), m_encryption);
    form->addRow(QString(), m_patientData);
    form->addRow(tr("Data &types:"), m_dataTypes);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Reference:"), m_reference);
    for (QWidget *field :
         {static_cast<QWidget *>(m_endpoint), static_cast<QWidget *>(m_destination),
          static_cast<QWidget *>(m_transport), static_cast<QWidget *>(m_encryption),
          static_cast<QWidget *>(m_dataTypes), static_cast<QWidget *>(m_source), static_cast<QWidget *>(m_reference)}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            label->setBuddy(field);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(initial.id == 0 ? tr("&Declare") : tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_destination, &QLineEdit::textChanged, this, &FlowDeclarationDialog::validate);
    connect(m_reference, &QLineEdit::textChanged, this, &FlowDeclarationDialog::validate);
    connect(m_forModel, &QRadioButton::toggled, this, &FlowDeclarationDialog::validate);
    validate();
    m_destination->setFocus();
}

flows::FlowDeclaration FlowDeclarationDialog::declaration() const
{
    flows::FlowDeclaration flow = m_initial;
    if (m_forModel->isChecked()) {
        flow.deviceId.clear();
    } else {
        flow.manufacturer.clear();
        flow.model.clear();
    }
    flow.endpoint = current<flows::Endpoint>(m_endpoint);
    flow.destination = m_destination->text().trimmed();
    flow.transport = current<flows::Transport>(m_transport);
    flow.encryption = current<flows::Encryption>(m_encryption);
    flow.patientData = m_patientData->isChecked();
    flow.dataTypes.clear();
    for (int row = 0; row < m_dataTypes->count(); ++row) {
        if (m_dataTypes->item(row)->checkState() == Qt::Checked)
            flow.dataTypes.append(m_dataTypes->item(row)->data(Qt::UserRole).toString());
    }
    flow.source = current<flows::DeclarationSource>(m_source);
    flow.sourceReference = m_reference->text().trimmed();
    return flow;
}

void FlowDeclarationDialog::validate()
{
    QString problem;
    if (m_destination->text().trimmed().isEmpty())
        problem = tr("Name the destination, so others know where the data goes.");
    else if (m_reference->text().trimmed().isEmpty())
        problem = tr("Give a reference for the declaration (an MDS2 question, a document, a survey).");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (m_ok)
        m_ok->setEnabled(problem.isEmpty());
}

} // namespace pasban::ui
