#include "AssetEditor.h"

#include "console/DeviceInventorySync.h"

#include <QAction>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

bool sameFields(const inventory::AssetFields &a, const inventory::AssetFields &b)
{
    return a.assetTag == b.assetTag && a.location == b.location && a.department == b.department && a.owner == b.owner
        && a.notes == b.notes;
}

} // namespace

AssetEditor::AssetEditor(DeviceInventorySync &inventory, QWidget *parent)
    : QGroupBox(parent)
    , m_inventory(inventory)
    , m_tagLabel(new QLabel(this))
    , m_locationLabel(new QLabel(this))
    , m_departmentLabel(new QLabel(this))
    , m_ownerLabel(new QLabel(this))
    , m_notesLabel(new QLabel(this))
    , m_tag(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_department(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"assetEditor"_s);
    m_tag->setObjectName(u"assetTag"_s);
    m_location->setObjectName(u"assetLocation"_s);
    m_department->setObjectName(u"assetDepartment"_s);
    m_owner->setObjectName(u"assetOwner"_s);
    m_notes->setObjectName(u"assetNotes"_s);
    m_save->setObjectName(u"saveAssetButton"_s);
    m_revert->setObjectName(u"revertAssetButton"_s);
    m_status->setObjectName(u"assetStatus"_s);
    m_status->setWordWrap(true);
    m_notes->setTabChangesFocus(true); // Tab leaves the notes, as in every other field
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3);
    m_tagLabel->setBuddy(m_tag);
    m_locationLabel->setBuddy(m_location);
    m_departmentLabel->setBuddy(m_department);
    m_ownerLabel->setBuddy(m_owner);
    m_notesLabel->setBuddy(m_notes);

    auto *form = new QFormLayout;
    // The detail pane is narrow: a label that does not fit beside its field goes above it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_tagLabel, m_tag);
    form->addRow(m_locationLabel, m_location);
    form->addRow(m_departmentLabel, m_department);
    form->addRow(m_ownerLabel, m_owner);
    form->addRow(m_notesLabel, m_notes);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (isModified())
            (void)save();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_revert, &QPushButton::clicked, this, &AssetEditor::revert);
    for (QLineEdit *edit : {m_tag, m_location, m_department, m_owner})
        connect(edit, &QLineEdit::textChanged, this, &AssetEditor::updateButtons);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &AssetEditor::updateButtons);
    retranslate();
    updateButtons();
}

void AssetEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void AssetEditor::retranslate()
{
    setTitle(tr("Asset (declared by you)"));
    m_tagLabel->setText(tr("Asset &tag:"));
    m_locationLabel->setText(tr("L&ocation:"));
    m_departmentLabel->setText(tr("De&partment:"));
    m_ownerLabel->setText(tr("O&wner:"));
    m_notesLabel->setText(tr("&Notes:"));
    m_save->setText(tr("Sa&ve"));
    m_save->setToolTip(tr("Keep these fields in the inventory (Ctrl+S)"));
    m_revert->setText(tr("&Revert"));
    m_revert->setToolTip(tr("Go back to the stored fields"));
}

void AssetEditor::showDevice(const QString &id)
{
    if (id == m_id)
        return;
    if (!m_id.isEmpty() && isModified())
        (void)save(); // nothing typed is lost by selecting another device
    m_id = id;
    load();
}

void AssetEditor::load()
{
    m_stored = {};
    m_status->clear();
    if (!m_id.isEmpty()) {
        Result<std::optional<inventory::InventoryDevice>> found = m_inventory.store().find(m_id);
        if (!found)
            m_status->setText(found.error().message());
        else if (found->has_value())
            m_stored = (*found)->asset;
    }
    setFields(m_stored);
    setEnabled(!m_id.isEmpty());
}

inventory::AssetFields AssetEditor::fields() const
{
    return {m_tag->text().trimmed(), m_location->text().trimmed(), m_department->text().trimmed(),
            m_owner->text().trimmed(), m_notes->toPlainText().trimmed()};
}

void AssetEditor::setFields(const inventory::AssetFields &fields)
{
    m_tag->setText(fields.assetTag);
    m_location->setText(fields.location);
    m_department->setText(fields.department);
    m_owner->setText(fields.owner);
    m_notes->setPlainText(fields.notes);
    updateButtons();
}

bool AssetEditor::isModified() const
{
    return !m_id.isEmpty() && !sameFields(fields(), m_stored);
}

Status AssetEditor::save()
{
    if (m_id.isEmpty())
        return {};
    // A device seen moments ago may still wait for the inventory's next write.
    Status status = m_inventory.flush();
    const inventory::AssetFields edited = fields();
    if (status)
        status = m_inventory.store().updateAsset(m_id, edited);
    if (!status) {
        m_status->setText(u"✖ "_s + status.error().message());
        return status;
    }
    m_stored = edited;
    m_status->setText(tr("Saved."));
    updateButtons();
    Q_EMIT saved(m_id);
    return {};
}

void AssetEditor::revert()
{
    setFields(m_stored);
    m_status->clear();
}

void AssetEditor::updateButtons()
{
    const bool modified = isModified();
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    if (modified)
        m_status->setText(tr("Not saved yet."));
    else if (m_status->text() == tr("Not saved yet."))
        m_status->clear();
}

} // namespace pasban::ui
