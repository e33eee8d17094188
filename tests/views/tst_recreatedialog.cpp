// The recreate dialog offscreen, over a fake engine: rows come prefilled from
// the container; bad ports and mounts are marked and block Recreate; the plan
// is listed before anything is sent; a run sends the steps in order, and a
// failing step is undone and its engine message shown.
#include "../models/fakeengineclient.h"

#include <commandlogmodel.h>
#include <enginemodels.h>
#include <recreatedialog.h>

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
const QString OldId = u"0bbd526f103c2096e7d4f0301dd26fe6cde6fb6f70f1be571501c9a667fbc4aa"_s;
const QByteArray NewId = "1111111111111111111111111111111111111111111111111111111111111111";

QByteArray fixture()
{
    QFile f(QStringLiteral(QUAI_TEST_DATA "/container-inspect.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class tst_RecreateDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void prefilledWithThePlan();
    void validation_data();
    void validation();
    void recreateSendsTheStepsInOrder();
    void failingStepIsUndone();
    void autoRemoveIsRefused();
    void screenshot();

private:
    RecreateDialog *open();
    QStringList sentLines() const;
    FakeEngineClient *m_client = nullptr;
    EngineModels *m_models = nullptr;
    QByteArray m_inspect;
    QString m_failPath;
};

void tst_RecreateDialog::init()
{
    m_client = new FakeEngineClient;
    m_inspect = fixture();
    m_failPath.clear();
    m_client->answer = [this](const Request &r) {
        if (r.method == "GET" && r.path == u"/containers/"_s + OldId + u"/json"_s)
            return FakeEngineClient::ok(m_inspect);
        if (r.path == m_failPath) {
            Response resp;
            resp.status = 500;
            resp.body = R"({"message":"driver failed programming external connectivity: Bind for 0.0.0.0:4901 failed: port is already allocated"})";
            return resp;
        }
        if (r.path == u"/containers/create"_s) {
            Response resp;
            resp.status = 201;
            resp.body = "{\"Id\":\"" + NewId + "\",\"Warnings\":[]}";
            return resp;
        }
        Response resp;
        resp.status = 204;
        return resp;
    };
    m_models = new EngineModels(m_client);
}

void tst_RecreateDialog::cleanup()
{
    delete m_models;
    m_models = nullptr;
}

RecreateDialog *tst_RecreateDialog::open()
{
    auto *d = new RecreateDialog(m_models, OldId, u"quai-types-web"_s);
    d->show();
    if (!QTest::qWaitFor([d] { return d->isLoaded(); }, 5000))
        return d;
    return d;
}

QStringList tst_RecreateDialog::sentLines() const
{
    QStringList out;
    for (const Request &r : m_client->sent)
        if (r.method != "GET")
            out << r.render(u"1.41"_s);
    return out;
}

void tst_RecreateDialog::prefilledWithThePlan()
{
    std::unique_ptr<RecreateDialog> d(open());
    QVERIFY(d->isLoaded());
    QCOMPARE(d->portRowCount(), 1);
    QCOMPARE(d->hostPortEdit(0)->text(), u"4900"_s);
    QCOMPARE(d->containerPortEdit(0)->text(), u"5000"_s);
    QCOMPARE(d->mountRowCount(), 2);
    QCOMPARE(d->mountSourceBox(1)->currentText(), u"quai-types-data"_s);
    QVERIFY(d->recreateButton()->isEnabled());
    // The plan shows before anything is sent, each step with its docker line.
    QCOMPARE(d->planView()->topLevelItemCount(), 6);
    QCOMPARE(d->planView()->topLevelItem(0)->text(2), u"docker stop quai-types-web"_s);
    d->hostPortEdit(0)->setText(u"4901"_s);
    QVERIFY(d->planView()->topLevelItem(2)->text(2).contains(u"-p 0.0.0.0:4901:5000"_s));
    QVERIFY(sentLines().isEmpty());
}

void tst_RecreateDialog::validation_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("value");
    QTest::newRow("host port out of range") << u"hostPort"_s << u"70000"_s;
    QTest::newRow("host port not a number") << u"hostPort"_s << u"web"_s;
    QTest::newRow("container port missing") << u"containerPort"_s << QString();
    QTest::newRow("host address") << u"hostIp"_s << u"300.1.1.1"_s;
    QTest::newRow("relative target") << u"target"_s << u"data"_s;
    // Both mounts at /scratch.
    QTest::newRow("duplicate target") << u"target"_s << u"/scratch"_s;
    QTest::newRow("bind without absolute path") << u"bind"_s << u"relative/dir"_s;
}

void tst_RecreateDialog::validation()
{
    QFETCH(QString, what);
    QFETCH(QString, value);
    std::unique_ptr<RecreateDialog> d(open());
    QVERIFY(d->isLoaded());
    QWidget *marked = nullptr;
    if (what == u"hostPort"_s) {
        d->hostPortEdit(0)->setText(value);
        marked = d->hostPortEdit(0);
    } else if (what == u"containerPort"_s) {
        d->containerPortEdit(0)->setText(value);
        marked = d->containerPortEdit(0);
    } else if (what == u"hostIp"_s) {
        d->hostIpEdit(0)->setText(value);
        marked = d->hostIpEdit(0);
    } else if (what == u"target"_s) {
        d->mountTargetEdit(1)->setText(value);
        marked = d->mountTargetEdit(1);
    } else if (what == u"bind"_s) {
        d->mountTypeBox(1)->setCurrentIndex(d->mountTypeBox(1)->findText(u"bind"_s));
        d->mountSourceBox(1)->setCurrentText(value);
        marked = d->mountSourceBox(1);
    }
    QVERIFY(!d->errors().isEmpty());
    QVERIFY2(!RecreateDialog::markedError(marked).isEmpty(), qPrintable(d->errors().first().message));
    QVERIFY(!d->recreateButton()->isEnabled());
    QVERIFY(!d->messageText().isEmpty());
    d->recreate();
    QVERIFY(sentLines().isEmpty());
}

void tst_RecreateDialog::recreateSendsTheStepsInOrder()
{
    std::unique_ptr<RecreateDialog> d(open());
    QVERIFY(d->isLoaded());
    d->hostPortEdit(0)->setText(u"4901"_s);
    QSignalSpy recreated(d.get(), &RecreateDialog::recreated);
    d->recreate();
    QVERIFY(recreated.wait(5000));
    QCOMPARE(recreated.first().first().toString(), QString::fromLatin1(NewId));
    QCOMPARE(sentLines(), (QStringList{
        u"POST /v1.41/containers/"_s + OldId + u"/stop"_s,
        u"POST /v1.41/containers/"_s + OldId + u"/rename?name=quai-types-web-old-0bbd526f"_s,
        u"POST /v1.41/containers/create?name=quai-types-web"_s,
        u"POST /v1.41/networks/quai-types-net/connect"_s,
        u"POST /v1.41/containers/quai-types-web/start"_s,
        u"DELETE /v1.41/containers/"_s + OldId,
    }));
    for (int i = 0; i < 6; ++i)
        QCOMPARE(d->planView()->topLevelItem(i)->text(0), u"done"_s);
    // Every step is in the Commands panel.
    QCOMPARE(m_models->commandLog()->rowCount(), 6);
    QVERIFY(!d->recreateButton()->isEnabled());
}

void tst_RecreateDialog::failingStepIsUndone()
{
    std::unique_ptr<RecreateDialog> d(open());
    QVERIFY(d->isLoaded());
    d->hostPortEdit(0)->setText(u"4901"_s);
    m_failPath = u"/containers/quai-types-web/start"_s;
    QSignalSpy recreated(d.get(), &RecreateDialog::recreated);
    d->recreate();
    QVERIFY(QTest::qWaitFor([&] { return d->messageText().contains(u"as it was"_s); }, 5000));
    QCOMPARE(recreated.count(), 0);
    QVERIFY2(d->messageText().contains(u"port is already allocated"_s), qPrintable(d->messageText()));
    const QStringList lines = sentLines();
    QCOMPARE(lines.mid(5), (QStringList{
        u"DELETE /v1.41/containers/"_s + QString::fromLatin1(NewId) + u"?force=1"_s,
        u"POST /v1.41/containers/"_s + OldId + u"/rename?name=quai-types-web"_s,
        u"POST /v1.41/containers/"_s + OldId + u"/start"_s,
    }));
    QCOMPARE(d->planView()->topLevelItem(4)->text(0), u"failed"_s);
    QCOMPARE(d->planView()->topLevelItem(5)->text(0), QString()); // never ran
    QCOMPARE(d->planView()->topLevelItemCount(), 9);
}

void tst_RecreateDialog::autoRemoveIsRefused()
{
    m_inspect.replace(R"("AutoRemove":false)", R"("AutoRemove":true)");
    std::unique_ptr<RecreateDialog> d(open());
    QVERIFY(d->isLoaded());
    QVERIFY(!d->recreateButton()->isEnabled());
    QVERIFY(d->messageText().contains(u"--rm"_s));
}

void tst_RecreateDialog::screenshot()
{
    std::unique_ptr<RecreateDialog> d(open());
    QVERIFY(d->isLoaded());
    d->hostPortEdit(0)->setText(u"4901"_s);
    QTest::qWait(50); // rows added to a shown dialog appear on the next turn of the loop
    const QString out = qEnvironmentVariable("QUAI_SCREENSHOT_DIR");
    if (!out.isEmpty())
        d->grab().save(out + u"/recreatedialog.png"_s);
}

QTEST_MAIN(tst_RecreateDialog)
#include "tst_recreatedialog.moc"
