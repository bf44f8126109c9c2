// The Data flows page on the simulated ward: the diagram shows what the console
// observed, a declaration made through the dialog is stored and audited, a
// contradicted declaration raises the banner, exports are written and audited
// (and refused when the audit log refuses), removal asks first, and the picture
// mirrors for right-to-left languages.
#include "FlowDiagramPainter.h"
#include "PostureFixture.h"
#include "RecordingAuditSink.h"
#include "common/Settings.h"
#include "common/Translator.h"
#include "flows/FlowDeclarationDialog.h"
#include "flows/FlowDiagram.h"
#include "flows/FlowStore.h"
#include "flows/FlowsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {

// Runs ACT on the next modal dialog of type T once it is shown.
template<typename T> void onModal(const std::function<void(T *)> &act)
{
    QTimer::singleShot(0, [act] {
        QTRY_VERIFY(qobject_cast<T *>(QApplication::activeModalWidget()));
        act(qobject_cast<T *>(QApplication::activeModalWidget()));
    });
}

const flows::FlowEdge *edgeFrom(const flows::FlowGraph &graph, const QString &deviceId, const QString &to)
{
    for (const flows::FlowEdge &edge : graph.edges()) {
        if (edge.from == u"device:"_s + deviceId && edge.to == to)
            return &edge;
    }
    return nullptr;
}

} // namespace

class TestFlowsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        Translator::install(u"en"_s);
        m_fleet = std::make_unique<test::PostureFixture>();
        m_oximeter = m_fleet->scanAndInterrogate(u"oximeter"_s); // PLX readable without pairing
        m_strap = m_fleet->scanAndInterrogate(u"hr-strap"_s); // refuses without pairing
        QVERIFY(!m_oximeter.isEmpty() && !m_strap.isEmpty());
        m_settings = std::make_unique<Settings>(m_fleet->m_dir.filePath(u"settings.ini"_s));
        m_page = std::make_unique<ui::FlowsPage>(
            *m_fleet->database,
            ui::DeviceServices {&m_fleet->registry, nullptr, nullptr, m_fleet->sync.get(), true, &m_sink}, *m_settings);
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_settings.reset();
        m_fleet.reset();
        m_sink = {};
        Translator::install(u"en"_s);
    }

    void theDiagramShowsWhatTheConsoleObserved()
    {
        QCOMPARE(m_page->deviceBox()->count(), 3); // all devices + two
        const flows::FlowGraph &graph = m_page->diagram()->graph();
        QCOMPARE(graph.nodes().size(), 3); // two devices and the console
        const flows::FlowEdge *open = edgeFrom(graph, m_oximeter, u"console"_s);
        QVERIFY(open);
        QCOMPARE(open->protection, flows::Protection::VerifiedCleartext);
        const flows::FlowEdge *closed = edgeFrom(graph, m_strap, u"console"_s);
        QVERIFY(closed);
        QCOMPARE(closed->protection, flows::Protection::VerifiedEncrypted);
        QVERIFY(m_page->contradictionBanner()->isHidden());
        QVERIFY(!m_page->findChild<QPushButton *>(u"declareFlow"_s)->isEnabled()); // no device chosen
        QVERIFY(m_page->diagram()->width() >= int(flows::FlowLayout::NodeWidth * 2));

        m_page->selectDevice(m_strap);
        QCOMPARE(m_page->diagram()->graph().nodes().size(), 2);
        QVERIFY(m_page->findChild<QPushButton *>(u"declareFlow"_s)->isEnabled());
    }

    void aDeclarationIsValidatedStoredAuditedAndContradicted()
    {
        m_page->selectDevice(m_oximeter);
        bool okWasDisabled = false;
        onModal<ui::FlowDeclarationDialog>([&okWasDisabled](ui::FlowDeclarationDialog *dialog) {
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            okWasDisabled = !ok->isEnabled(); // nothing typed yet
            dialog->destinationEdit()->setText(u"Ward 4 gateway"_s);
            dialog->encryptionBox()->setCurrentIndex(
                dialog->encryptionBox()->findData(int(flows::Encryption::Encrypted)));
            QVERIFY(!ok->isEnabled()); // a reference is still missing
            dialog->findChildren<QLineEdit *>().last()->setText(u"MDS2 TXCF-2"_s);
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        m_page->declareFlow();
        QVERIFY(okWasDisabled);

        const Result<QList<flows::FlowDeclaration>> stored = flows::FlowStore(*m_fleet->database).list();
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->at(0).deviceId, m_oximeter);
        QCOMPARE(stored->at(0).endpoint, flows::Endpoint::Gateway);
        QCOMPARE(stored->at(0).transport, flows::Transport::Ble);
        QCOMPARE(stored->at(0).sourceReference, u"MDS2 TXCF-2"_s);
        QCOMPARE(m_sink.events.size(), 1);
        QCOMPARE(m_sink.events[0].details.value(u"operation"_s).toString(), u"flows.declaration.declare"_s);

        // Declared encrypted, observed cleartext: the banner says so, the link is drawn as observed.
        QVERIFY(m_page->contradictionBanner()->isVisible());
        QVERIFY(m_page->contradictionBanner()->text().contains(u"observed: 1."_s));
        const flows::FlowEdge *declared = edgeFrom(m_page->diagram()->graph(), m_oximeter, u"gateway:ward 4 gateway"_s);
        QVERIFY(declared && declared->contradicted);
        QCOMPARE(m_page->declarationsTable()->rowCount(), 1);
        QCOMPARE(m_page->declarationsTable()->item(0, 2)->text(), u"Ward 4 gateway"_s);

        // Cancel changes nothing.
        onModal<ui::FlowDeclarationDialog>([](ui::FlowDeclarationDialog *dialog) { dialog->reject(); });
        m_page->declareFlow();
        QCOMPARE(flows::FlowStore(*m_fleet->database).list()->size(), 1);

        // Removal asks, Cancel is the default, Remove removes (audited).
        m_page->declarationsTable()->selectRow(0);
        onModal<QMessageBox>([](QMessageBox *box) {
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            box->defaultButton()->click();
        });
        m_page->removeDeclaration();
        QCOMPARE(flows::FlowStore(*m_fleet->database).list()->size(), 1);
        m_page->declarationsTable()->selectRow(0);
        onModal<QMessageBox>([](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        m_page->removeDeclaration();
        QCOMPARE(flows::FlowStore(*m_fleet->database).list()->size(), 0);
        QCOMPARE(m_sink.events.last().action, audit::Action::Delete);
        QVERIFY(m_page->contradictionBanner()->isHidden());
    }

    void exportsAreWrittenAndAuditedFirst()
    {
        flows::FlowDeclaration toEhr;
        toEhr.manufacturer = u"Karun Medical"_s;
        toEhr.model = u"OX-200"_s;
        toEhr.endpoint = flows::Endpoint::Ehr;
        toEhr.destination = u"Hospital EHR"_s;
        toEhr.transport = flows::Transport::Ethernet;
        toEhr.encryption = flows::Encryption::Encrypted;
        QVERIFY(flows::FlowStore(*m_fleet->database).add(toEhr).ok());
        m_page->reload();

        const QString svg = m_fleet->m_dir.filePath(u"flows.svg"_s);
        QVERIFY(m_page->exportDiagram(svg, u"svg"_s).ok());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("<?xml"));
        QVERIFY(text.contains("Hospital EHR"));
        QVERIFY(text.contains("Verified cleartext")); // the oximeter's observed link, in words too
        QVERIFY(text.contains("Declared"));

        const QString png = m_fleet->m_dir.filePath(u"flows.png"_s);
        QVERIFY(m_page->exportDiagram(png, u"png"_s).ok());
        const QImage image(png);
        QVERIFY(!image.isNull());
        const QSizeF size = report::FlowDiagramPainter(m_page->diagram()->graph(), Qt::LeftToRight).size();
        QCOMPARE(image.size(), (size * 2).toSize());

        QCOMPARE(m_sink.events.size(), 2);
        QCOMPARE(m_sink.events[0].type, audit::EventType::Export);
        QCOMPARE(m_sink.events[0].details.value(u"format"_s).toString(), u"svg"_s);
        QCOMPARE(m_sink.events[1].details.value(u"file"_s).toString(), u"flows.png"_s);

        // An export the audit log refuses does not happen.
        m_sink.failing = true;
        const QString refused = m_fleet->m_dir.filePath(u"refused.svg"_s);
        QVERIFY(!m_page->exportDiagram(refused, u"svg"_s).ok());
        QVERIFY(!QFile::exists(refused));
        // An unwritable place is an error, not a crash.
        m_sink.failing = false;
        const Status unwritable =
            m_page->exportDiagram(m_fleet->m_dir.filePath(u"no/such/folder/flows.png"_s), u"png"_s);
        QCOMPARE(unwritable.error().code(), u"flows.export_failed"_s);
    }

    void thePictureMirrorsForRightToLeft()
    {
        ui::FlowDiagramView view;
        view.setGraph(m_page->diagram()->graph());
        view.resize(view.sizeHint());
        const flows::FlowLayout layout = flows::FlowLayout::compute(view.graph());
        const QRectF device = layout.nodes.value(u"device:"_s + m_oximeter);
        QVERIFY(device.isValid());
        QString clicked;
        connect(&view, &ui::FlowDiagramView::deviceClicked, this, [&clicked](const QString &id) { clicked = id; });
        QTest::mouseClick(&view, Qt::LeftButton, {}, device.center().toPoint());
        QCOMPARE(clicked, m_oximeter);

        // Mirrored: the device column sits on the right, the same click hits the console.
        view.setLayoutDirection(Qt::RightToLeft);
        clicked.clear();
        QTest::mouseClick(&view, Qt::LeftButton, {}, device.center().toPoint());
        QVERIFY(clicked.isEmpty());
        const double width = report::FlowDiagramPainter(view.graph(), Qt::RightToLeft).size().width();
        QTest::mouseClick(&view, Qt::LeftButton, {},
                          QPoint(int(width - device.center().x()), int(device.center().y())));
        QCOMPARE(clicked, m_oximeter);
    }

    void thePageSpeaksPersian()
    {
        Translator::install(u"fa"_s);
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(m_page.get(), &change);
        const auto title = m_page->findChild<QLabel *>(u"pageTitle"_s);
        QVERIFY(title);
        QCOMPARE(title->text(), u"جریان داده‌ها"_s);
        QVERIFY(m_page->deviceBox()->itemText(0) != u"All devices"_s);
        QVERIFY(m_page->declarationsTable()->horizontalHeaderItem(0)->text() != u"Applies to"_s);
        QCOMPARE(flows::label(flows::Protection::VerifiedCleartext), u"بدون رمزنگاری (تأییدشده)"_s);
    }

private:
    std::unique_ptr<test::PostureFixture> m_fleet;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ui::FlowsPage> m_page;
    test::RecordingAuditSink m_sink;
    QString m_oximeter;
    QString m_strap;
};

QTEST_MAIN(TestFlowsPage)
#include "tst_FlowsPage.moc"
