// The Dockerfiles page offscreen, over a fake engine: Build sends what the
// editor shows. A tab with unsaved changes is saved before the context is
// packed (and the log says so); when that save fails nothing is sent and the
// panel says why; a tab that was never saved cannot be built, and the panel
// says it must be saved first.
#include "../models/fakeengineclient.h"

#include "textfile.h"

#include <buildpanel.h>
#include <dockerfileeditor.h>
#include <dockerfilepage.h>
#include <dockerfileworkspace.h>
#include <enginemodels.h>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Records what the Dockerfile on disk held at the moment each POST /build went
// out (the archive itself streams from the packer, while the upload runs). The build never answers: the test only
// cares about what was sent.
class BuildRecorder : public FakeEngineClient
{
public:
    QString dockerfilePath;
    QStringList onDiskWhenSent;
    int builds = 0;

    RequestId stream(const Request &request, QObject *, ChunkHandler, Handler, std::function<void(int)>) override
    {
        if (request.path == u"/build"_s) {
            onDiskWhenSent << readTextFile(dockerfilePath);
            ++builds;
        }
        return RequestId(builds + 1000);
    }
};

const QString Saved = u"FROM quai-test:1\n"_s;
const QString Typed = u"RUN echo edited-in-the-tab\n"_s;
} // namespace

class TestDockerfilePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void buildSavesFirst_data();
    void buildSavesFirst();
    void failedSaveBuildsNothing();
    void neverSavedTabMustBeSavedFirst();

private:
    BuildRecorder *m_client = nullptr;
    EngineModels *m_models = nullptr;
};

void TestDockerfilePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"QuaiTests"_s);
    QCoreApplication::setApplicationName(u"tst_dockerfilepage"_s);
    qputenv("QUAI_TEST_DIALOGS", "1");
}

void TestDockerfilePage::init()
{
    QDir(DockerfileWorkspace::autosaveRoot()).removeRecursively();
    m_client = new BuildRecorder;
    m_client->answer = [](const Request &) { return FakeEngineClient::notFound(); };
    m_models = new EngineModels(m_client);
}

void TestDockerfilePage::cleanup()
{
    delete m_models; // it owns the client
    m_models = nullptr;
    m_client = nullptr;
}

void TestDockerfilePage::buildSavesFirst_data()
{
    QTest::addColumn<bool>("edit");
    // The bug: the edit stayed in the tab and the engine built the old file.
    QTest::newRow("unsaved edit is saved, then built") << true;
    // Nothing to save: no write, no note in the log.
    QTest::newRow("unchanged tab is built as is") << false;
}

void TestDockerfilePage::buildSavesFirst()
{
    QFETCH(bool, edit);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"Dockerfile"_s);
    QVERIFY(writeTextFile(path, Saved));
    m_client->dockerfilePath = path;

    DockerfilePage page(m_models);
    QVERIFY(page.workspace()->openFile(path));
    BuildPanel *panel = page.buildPanel();
    QCOMPARE(panel->contextEdit()->text(), QDir::cleanPath(dir.path()));
    DockerfileEditor *editor = page.workspace()->currentEditor();
    const QString expected = edit ? Saved + Typed : Saved;
    if (edit) {
        editor->moveCursor(QTextCursor::End);
        editor->insertPlainText(Typed);
        QVERIFY(editor->document()->isModified());
        QCOMPARE(readTextFile(path), Saved); // not saved yet
    }

    QVERIFY(panel->buildButton()->isEnabled());
    QTest::mouseClick(panel->buildButton(), Qt::LeftButton);
    // Packing runs in a worker thread; then POST /build goes out.
    QTRY_COMPARE(m_client->builds, 1);
    QCOMPARE(m_client->onDiskWhenSent.first(), expected);
    QVERIFY(!editor->document()->isModified());
    QVERIFY(!page.workspace()->tabs()->tabText(0).endsWith(u'*'));

    const QString log = panel->logView()->toPlainText();
    const QString note = u"Saved «Dockerfile» before building"_s;
    QCOMPARE(log.contains(note), edit);
    if (edit)
        QVERIFY2(log.startsWith(note), qPrintable(log));
}

void TestDockerfilePage::failedSaveBuildsNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"project"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/Dockerfile"_s;
    QVERIFY(writeTextFile(path, Saved));
    m_client->dockerfilePath = path;

    DockerfilePage page(m_models);
    QVERIFY(page.workspace()->openFile(path));
    DockerfileEditor *editor = page.workspace()->currentEditor();
    editor->moveCursor(QTextCursor::End);
    editor->insertPlainText(Typed);
    // The folder goes away under the editor (works as root too, unlike chmod).
    QVERIFY(QDir(folder).removeRecursively());

    BuildPanel *panel = page.buildPanel();
    QVERIFY(panel->buildButton()->isEnabled());
    panel->buildButton()->click();
    QVERIFY2(panel->messageText().contains(u"Nothing was built"_s), qPrintable(panel->messageText()));
    QVERIFY2(panel->messageText().contains(u"Could not save"_s), qPrintable(panel->messageText()));
    QVERIFY(panel->messageText().contains(QDir::toNativeSeparators(path)));
    QCOMPARE(panel->job()->state(), BuildJob::State::Idle);
    QTest::qWait(0);
    QVERIFY(m_client->builds == 0);
    QVERIFY(editor->document()->isModified()); // the edit is still there
    // Reported once, in the panel: no message box on top.
    QVERIFY(!page.findChild<QMessageBox *>(u"dockerfileError"_s));
}

void TestDockerfilePage::neverSavedTabMustBeSavedFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"Dockerfile"_s);
    QVERIFY(writeTextFile(path, Saved));
    m_client->dockerfilePath = path;

    DockerfilePage page(m_models);
    BuildPanel *panel = page.buildPanel();
    QVERIFY(page.workspace()->openFile(path));
    QVERIFY(panel->buildButton()->isEnabled());
    QVERIFY(panel->blockedLabel()->isHidden());

    page.workspace()->newFile(u"FROM quai-test:1\nRUN echo new\n"_s);
    QVERIFY(page.workspace()->currentFile().isEmpty());
    QVERIFY(!panel->buildButton()->isEnabled());
    QVERIFY(!panel->blockedLabel()->isHidden());
    QVERIFY2(panel->blockedLabel()->text().contains(u"Save it first"_s), qPrintable(panel->blockedLabel()->text()));
    QCOMPARE(panel->buildButton()->toolTip(), panel->blockedReason());
    // Build through the keyboard's default button or a test: refused, and said.
    panel->build();
    QVERIFY(panel->messageText().contains(u"Save it first"_s));
    QCOMPARE(panel->job()->state(), BuildJob::State::Idle);

    // Back on the saved tab, Build is back.
    page.workspace()->tabs()->setCurrentIndex(0);
    QVERIFY(panel->buildButton()->isEnabled());
    QVERIFY(panel->blockedLabel()->isHidden());
    QVERIFY(panel->buildButton()->toolTip().isEmpty());

    // Once the new tab is saved, it is built like any other.
    page.workspace()->tabs()->setCurrentIndex(1);
    QVERIFY(!panel->buildButton()->isEnabled());
    const QString other = dir.filePath(u"new.Dockerfile"_s);
    QVERIFY(page.workspace()->saveTo(1, other));
    QVERIFY(panel->buildButton()->isEnabled());
    QCOMPARE(panel->dockerfileEdit()->text(), u"new.Dockerfile"_s);
    QVERIFY(panel->blockedLabel()->isHidden());
}

QTEST_MAIN(TestDockerfilePage)
#include "tst_dockerfilepage.moc"
